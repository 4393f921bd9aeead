import { nothingToDeploy } from '../../kit/patternTerraform.ts';

/** What this pattern deploys ahead of a failover: nothing, and why. */
export const grsVmDisksTerraform = nothingToDeploy(
	'Nothing to deploy: geo-redundant unmanaged disks are retired, so this option is shown for comparison only.',
);
