import { nothingToDeploy } from '../../kit/patternTerraform.ts';

/** What this pattern deploys ahead of a failover: nothing, and why. */
export const siteRecovery2016Terraform = nothingToDeploy(
	'Nothing to deploy: this is the 2016 form of Site Recovery, shown for history; use Site Recovery Azure-to-Azure.',
);
