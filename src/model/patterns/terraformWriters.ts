/**
 * Each pattern's Terraform writer (its folder's terraform.ts), by pattern id. Apart from the
 * registry (index.ts) so that only Terraform for a plan loads them: the calculators, the wizard
 * and the comparison evaluate patterns without the writers, and the wizard fetches
 * engine/terraform.ts when the reader asks for the Terraform.
 */
import type { PatternTerraform } from '../kit/patternTerraform.ts';
import type { PatternId } from './ids.ts';
import { appBackupShippingTerraform } from './app-backup-shipping/terraform.ts';
import { appReplicationTerraform } from './app-replication/terraform.ts';
import { azureBackupTerraform } from './azure-backup/terraform.ts';
import { capturedImageTerraform } from './captured-image/terraform.ts';
import { diskCopyTerraform } from './disk-copy/terraform.ts';
import { diskCopyIntervalTerraform } from './disk-copy-interval/terraform.ts';
import { dnsFailoverTerraform } from './dns-failover/terraform.ts';
import { grsVmDisksTerraform } from './grs-vm-disks/terraform.ts';
import { paasSqlGeoTerraform } from './paas-sql-geo/terraform.ts';
import { scaleSetRebuildTerraform } from './scale-set-rebuild/terraform.ts';
import { siteRecovery2016Terraform } from './site-recovery-2016/terraform.ts';
import { siteRecoveryA2aTerraform } from './site-recovery-a2a/terraform.ts';

export const TERRAFORM_WRITERS: Record<PatternId, PatternTerraform> = {
	'app-backup-shipping': appBackupShippingTerraform,
	'app-replication': appReplicationTerraform,
	'azure-backup': azureBackupTerraform,
	'captured-image': capturedImageTerraform,
	'disk-copy': diskCopyTerraform,
	'disk-copy-interval': diskCopyIntervalTerraform,
	'dns-failover': dnsFailoverTerraform,
	'grs-vm-disks': grsVmDisksTerraform,
	'paas-sql-geo': paasSqlGeoTerraform,
	'scale-set-rebuild': scaleSetRebuildTerraform,
	'site-recovery-2016': siteRecovery2016Terraform,
	'site-recovery-a2a': siteRecoveryA2aTerraform,
};
