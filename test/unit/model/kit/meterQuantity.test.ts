/**
 * A meter's quantity reads as English, singular and plural ("1 hour", "730 hours", "3 disks a
 * month"), with symbols left alone ("2,048 GiB a month"), in the meter text of every cost line.
 */
import { describe, expect, it } from 'vitest';
import {
	costLineMeterText,
	meterQuantityText,
	meterText,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
} from '~/model/index.ts';

describe('meterQuantityText', () => {
	it.each([
		[730, 'hour', '730 hours'],
		[1, 'hour', '1 hour'],
		[3, 'disk a month', '3 disks a month'],
		[1, 'disk a month', '1 disk a month'],
		[2, 'protected instance a month', '2 protected instances a month'],
		[1, 'protected instance a month', '1 protected instance a month'],
		[1460, 'disk-hour', '1,460 disk-hours'],
		[2, 'endpoint a month', '2 endpoints a month'],
		[1, 'profile a month', '1 profile a month'],
		[5840, 'vCPU-hour', '5,840 vCPU-hours'],
		[0.5, 'hour', '0.5 hours'],
		[2048, 'GiB a month', '2,048 GiB a month'],
		[1, 'GiB a month', '1 GiB a month'],
		[300, 'GB', '300 GB'],
		[300, 'million requests', '300 million requests'],
	])('%s %s reads "%s"', (quantity, unit, text) => {
		expect(meterQuantityText(quantity, unit)).toBe(text);
	});

	it('is what a meter line says', () => {
		const m = { service: 'Virtual Machines', sku: 'D4s v5', unitPriceUsd: 0.2, region: 'eastus' };
		expect(meterText({ ...m, quantity: 730, unit: 'hour' })).toContain('· 730 hours × US$0.2');
		expect(meterText({ ...m, quantity: 3, unit: 'disk a month' })).toContain('· 3 disks a month ×');
	});

	it('leaves no "N unit" with N other than 1 in the reference plan’s meters', () => {
		const parsed = parseWorkload(referenceWorkloadInput);
		if (!parsed.ok) throw new Error('reference workload');
		const plan = recommend(parsed.workload);
		const lines = plan.cost.lines;
		expect(lines.length).toBeGreaterThan(3);
		for (const l of lines) {
			const text = costLineMeterText(l);
			const singular =
				/([\d,.]+) (?:hour|disk|protected instance|endpoint|profile|vCPU-hour|disk-hour)(?![\w-])/u.exec(
					text,
				);
			if (singular !== null) expect(singular[1], text).toBe('1');
		}
	});
});
