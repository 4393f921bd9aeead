import { describe, expect, it } from 'vitest';
import { textFromValue, valueFromText } from '~/model/schema/fieldText.ts';
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

describe('a workload value to text and back (one format per input kind)', () => {
	it('reads back what it writes, for every field of the reference workload, in a form and a link', () => {
		const values: [string, unknown][] = [
			['rtoMinutes', 240],
			['corruptionProtection', true],
			['corruptionProtection', false],
			['targetRegion', 'pair'],
			['tiers.1.data', 'vm-replication'],
			['tiers.0.dependsOn', ['database', 'cache']],
			['tiers.0.name', 'web, front'],
			['measured', { detect: 12, 'web/boot': 30 }],
		];
		for (const where of ['form', 'link'] as const)
			for (const [field, value] of values) {
				const text = textFromValue(field, value, where);
				expect(text, `${field} (${where})`).toBeDefined();
				expect(valueFromText(field, text ?? ''), `${field} (${where})`).toEqual({
					ok: true,
					value,
				});
			}
	});

	it('uses the compact separators in a link and the readable ones in a form', () => {
		expect(textFromValue('tiers.0.dependsOn', ['a', 'b'], 'link')).toBe('a,b');
		expect(textFromValue('tiers.0.dependsOn', ['a', 'b'], 'form')).toBe('a, b');
		expect(textFromValue('measured', { detect: 12, boot: 3 }, 'link')).toBe('detect=12;boot=3');
		expect(textFromValue('measured', { detect: 12, boot: 3 }, 'form')).toBe('detect=12\nboot=3');
		expect(textFromValue('rtoMinutes', Number.NaN)).toBeUndefined();
	});
});
