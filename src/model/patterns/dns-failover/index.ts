import type { PatternModule } from '../patternModule.ts';
import { dnsFailover } from './definition.ts';

/** Traffic routing has no estimator of its own: its step is part of every other estimate. */
export const dnsFailoverModule: PatternModule = {
	definition: dnsFailover,
};
