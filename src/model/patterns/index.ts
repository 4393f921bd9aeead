/** Every pattern, in catalogue order. Add a pattern as its own file and list it here. */
import type { Pattern } from '../pattern.ts';
import { appBackupShipping } from './appBackupShipping.ts';
import { appReplication } from './appReplication.ts';
import { azureBackup } from './azureBackup.ts';
import { capturedImage } from './capturedImage.ts';
import { diskCopy } from './diskCopy.ts';
import { diskCopyInterval } from './diskCopyInterval.ts';
import { dnsFailover } from './dnsFailover.ts';
import { grsVmDisks } from './grsVmDisks.ts';
import { paasSqlGeo } from './paasSqlGeo.ts';
import { scaleSetRebuild } from './scaleSetRebuild.ts';
import { siteRecovery2016 } from './siteRecovery2016.ts';
import { siteRecoveryA2a } from './siteRecoveryA2a.ts';

export const allPatterns: readonly Pattern[] = [
	grsVmDisks,
	siteRecovery2016,
	azureBackup,
	scaleSetRebuild,
	diskCopy,
	capturedImage,
	diskCopyInterval,
	appBackupShipping,
	appReplication,
	siteRecoveryA2a,
	paasSqlGeo,
	dnsFailover,
];
