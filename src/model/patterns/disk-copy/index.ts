import type { PatternModule } from '../patternModule.ts';
import { diskCopy } from './definition.ts';
import { estimateDiskCopy } from './estimator.ts';
import { diskCopyJobTerraform } from '../../terraform/diskCopyJob.ts';

export const diskCopyModule: PatternModule = {
	definition: diskCopy,
	estimator: estimateDiskCopy,
	options: [{ for: ['stateless'], createdAtFailover: true, standby: 'backup-restore' }],
	terraform: diskCopyJobTerraform,
};
