/**
 * The wizard's Web Worker: plans each edit off the page's main thread (wizardPlanner.ts), so a
 * keystroke never waits behind a re-plan. It fetches nothing.
 */
import { wizardPlanner } from './wizardPlanner.ts';
import type { WizardReply, WizardRequest } from './wizardMessages.ts';

const handle = wizardPlanner((reply: WizardReply) => {
	postMessage(reply);
});

addEventListener('message', (event: MessageEvent<WizardRequest>) => {
	handle(event.data);
});
