import { describe, expect, it } from 'vitest';
import { valueFromText } from '~/model/schema/fieldText.ts';
import { RANGES, rangeText } from '~/model/index.ts';

const rto = rangeText(RANGES.rtoMinutes);

describe('text to a workload value (forms and links)', () => {
	it('names the accepted range for empty, non-number and unreadable numbers', () => {
		expect(valueFromText('rtoMinutes', '')).toEqual({ ok: false, message: `is required: ${rto}` });
		expect(valueFromText('rtoMinutes', 'abc')).toEqual({
			ok: false,
			message: `must be ${rto}; “abc” is not a number`,
		});
		expect(valueFromText('rtoMinutes', '1e400')).toMatchObject({
			message: expect.stringMatching(/is not a number$/) as unknown,
		});
		// The browser reports "" for text it cannot read (validity.badInput): not "required".
		expect(valueFromText('rtoMinutes', '', true)).toEqual({
			ok: false,
			message: `must be ${rto}; what was typed is not a number this form can read`,
		});
		expect(valueFromText('rtoMinutes', ' 30 ', true)).toEqual({ ok: true, value: 30 });
	});

	it('reads an empty optional field as no value, in a tier too', () => {
		expect(valueFromText('budgetUsd', '  ')).toEqual({ ok: true, value: undefined });
		expect(valueFromText('tiers.3.dailyChangeGiB', '')).toEqual({ ok: true, value: undefined });
		expect(valueFromText('tiers.0.vmCount', '')).toMatchObject({ ok: false });
	});

	it('reads a checkbox from a form (on) or a link (1, 0), and nothing else', () => {
		for (const on of ['on', '1', 'true']) expect(valueFromText('appConsistency', on).ok).toBe(true);
		expect(valueFromText('appConsistency', 'on')).toEqual({ ok: true, value: true });
		expect(valueFromText('appConsistency', '0')).toEqual({ ok: true, value: false });
		expect(valueFromText('appConsistency', 'yes')).toEqual({
			ok: false,
			message: 'must be on or off (1 or 0)',
		});
	});

	it('accepts only a choice the question offers, and lists them', () => {
		expect(valueFromText('tiers.0.kind', 'stateless')).toEqual({ ok: true, value: 'stateless' });
		const robot = valueFromText('tiers.0.kind', 'robot');
		expect(robot.ok).toBe(false);
		if (!robot.ok) expect(robot.message).toMatch(/^must be one of .*stateless.*stateful/);
	});

	it('keeps text as typed: the schema judges names', () => {
		expect(valueFromText('name', ' My app ')).toEqual({ ok: true, value: ' My app ' });
	});
});
