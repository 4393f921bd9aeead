/**
 * What the wizard's page and its Web Worker (wizardWorker.ts) say to each other. Every message
 * carries the number of the edit it is for: the page drops whatever answers an older edit.
 */
import type { Workload } from '~/model/index.ts';
import type { TierPath } from './treePath.ts';

export type WizardRequest =
	/** The plan for an edit, with the changes since the pinned workload's plan, if any. */
	| { kind: 'plan'; edit: number; workload: Workload; pinned: Workload | undefined }
	/** Only the changes since a workload just pinned, for the plan of the current edit. */
	| { kind: 'pinned'; edit: number; workload: Workload; pinned: Workload }
	/**
	 * The reader is typing: what moves the current plan waits (its re-plans would take the
	 * cores the page draws the keys with), until `resume` or the next edit's plan.
	 */
	| { kind: 'pause' }
	| { kind: 'resume' };

export type WizardReply =
	| {
			kind: 'plan';
			edit: number;
			/** The plan's status and the markup of each of its parts (planParts), its sensitivity
			 * rows still to come. */
			planStatus: string;
			planParts: string[];
			summaryHtml: string;
			/** The "changes since the pinned plan" section, when a workload is pinned. */
			pinnedHtml: string | undefined;
			paths: TierPath[];
			headline: string;
	  }
	| { kind: 'sensitivity'; edit: number; html: string }
	| { kind: 'pinned'; edit: number; html: string }
	| { kind: 'error'; edit: number; message: string };
