import type { PatternModule } from '../patternModule.ts';
import { azureBackup } from './definition.ts';
import { estimateAzureBackup } from './estimator.ts';
import { agentlessTraps } from './agentless.ts';
import { backupConfidentialCrossRegion } from '../supportRules.ts';

export const azureBackupModule: PatternModule = {
	definition: azureBackup,
	estimator: estimateAzureBackup,
	options: [
		{
			for: ['stateless', 'stateful-vm'],
			createdAtFailover: true,
			standby: 'backup-restore',
			traps: [
				{
					id: 'backup-rpo',
					text: 'the cross-region RPO of Azure Backup is about {fact:backup.secondary-rpo}, even with Enhanced policy.',
					factIds: ['backup.secondary-rpo'],
				},
				...agentlessTraps,
			],
			unsupported: [backupConfidentialCrossRegion],
		},
		{
			variant: 'disk-backup',
			for: ['stateless', 'stateful-vm'],
			createdAtFailover: false,
			standby: 'backup-restore',
		},
	],
	treeOutcome: { note: 'Cross Region Restore to the pair.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	ownCopies: {
		immutable: true,
		how: 'the vault’s immutability (the Terraform writes it unlocked, to be locked once the retention is right)',
	},
	drillCleanUp:
		'delete the VMs, disks and network interfaces restored into the secondary for the drill; Cross Region Restore creates them as ordinary resources that bill until deleted.',
};
