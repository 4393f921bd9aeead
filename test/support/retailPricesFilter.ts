/**
 * What the Azure Retail Prices API answers to a URL, for tests: the items its `$filter` selects.
 * Only the form the refresh sends is understood (`field eq 'value'` joined by `and`, quotes
 * doubled inside a value); `priceType` filters the items' `type`, as the API documents. A
 * filter this does not understand throws, so a test cannot pass on a query it misread.
 */
import type { RetailPriceItem } from '../../src/model/facts/retailPricesApi.ts';

const FIELDS = new Set([
	'serviceName',
	'armRegionName',
	'location',
	'priceType',
	'armSkuName',
	'productName',
	'skuName',
	'meterName',
]);

function conditions(filter: string): [string, string][] {
	const out: [string, string][] = [];
	const clause = /^(\w+) eq '((?:[^']|'')*)'(?: and |$)/;
	let rest = filter;
	while (rest.length > 0) {
		const m = clause.exec(rest);
		if (m === null || !FIELDS.has(m[1] ?? '')) throw new Error(`filter not understood: ${rest}`);
		out.push([m[1] ?? '', (m[2] ?? '').replaceAll("''", "'")]);
		rest = rest.slice(m[0].length);
	}
	return out;
}

/** The items of `all` that the URL's `$filter` selects, as the API would answer them. */
export function answer(url: string, all: readonly RetailPriceItem[]): RetailPriceItem[] {
	const raw = new URL(url).searchParams.get('$filter');
	if (raw === null) throw new Error(`no $filter in ${url}`);
	const where = conditions(raw);
	return all.filter((item) =>
		where.every(([field, value]) => {
			const got = field === 'priceType' ? item.type : item[field as keyof RetailPriceItem];
			return got === value;
		}),
	);
}
