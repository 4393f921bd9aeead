import type { PatternModule } from '../patternModule.ts';
import { grsVmDisks } from './definition.ts';
import { estimateGrsVmDisks } from './estimator.ts';
import { nothingToDeploy } from '../../terraform/patternTerraform.ts';

export const grsVmDisksModule: PatternModule = {
	definition: grsVmDisks,
	estimator: estimateGrsVmDisks,
	options: [
		{ for: ['stateless', 'stateful-vm'], createdAtFailover: false, standby: 'backup-restore' },
	],
	terraform: nothingToDeploy(
		'Nothing to deploy: geo-redundant unmanaged disks are retired, so this option is shown for comparison only.',
	),
};
