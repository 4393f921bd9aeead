import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatMinutes, formatUsd, parseWorkload, recommend, upgradeText } from '~/model/index.ts';
import { planText } from '~/cli/planText.ts';
import { webAfterDatabase } from '../model/arbitraries.ts';

describe('planText', () => {
	it('says under the upgraded tier why it has a faster option than its own targets need', () => {
		const plan = recommend(webAfterDatabase(65));
		const database = plan.tiers.find((t) => t.tier === 'database');
		const upgrade = database?.upgradedFor;
		if (upgrade === undefined) throw new Error('expected the database to be upgraded');
		const text = planText(plan);
		const section = text.slice(text.indexOf('Tier database'), text.indexOf('End-to-end RTO'));
		expect(section).toContain(upgradeText(upgrade));
		expect(section).toContain(`Upgraded from ${upgrade.from.name}`);
		expect(section).toContain(`${formatUsd(upgrade.extraUsd)} a month more`);
		const web = plan.tiers.find((t) => t.tier === 'web');
		expect(section).toContain(`back after about ${formatMinutes(web?.recoveredBy.typical ?? 0)}`);
		// Web is back in time now, so it carries no "beyond its target" line.
		expect(text).not.toMatch(/in dependency order, beyond its/);
	});
	it('lists managed disks by the size tier they are billed as, OS disk apart (review R14)', () => {
		const r = parseWorkload(
			JSON.parse(
				readFileSync(new URL('../../../examples/c-multi-disk-db.json', import.meta.url), 'utf8'),
			),
		);
		if (!r.ok) throw new Error('example c does not parse');
		const text = planText(recommend(r.workload));
		// 2,048 GiB over three data disks: 683 GiB each, billed as the 1 TiB tier.
		expect(text).toMatch(
			/Replica managed disks \(data\): US\$[\d.,]+ = 3 × S30 \(1 TiB\) Standard HDD LRS/,
		);
		expect(text).toMatch(
			/Replica managed disks \(OS\): US\$[\d.,]+ = 1 × S4 \(32 GiB\) Standard HDD LRS/,
		);
		expect(text).toContain('a 683 GiB disk billed as 1 TiB');
	});
});
