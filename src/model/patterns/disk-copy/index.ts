import type { PatternModule } from '../patternModule.ts';
import { diskCopy } from './definition.ts';
import { estimateDiskCopy } from './estimator.ts';
import { nothingToDeploy } from '../../kit/patternTerraform.ts';

export const diskCopyModule: PatternModule = {
	definition: diskCopy,
	estimator: estimateDiskCopy,
	options: [{ for: ['stateless'], createdAtFailover: true, standby: 'backup-restore' }],
	terraform: nothingToDeploy(
		'Nothing to deploy ahead of time: snapshots are copied to the secondary region by a scheduled job after each change (azurerm 4.x has no cross-region snapshot copy argument), and VMs are created from them at failover.',
	),
};
