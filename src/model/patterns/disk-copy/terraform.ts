import { nothingToDeploy } from '../../kit/patternTerraform.ts';

/** What this pattern deploys ahead of a failover: nothing, and why. */
export const diskCopyTerraform = nothingToDeploy(
	'Nothing to deploy ahead of time: snapshots are copied to the secondary region by a scheduled job after each change (azurerm 4.x has no cross-region snapshot copy argument), and VMs are created from them at failover.',
);
