import { describe, expect, it } from 'vitest';
import { latencyRows, neighbourText } from '~/components/regions/latencyRows.ts';
import { nearestRegion, regions } from '~/model/regions/index.ts';

describe('the latency table on the regions page', () => {
	const rows = latencyRows();

	it('has one row per region, with the target any picks', () => {
		expect(rows.length).toBe(regions.length);
		for (const r of rows) expect(r.pick?.name).toBe(nearestRegion(r.name)?.region.name);
		const qatar = rows.find((r) => r.name === 'qatarcentral');
		expect(qatar?.pick && neighbourText(qatar.pick)).toBe('UAE North, 14 ms (another geography)');
	});

	it('lists the closest regions in order of published latency, restricted ones marked', () => {
		const qatar = rows.find((r) => r.name === 'qatarcentral');
		expect(qatar?.closest.map((n) => n.name).slice(0, 2)).toEqual(['uaecentral', 'uaenorth']);
		expect(
			neighbourText(
				qatar?.closest[0] ?? {
					name: '',
					displayName: '',
					ms: 0,
					restricted: false,
					leavesGeography: false,
				},
			),
		).toContain('access on request');
		for (const r of rows) {
			const ms = r.closest.map((n) => n.ms ?? 0);
			expect(ms).toEqual([...ms].sort((a, b) => a - b));
		}
	});

	it('says which regions the latency page leaves out', () => {
		expect(rows.filter((r) => r.unlisted).map((r) => r.name)).toEqual(
			expect.arrayContaining(['chilecentral', 'westindia']),
		);
	});
});
