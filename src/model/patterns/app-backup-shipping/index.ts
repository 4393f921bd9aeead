import type { PatternModule } from '../patternModule.ts';
import { appBackupShipping } from './definition.ts';
import { estimateAppBackupShipping } from './estimator.ts';

export const appBackupShippingModule: PatternModule = {
	definition: appBackupShipping,
	estimator: estimateAppBackupShipping,
	options: [{ for: ['stateful-vm'], createdAtFailover: true, standby: 'backup-restore' }],
	treeOutcome: { note: 'Ship log backups.' },
	// It prices transfer between the regions, or works only between pairs.
	calculatorAnswers: ['sourceRegion', 'targetRegion'],
	drillCleanUp: 'delete the VM and the database restored for the drill; keep the shipped backups.',
	ownCopies: {
		immutable: true,
		how: 'an immutability policy on the storage account that holds the shipped backups, kept for the retention days, with soft delete (the Terraform writes both)',
	},
};
