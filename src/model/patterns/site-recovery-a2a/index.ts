import type { PatternModule } from '../patternModule.ts';
import { siteRecoveryA2a } from './definition.ts';
import { estimateSiteRecoveryA2a } from './estimator.ts';

export const siteRecoveryA2aModule: PatternModule = {
	definition: siteRecoveryA2a,
	estimator: estimateSiteRecoveryA2a,
	options: [
		{
			for: ['stateless', 'stateful-vm'],
			createdAtFailover: true,
			standby: 'pilot-light',
			traps: [
				{
					id: 'asr-retention',
					text: 'Site Recovery keeps recovery points for {fact:asr.default-retention} by default; raise retention (up to {fact:asr.max-retention}) if you may need to go back further.',
					factIds: ['asr.default-retention', 'asr.max-retention'],
				},
			],
		},
		{
			variant: 'zone-to-zone',
			for: ['stateless', 'stateful-vm'],
			createdAtFailover: false,
			standby: 'pilot-light',
		},
	],
	treeOutcome: { note: 'Recovery plans for several tiers.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	drillCleanUp:
		'run “Cleanup test failover” on the recovery plan: it deletes the test VMs Site Recovery created; note the drill’s findings in the clean-up notes.',
};
