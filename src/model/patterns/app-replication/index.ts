import type { PatternModule } from '../patternModule.ts';
import { appReplication } from './definition.ts';
import { estimateAppReplication } from './estimator.ts';
import { appReplicationTerraform } from './terraform.ts';

export const appReplicationModule: PatternModule = {
	definition: appReplication,
	estimator: estimateAppReplication,
	options: [
		{ variant: 'full', for: ['stateful-vm'], createdAtFailover: false },
		{ variant: 'one-replica', for: ['stateful-vm'], createdAtFailover: false },
		{ variant: 'smaller-vms', for: ['stateful-vm'], createdAtFailover: false },
	],
	treeOutcome: { nodeId: 'o-app-replication', note: 'Add backups against corruption.' },
	terraform: appReplicationTerraform,
};
