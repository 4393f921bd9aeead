/**
 * vCPU and memory of common VM sizes, from the "Basics" table of each series page on
 * Microsoft Learn, read on 2026-11-30 (Ddsv5, Edsv5 and Bv1 on 2026-12-07). Only the sizes listed here are known; any other size
 * is unknown and must be asked for, never guessed from its name.
 */
import { UNDATED, type Source } from '../fact.ts';
import { allFacts as pricingFacts } from '../index.ts';
import { PRICE_SNAPSHOT } from '../priceSnapshot.ts';
import type { PriceOs, PriceSnapshot } from '../priceSnapshotType.ts';
import { SOURCES } from '../sources.ts';

/** The families whose rates the model knows (facts `vm.family-<family>`). */
export const VM_FAMILIES = [
	'general',
	'memory',
	'compute',
	'storage',
	'burstable',
	'large-memory',
	'gpu',
] as const;
export type VmFamily = (typeof VM_FAMILIES)[number];

export const VM_FAMILY_LABEL: Record<VmFamily, string> = {
	general: 'general purpose',
	memory: 'memory optimised',
	compute: 'compute optimised',
	storage: 'storage optimised',
	burstable: 'burstable',
	'large-memory': 'large memory',
	gpu: 'GPU',
};

/** The region the table's prices are for. */
export const VM_PRICE_REGION = 'eastus';

const factValue = (id: string): number => {
	const value = pricingFacts.find((f) => f.id === id)?.value;
	if (typeof value !== 'number') throw new Error(`No price fact "${id}".`);
	return value;
};
const factChecked = (id: string): string =>
	pricingFacts.find((f) => f.id === id)?.checked ?? UNDATED;

/**
 * One size's hourly price for one operating system: its own meter read from the Azure Retail
 * Prices API (`read`), or, when no snapshot has it, an estimate from its family's rate.
 */
export interface VmSizePrice {
	usdPerHour: number;
	/** Where the size's own price was read; undefined for an estimate. */
	read?: { api: string; date: string; productName: string; meterName: string };
	/** The facts an estimate comes from (the family rate, the Windows licence); none when read. */
	factIds: readonly string[];
	/** The day the price was read, or the day the estimate's facts were written. */
	asOf: string;
}

export interface VmSize {
	/** As Azure spells it, e.g. `Standard_D4s_v5`. */
	name: string;
	vcpu: number;
	memoryGiB: number;
	series: string;
	source: Source;
	/** The series page's own date. */
	asOf: string;
	family: VmFamily;
	/** The region the prices are for. */
	priceRegion: string;
	/** Each operating system's price: read per size, or estimated from the family. */
	prices: Record<PriceOs, VmSizePrice>;
}

export const VM_SIZES_CHECKED = '2026-11-30';

interface Series {
	series: string;
	family: VmFamily;
	source: Source;
	asOf: string;
	/** [size name without `Standard_`, vCPU, memory GiB] */
	sizes: readonly (readonly [string, number, number])[];
}

