import { describe, expect, it } from 'vitest';
import { findWordFigures } from '~/build/content/findWordFigures.ts';

const matches = (text: string) => findWordFigures(text).map((f) => f.match);

describe('findWordFigures', () => {
	it('finds cadences written as words', () => {
		expect(matches('Restore a VM each quarter and time it.')).toEqual(['each quarter']);
		expect(matches('Drill twice a year, or every month for tier 0.')).toEqual([
			'twice a year',
			'every month',
		]);
		expect(matches('Run it quarterly.')).toEqual(['quarterly']);
		expect(matches('Run it three times a year.')).toEqual(['three times a year']);
	});

	it('finds counts and durations written as words', () => {
		expect(matches('Keep two instances running.')).toEqual(['two instances']);
		expect(matches('A tier of three VMs.')).toEqual(['three VMs']);
		expect(matches('It took ten minutes.')).toEqual(['ten minutes']);
		expect(matches('Scale to two or more nodes.')).toEqual(['two or more nodes']);
		expect(matches('A twelve-hour window.')).toEqual(['twelve-hour']);
	});

	it('leaves structural counts and ordinary words alone', () => {
		expect(matches('Keep a gallery in each of two regions.')).toEqual([]);
		expect(matches('Restore one VM per tier into another zone.')).toEqual([]);
		expect(matches('Each tier fails over; every VM is replicated.')).toEqual([]);
		expect(matches('The hourly price and the daily change.')).toEqual([]);
		expect(matches('Do not run two copies on one network.')).toEqual([]);
	});
});
