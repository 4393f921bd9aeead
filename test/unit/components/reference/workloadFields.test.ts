import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
	MAX_TIERS,
	RANGES,
	rangeText,
	renderFactText,
	routingSchema,
	operationsSchema,
	pricesSchema,
	protectionSchema,
	tierSchema,
	workloadSchema,
} from '~/model/index.ts';
import { workloadFieldRows } from '../../../../src/components/reference/workloadFields.ts';

const rows = workloadFieldRows();
const row = (field: string) => rows.find((r) => r.field === field);

describe('the workload-file reference rows', () => {
	it('list every field of the schema, nested ones under their parent', () => {
		const expected = [
			...Object.keys(workloadSchema.shape),
			...Object.keys(tierSchema.shape).map((k) => `tiers[].${k}`),
			...Object.keys(routingSchema.shape).map((k) => `routing.${k}`),
			...Object.keys(operationsSchema.shape).map((k) => `operations.${k}`),
			...Object.keys(pricesSchema.shape).map((k) => `prices.${k}`),
			...Object.keys(protectionSchema.shape).map((k) => `protection.${k}`),
		];
		expect(rows.map((r) => r.field).sort()).toEqual(expected.sort());
	});

	it('give every field a type, what it accepts and a description', () => {
		for (const r of rows) {
			expect(r.type, r.field).not.toBe('');
			expect(r.accepts, r.field).not.toBe('');
			expect(renderFactText(r.description), r.field).not.toBe('');
			expect(`${r.accepts} ${renderFactText(r.description)}`, r.field).not.toMatch(/undefined|NaN/);
		}
	});

	it('say what the schema accepts: required fields, ranges, choices and defaults', () => {
		expect(row('tiers')).toMatchObject({
			type: 'list of objects',
			required: true,
			accepts: `1 to ${MAX_TIERS} items`,
		});
		expect(row('tiers[].vmCount')).toMatchObject({
			type: 'integer',
			required: true,
			accepts: rangeText(RANGES.vmCount),
			defaultValue: '',
		});
		expect(row('tiers[].vcpu')).toMatchObject({ required: false, defaultValue: '4' });
		expect(row('tiers[].kind')?.accepts).toBe('one of: stateless, stateful');
		expect(row('routing.router')).toMatchObject({
			accepts: 'one of: traffic-manager, front-door, private-dns',
			defaultValue: 'traffic-manager',
		});
		expect(row('targetRegion')).toMatchObject({ defaultValue: 'any', required: false });
		expect(row('targetRegion')?.accepts).toContain('pair, any');
		expect(row('corruptionProtection')).toMatchObject({
			accepts: 'true or false',
			defaultValue: 'true',
		});
		expect(row('measured')?.accepts).toContain(rangeText(RANGES.measuredMinutes));
	});

	it('pick up a field added to the schema by itself', () => {
		const grown = z.strictObject({
			...workloadSchema.shape,
			newThing: z.number().min(2).max(9).default(3).meta({ description: 'A new field.' }),
		});
		expect(workloadFieldRows(grown).find((r) => r.field === 'newThing')).toEqual({
			field: 'newThing',
			type: 'number',
			required: false,
			accepts: 'a number from 2 to 9',
			defaultValue: '3',
			description: 'A new field.',
		});
	});
});