const SERIES: readonly Series[] = [
	{
		series: 'Dv5',
		family: 'general',
		source: SOURCES.sizesDv5,
		asOf: '2026-03-10',
		sizes: [
			['D2_v5', 2, 8],
			['D4_v5', 4, 16],
			['D8_v5', 8, 32],
			['D16_v5', 16, 64],
			['D32_v5', 32, 128],
			['D48_v5', 48, 192],
			['D64_v5', 64, 256],
			['D96_v5', 96, 384],
		],
	},
	{
		series: 'Dsv5',
		family: 'general',
		source: SOURCES.sizesDsv5,
		asOf: '2026-02-27',
		sizes: [
			['D2s_v5', 2, 8],
			['D4s_v5', 4, 16],
			['D8s_v5', 8, 32],
			['D16s_v5', 16, 64],
			['D32s_v5', 32, 128],
			['D48s_v5', 48, 192],
			['D64s_v5', 64, 256],
			['D96s_v5', 96, 384],
		],
	},
	{
		series: 'Dsv6',
		family: 'general',
		source: SOURCES.sizesDsv6,
		asOf: '2024-07-29',
		sizes: [
			['D2s_v6', 2, 8],
			['D4s_v6', 4, 16],
			['D8s_v6', 8, 32],
			['D16s_v6', 16, 64],
			['D32s_v6', 32, 128],
			['D48s_v6', 48, 192],
			['D64s_v6', 64, 256],
			['D96s_v6', 96, 384],
			['D128s_v6', 128, 512],
			['D192s_v6', 192, 768],
		],
	},
	{
		// With a local temporary disk (the SQL Server tempdb sizes): the family rate, set from
		// sizes without one, understates their price a little.
		series: 'Ddsv5',
		family: 'general',
		source: SOURCES.sizesDdsv5,
		asOf: '2024-07-29',
		sizes: [
			['D2ds_v5', 2, 8],
			['D4ds_v5', 4, 16],
			['D8ds_v5', 8, 32],
			['D16ds_v5', 16, 64],
			['D32ds_v5', 32, 128],
			['D48ds_v5', 48, 192],
			['D64ds_v5', 64, 256],
			['D96ds_v5', 96, 384],
		],
	},
	{
		// B1ls is left out: the page names it B1ls2 in one table and B1ls in another.
		series: 'Bv1',
		family: 'burstable',
		source: SOURCES.sizesBv1,
		asOf: '2024-07-29',
		sizes: [
			['B1s', 1, 1],
			['B1ms', 1, 2],
			['B2s', 2, 4],
			['B2ms', 2, 8],
			['B4ms', 4, 16],
			['B8ms', 8, 32],
			['B12ms', 12, 48],
			['B16ms', 16, 64],
			['B20ms', 20, 80],
		],
	},
	{
		series: 'Bsv2',
		family: 'burstable',
		source: SOURCES.sizesBsv2,
		asOf: '2026-03-10',
		sizes: [
			['B2ts_v2', 2, 1],
			['B2ls_v2', 2, 4],
			['B2s_v2', 2, 8],
			['B4ls_v2', 4, 8],
			['B4s_v2', 4, 16],
			['B8ls_v2', 8, 16],
			['B8s_v2', 8, 32],
			['B16ls_v2', 16, 32],
			['B16s_v2', 16, 64],
			['B32ls_v2', 32, 64],
			['B32s_v2', 32, 128],
		],
	},
	{
		series: 'Esv5',
		family: 'memory',
		source: SOURCES.sizesEsv5,
		asOf: '2026-03-10',
		sizes: [
			['E2s_v5', 2, 16],
			['E4s_v5', 4, 32],
			['E8s_v5', 8, 64],
			['E16s_v5', 16, 128],
			['E20s_v5', 20, 160],
			['E32s_v5', 32, 256],
			['E48s_v5', 48, 384],
			['E64s_v5', 64, 512],
			['E96s_v5', 96, 672],
			['E104is_v5', 104, 672],
		],
	},
	{
		series: 'Edsv5',
		family: 'memory',
		source: SOURCES.sizesEdsv5,
		asOf: '2024-08-01',
		sizes: [
			['E2ds_v5', 2, 16],
			['E4ds_v5', 4, 32],
			['E8ds_v5', 8, 64],
			['E16ds_v5', 16, 128],
			['E20ds_v5', 20, 160],
			['E32ds_v5', 32, 256],
			['E48ds_v5', 48, 384],
			['E64ds_v5', 64, 512],
			['E96ds_v5', 96, 672],
			['E104ids_v5', 104, 672],
		],
	},
	{
		series: 'Esv6',
		family: 'memory',
		source: SOURCES.sizesEsv6,
		asOf: '2026-03-10',
		sizes: [
			['E2s_v6', 2, 16],
			['E4s_v6', 4, 32],
			['E8s_v6', 8, 64],
			['E16s_v6', 16, 128],
			['E20s_v6', 20, 160],
			['E32s_v6', 32, 256],
			['E48s_v6', 48, 384],
			['E64s_v6', 64, 512],
			['E96s_v6', 96, 768],
			['E128s_v6', 128, 1024],
			['E192is_v6', 192, 1832],
		],
	},
	{
		series: 'Fsv2',
		family: 'compute',
		source: SOURCES.sizesFsv2,
		asOf: '2024-07-30',
		sizes: [
			['F2s_v2', 2, 4],
			['F4s_v2', 4, 8],
			['F8s_v2', 8, 16],
			['F16s_v2', 16, 32],
			['F32s_v2', 32, 64],
			['F48s_v2', 48, 96],
			['F64s_v2', 64, 128],
			['F72s_v2', 72, 144],
		],
	},
	{
		series: 'Lsv3',
		family: 'storage',
		source: SOURCES.sizesLsv3,
		asOf: '2024-07-31',
		sizes: [
			['L8s_v3', 8, 64],
			['L16s_v3', 16, 128],
			['L32s_v3', 32, 256],
			['L48s_v3', 48, 384],
			['L64s_v3', 64, 512],
			['L80s_v3', 80, 640],
		],
	},
	{
		series: 'Msv2',
		family: 'large-memory',
		source: SOURCES.sizesMsv2,
		asOf: UNDATED,
		sizes: [
			['M32ms_v2', 32, 875],
			['M64s_v2', 64, 1024],
			['M64ms_v2', 64, 1792],
			['M128s_v2', 128, 2048],
			['M128ms_v2', 128, 3892],
			['M192is_v2', 192, 2048],
			['M192ims_v2', 192, 4096],
		],
	},
];

