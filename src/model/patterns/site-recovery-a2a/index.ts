import type { PatternModule } from '../patternModule.ts';
import { siteRecoveryA2a } from './definition.ts';
import { estimateSiteRecoveryA2a } from './estimator.ts';
import {
	asrArm64,
	asrConfidential,
	asrDiskLimit,
	asrSharedDiskConsistency,
	asrTrustedLaunchLinuxPreview,
	asrZoneToZoneUltra,
} from '../supportRules.ts';
import type { OptionTrap, PatternOption } from '../patternModule.ts';

/** What Site Recovery asks of Trusted Launch and shared-disk tiers, on either variant. */
const configurationTraps: readonly OptionTrap[] = [
	{
		id: 'asr-trusted-launch',
		text: 'Site Recovery supports Trusted Launch VMs: generally available for Windows, in preview for Linux and only for Linux VMs created after 1 April 2024; boot integrity monitoring is not replicated ({fact:asr.trusted-launch}).',
		factIds: ['asr.trusted-launch'],
		when: (tier) => tier.securityType === 'trusted-launch',
	},
	{
		id: 'asr-shared-disks',
		text: 'Site Recovery protects shared disks only for Windows Server failover clusters (active-passive, up to four nodes, the same shared disks on every node), with crash-consistent points only and outside recovery plans: fail the cluster over on its own ({fact:asr.shared-disks}).',
		factIds: ['asr.shared-disks'],
		when: (tier) => tier.sharedDisk === true,
	},
];

/**
 * A recovery plan runs its groups in order: a tier that waits for another is in a later group,
 * and its failover job and boot both wait (asr.plan-group-order).
 */
const groupWaits: PatternOption['waitsForDependencies'] = {
	kinds: ['restore', 'boot'],
	why: 'its VMs sit in a later recovery-plan group, which fails over and starts only once the group before it has ({fact:asr.plan-group-order})',
	factIds: ['asr.plan-group-order'],
};

export const siteRecoveryA2aModule: PatternModule = {
	definition: siteRecoveryA2a,
	estimator: estimateSiteRecoveryA2a,
	options: [
		{
			for: ['stateless', 'stateful-vm'],
			createdAtFailover: true,
			standby: 'pilot-light',
			waitsForDependencies: groupWaits,
			traps: [
				{
					id: 'asr-retention',
					text: 'Site Recovery keeps recovery points for {fact:asr.default-retention} by default; raise retention (up to {fact:asr.max-retention}) if you may need to go back further.',
					factIds: ['asr.default-retention', 'asr.max-retention'],
				},
				...configurationTraps,
			],
			unsupported: [asrArm64, asrConfidential, asrSharedDiskConsistency, asrDiskLimit],
			preview: [asrTrustedLaunchLinuxPreview],
		},
		{
			variant: 'zone-to-zone',
			for: ['stateless', 'stateful-vm'],
			createdAtFailover: false,
			standby: 'pilot-light',
			waitsForDependencies: groupWaits,
			traps: configurationTraps,
			unsupported: [
				asrArm64,
				asrConfidential,
				asrSharedDiskConsistency,
				asrDiskLimit,
				asrZoneToZoneUltra,
			],
			preview: [asrTrustedLaunchLinuxPreview],
		},
	],
	treeOutcome: { note: 'Recovery plans for several tiers.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	drillCleanUp:
		'run “Cleanup test failover” on the recovery plan: it deletes the test VMs Site Recovery created; note the drill’s findings in the clean-up notes.',
};
