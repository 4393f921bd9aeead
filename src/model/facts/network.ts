/** Inter-region transfer and copy throughput. */
import { UNDATED, type Fact } from './fact.ts';
import { SOURCES as S } from './sources.ts';
import { reviewedFirstRound } from './review.ts';

export const networkFacts: readonly Fact[] = [
	{
		id: 'network.transfer-price',
		label: 'Inter-region data transfer price (within North America or Europe)',
		value: 0.02,
		unit: 'USD/GB',
		sources: [S.egressBlog, S.bandwidthPricing],
		asOf: UNDATED,
		...reviewedFirstRound,
		status: 'unconfirmed',
		note: 'Third-party figure; about 0.08 within Asia or Middle East/Africa and 0.16 within South America. Inbound data and traffic inside one region are free. GRS, Cross Region Restore, Site Recovery and gallery replication all pay it. Unverified in the second truth pass (2026-12-07): the Azure pricing pages could not be read from here and no primary source was re-read, so this fact keeps its earlier checked date; `npm run prices:refresh` reads it from the Retail Prices API (the meter for transfer within North America).',
	},
	{
		id: 'network.intercontinental-price',
		label: 'Inter-region transfer between continents',
		value: 0.05,
		unit: 'USD/GB',
		sources: [S.bandwidthPricing],
		asOf: UNDATED,
		...reviewedFirstRound,
		status: 'unconfirmed',
		note: 'Commonly quoted; no source confirmed it. Check the bandwidth pricing page. Unverified in the second truth pass (2026-12-07): the Azure pricing pages could not be read from here and no primary source was re-read, so this fact keeps its earlier checked date; `npm run prices:refresh` does not read it: no source we could read names its Retail Prices API meter.',
	},
	{
		id: 'network.azcopy-server-side',
		label: 'AzCopy between storage accounts',
		value: 'server to server',
		unit: 'text',
		sources: [S.azcopyOptimize],
		asOf: UNDATED,
		...reviewedFirstRound,
		status: 'documented',
		note: 'Data does not pass through the machine running AzCopy; for account-to-account copies Microsoft advises AZCOPY_CONCURRENCY_VALUE above 1,000.',
	},
	{
		id: 'network.storage-egress-limit',
		label: 'Standard storage account egress limit (major regions)',
		value: 200,
		unit: 'Gbit/s',
		sources: [S.storageTargets],
		asOf: UNDATED,
		...reviewedFirstRound,
		status: 'documented',
		note: 'Raised from 120 Gbit/s; ingress is 60 Gbit/s in those regions and 25 Gbit/s elsewhere. Rarely the bottleneck for one workload.',
	},
];
