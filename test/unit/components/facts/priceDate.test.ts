/**
 * Issue 18 point 8: the date of a price stands beside every cost line it feeds, in the line's
 * source link: the Retail Prices API snapshot's date once a refresh has read it, the day the
 * estimate was made until then.
 */
import { describe, expect, it } from 'vitest';
import { facts } from '~/model/index.ts';
import { applyPriceSnapshot } from '~/model/facts/applyPriceSnapshot.ts';
import { writtenFacts } from '~/model/facts/index.ts';
import { priceDate } from '~/components/facts/factView.ts';
import { factLinks } from '~/components/widgets/evaluationView.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

describe('a price’s date beside its link', () => {
	it('is a day for every price fact, and nothing for a fact that is not a price', () => {
		for (const f of facts) {
			const dated = priceDate(f);
			if (!f.unit.startsWith('USD')) {
				expect(dated, f.id).toBeUndefined();
				continue;
			}
			expect(dated?.date, f.id).toMatch(DAY);
			expect(dated?.text, f.id).toContain(dated?.date ?? '-');
		}
	});
	it('says an unread estimate is an estimate and the day it was made', () => {
		const f = facts.find((x) => x.id === 'traffic.fd-requests-price');
		expect(f?.sourceRead).toBe(false);
		expect(priceDate(f ?? facts[0]!)).toEqual({
			date: f?.checked,
			text: `estimate made ${f?.checked ?? ''}`,
		});
	});
	it('is the snapshot’s date once the Retail Prices API has been read', () => {
		const read = applyPriceSnapshot(writtenFacts, {
			date: '2027-01-15',
			api: 'https://prices.azure.com/api/retail/prices',
			currency: 'USD',
			prices: {
				'sql.storage-price': {
					value: 0.12,
					meters: [
						{
							serviceName: 'SQL Database',
							productName: 'SQL Database Single/Elastic Pool General Purpose - Storage',
							skuName: 'General Purpose',
							meterName: 'General Purpose Data Stored',
							armRegionName: 'eastus',
							unitOfMeasure: '1 GB/Month',
							retailPrice: 0.12,
							effectiveStartDate: '2027-01-01T00:00:00Z',
						},
					],
				},
			},
		}).find((f) => f.id === 'sql.storage-price');
		expect(read && priceDate(read)).toEqual({ date: '2027-01-15', text: 'as of 2027-01-15' });
	});
	it('stands in a cost line’s source links, for the price only', () => {
		const links = String(factLinks(['sql.storage-price', 'ops.resize']));
		const dates = [...links.matchAll(/data-price-date="([^"]+)"/g)].map((m) => m[1]);
		const sql = facts.find((f) => f.id === 'sql.storage-price');
		expect(dates).toEqual([priceDate(sql ?? facts[0]!)?.date]);
	});
});
