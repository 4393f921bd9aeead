import { nothingToDeploy } from '../../kit/patternTerraform.ts';

/** What this pattern deploys ahead of a failover: nothing, and why. */
export const dnsFailoverTerraform = nothingToDeploy(
	'Routing is written once for the whole plan, below.',
);