/** A size's prices: its own meters where the snapshot has them, the family estimate otherwise. */
export function sizePrices(
	name: string,
	estimate: Record<PriceOs, { usd: number; factIds: readonly string[]; asOf: string }>,
	snapshot: PriceSnapshot | undefined,
): Record<PriceOs, VmSizePrice> {
	const price = (os: PriceOs): VmSizePrice => {
		const read = snapshot?.sizes?.[name]?.[os];
		const meter = read?.meters[0];
		if (snapshot === undefined || read === undefined || meter === undefined)
			return {
				usdPerHour: estimate[os].usd,
				factIds: estimate[os].factIds,
				asOf: estimate[os].asOf,
			};
		return {
			usdPerHour: read.value,
			read: {
				api: snapshot.api,
				date: snapshot.date,
				productName: meter.productName,
				meterName: meter.meterName,
			},
			factIds: [],
			asOf: snapshot.date,
		};
	};
	return { linux: price('linux'), windows: price('windows') };
}

export const vmSizes: readonly VmSize[] = SERIES.flatMap(
	({ series, family, source, asOf, sizes }) =>
		sizes.map(([name, vcpu, memoryGiB]) => {
			const rateId = `vm.family-${family}`;
			const windowsId = 'vm.windows-licence-vcpu-hour';
			const linux = vcpu * factValue(rateId);
			const windows = linux + vcpu * factValue(windowsId);
			const fullName = `Standard_${name}`;
			const prices = sizePrices(
				fullName,
				{
					linux: { usd: round4(linux), factIds: [rateId], asOf: factChecked(rateId) },
					windows: {
						usd: round4(windows),
						factIds: [rateId, windowsId],
						asOf: factChecked(rateId),
					},
				},
				PRICE_SNAPSHOT,
			);
			return {
				name: fullName,
				vcpu,
				memoryGiB,
				series,
				source,
				asOf,
				family,
				priceRegion: VM_PRICE_REGION,
				prices,
			};
		}),
);

function round4(n: number): number {
	return Math.round(n * 10_000) / 10_000;
}

const byName = new Map(vmSizes.map((s) => [s.name.toLowerCase(), s]));

/** The size with this name (any case, `Standard_` optional), or undefined when not in the table. */
export function vmSizeByName(name: string): VmSize | undefined {
	const key = name.trim().toLowerCase();
	return byName.get(key) ?? byName.get(`standard_${key}`);
}
