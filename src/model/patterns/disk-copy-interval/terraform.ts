/** What this pattern deploys ahead of a failover: the scheduled job that copies its disks' snapshots to the secondary region, on the interval the plan chose (shared with the other disk-copy pattern). */
export { diskCopyJobTerraform as diskCopyIntervalTerraform } from '../../kit/diskCopyJob.ts';
