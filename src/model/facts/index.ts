/** Every fact, in one list. Add a fact to one of these files; ids must be unique. */
import type { Fact } from './fact.ts';
import { applyPriceSnapshot } from './applyPriceSnapshot.ts';
import { PRICE_SNAPSHOT } from './priceSnapshot.ts';
import { asrFacts } from './asr.ts';
import { backupFacts } from './backup.ts';
import { computeFacts } from './compute.ts';
import { diskFacts } from './disks.ts';
import { diskTierFacts } from './diskTiers.ts';
import { networkFacts } from './network.ts';
import { opsFacts } from './ops.ts';
import { pricingFacts } from './pricing.ts';
import { protectionFacts } from './protection.ts';
import { regionFacts } from './regions.ts';
import { sqlFacts } from './sql.ts';
import { storageFacts } from './storage.ts';
import { supportFacts } from './support.ts';
import { trafficFacts } from './traffic.ts';

/** The facts as written, before a price snapshot replaces the prices it read. */
export const writtenFacts: readonly Fact[] = [
	...asrFacts,
	...backupFacts,
	...storageFacts,
	...diskFacts,
	...diskTierFacts,
	...computeFacts,
	...regionFacts,
	...trafficFacts,
	...sqlFacts,
	...networkFacts,
	...opsFacts,
	...protectionFacts,
	...supportFacts,
	...pricingFacts,
];

export const allFacts: readonly Fact[] = applyPriceSnapshot(writtenFacts, PRICE_SNAPSHOT);
