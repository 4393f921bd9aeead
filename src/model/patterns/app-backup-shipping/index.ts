import type { PatternModule } from '../patternModule.ts';
import { appBackupShipping } from './definition.ts';
import { estimateAppBackupShipping } from './estimator.ts';
import { appBackupShippingTerraform } from './terraform.ts';

export const appBackupShippingModule: PatternModule = {
	definition: appBackupShipping,
	estimator: estimateAppBackupShipping,
	options: [{ for: ['stateful-vm'], createdAtFailover: true }],
	treeOutcome: { nodeId: 'o-shipping', note: 'Ship log backups.' },
	terraform: appBackupShippingTerraform,
};
