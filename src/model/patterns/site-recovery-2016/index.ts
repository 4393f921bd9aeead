import type { PatternModule } from '../patternModule.ts';
import { siteRecovery2016 } from './definition.ts';
import { estimateSiteRecovery2016 } from './estimator.ts';

export const siteRecovery2016Module: PatternModule = {
	definition: siteRecovery2016,
	estimator: estimateSiteRecovery2016,
	options: [
		{ for: ['stateless', 'stateful-vm'], createdAtFailover: false, standby: 'pilot-light' },
	],
};
