import type { PatternModule } from '../patternModule.ts';
import { dnsFailover } from './definition.ts';
import { nothingToDeploy } from '../../kit/patternTerraform.ts';

/** Traffic routing has no estimator of its own: its step is part of every other estimate. */
export const dnsFailoverModule: PatternModule = {
	definition: dnsFailover,
	terraform: nothingToDeploy('Routing is written once for the whole plan, below.'),
};
