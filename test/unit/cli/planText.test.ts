import { describe, expect, it } from 'vitest';
import { formatMinutes, formatUsd, recommend, upgradeText } from '~/model/index.ts';
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
});
