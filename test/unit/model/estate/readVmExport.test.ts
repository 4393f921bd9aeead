/** Reading an estate's export: every format, and bad input that still leaves the rest readable. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	completeItemsOfTruncated,
	ESTATE_RESOURCE_GRAPH_QUERY,
	readVmExport,
} from '~/model/schema/import/index.ts';
import { syntheticVm } from '../../../support/syntheticEstate.ts';

const fixture = readFileSync(
	new URL('../../../fixtures/estate/contoso-az-vm-list.json', import.meta.url),
	'utf8',
);

function ok(text: string) {
	const read = readVmExport(text);
	if (!read.ok) throw new Error(read.error);
	return read;
}

describe('the formats an estate comes in', () => {
	it('reads az vm list output: every field the plan uses', () => {
		const read = ok(fixture);
		expect(read.format).toBe('az-vm-list');
		expect(read.problems).toEqual([]);
		const sql = read.vms.find((vm) => vm.name === 'shop-sql-01');
		expect(sql).toMatchObject({
			vmSize: 'Standard_E16s_v5',
			osType: 'windows',
			licenseType: 'Windows_Server',
			securityType: 'TrustedLaunch',
			zones: ['1'],
			location: 'westeurope',
			resourceGroup: 'rg-shop-prod',
			dataDiskGiB: [1024, 1024, 512],
			dataDiskTypes: ['Premium_LRS', 'Premium_LRS', 'Premium_LRS'],
			image: { publisher: 'MicrosoftSQLServer', sku: 'enterprise-gen2' },
		});
		expect(sql?.tags).toMatchObject({ workload: 'shop', tier: 'db', priority: '1' });
	});

	it('reads the REST list response, each VM’s fields under properties', () => {
		const rest = {
			value: [
				{
					name: 'vm-1',
					location: 'westeurope',
					id: '/subscriptions/s/resourceGroups/rg-a/providers/Microsoft.Compute/virtualMachines/vm-1',
					tags: { workload: 'a' },
					zones: ['2'],
					properties: {
						hardwareProfile: { vmSize: 'Standard_D4s_v5' },
						licenseType: 'Windows_Server',
						storageProfile: {
							osDisk: {
								osType: 'Windows',
								diskSizeGB: 127,
								managedDisk: { storageAccountType: 'Premium_LRS' },
							},
							dataDisks: [
								{ diskSizeGB: 64, managedDisk: { storageAccountType: 'StandardSSD_LRS' } },
							],
						},
					},
				},
			],
		};
		const read = ok(JSON.stringify(rest));
		expect(read.format).toBe('rest-list');
		expect(read.vms[0]).toMatchObject({
			vmSize: 'Standard_D4s_v5',
			osType: 'windows',
			osDiskGiB: 127,
			dataDiskGiB: [64],
			dataDiskTypes: ['StandardSSD_LRS'],
			resourceGroup: 'rg-a',
			zones: ['2'],
		});
	});

	it('reads the rows of the Resource Graph query, and says when a page is missing', () => {
		// The columns the query projects, as `az graph query` prints them.
		for (const column of [
			'vmSize',
			'osType',
			'licenseType',
			'securityType',
			'osDisk',
			'dataDisks',
			'zones',
			'tags',
			'location',
		])
			expect(ESTATE_RESOURCE_GRAPH_QUERY).toContain(column);
		const row = {
			id: '/subscriptions/s/resourceGroups/rg-b/providers/Microsoft.Compute/virtualMachines/db-1',
			name: 'db-1',
			location: 'northeurope',
			resourceGroup: 'rg-b',
			zones: ['1'],
			tags: { workload: 'b', tier: 'db' },
			vmSize: 'Standard_E8s_v5',
			osType: 'Linux',
			licenseType: '',
			securityType: 'TrustedLaunch',
			imageReference: { publisher: 'Canonical', sku: '22_04-lts-gen2' },
			osDisk: { diskSizeGB: 30, managedDisk: { storageAccountType: 'Premium_LRS' } },
			dataDisks: [{ diskSizeGB: 512, managedDisk: { storageAccountType: 'PremiumV2_LRS' } }],
		};
		const paged = {
			count: 1,
			data: [row],
			skip_token: 'ew0KICAiJGlkIjogIjEiLA0K',
			total_records: 1400,
		};
		const read = ok(JSON.stringify(paged));
		expect(read.format).toBe('resource-graph');
		expect(read.vms[0]).toMatchObject({
			vmSize: 'Standard_E8s_v5',
			osType: 'linux',
			securityType: 'TrustedLaunch',
			dataDiskGiB: [512],
			dataDiskTypes: ['PremiumV2_LRS'],
			zones: ['1'],
		});
		expect(read.vms[0]?.licenseType).toBeUndefined();
		expect(read.problems[0]?.message).toMatch(/1400 rows.*--skip-token/);
		// The portal's download: the rows alone.
		expect(ok(JSON.stringify([row])).format).toBe('resource-graph');
	});
});

describe('bad input (issue 23, point 6)', () => {
	it('a file that is not an export gets one message saying what was expected', () => {
		for (const text of ['{"subscriptionId": "x"}', '"westeurope"', '[]', 'hello', '']) {
			const read = readVmExport(text);
			expect(read.ok).toBe(false);
			expect(read.ok ? '' : read.error).toMatch(/az vm list|no VMs/);
			expect(read.ok ? '' : read.error).not.toContain('\n');
		}
	});

	it('a truncated file keeps the complete VMs before the cut and says so', () => {
		const whole = JSON.stringify(
			[syntheticVm('a-1'), syntheticVm('a-2'), syntheticVm('a-3')],
			null,
			2,
		);
		const cut = whole.slice(0, Math.floor(whole.length * 0.8));
		const read = ok(cut);
		expect(read.vms.map((vm) => vm.name)).toEqual(['a-1', 'a-2']);
		expect(read.problems[0]?.scope).toBe('file');
		expect(read.problems[0]?.message).toMatch(/truncated/);
	});

	it('finds complete items across strings holding brackets, quotes and escapes', () => {
		const items = [{ name: 'x]}{"', tags: { a: '[\\"]' } }, { name: 'y' }];
		const text = JSON.stringify(items);
		expect(completeItemsOfTruncated(text.slice(0, -3))).toEqual([items[0]]);
		fc.assert(
			fc.property(
				fc.array(fc.dictionary(fc.string(), fc.string()), { minLength: 1 }),
				fc.nat(),
				(list, at) => {
					const full = JSON.stringify(list);
					const found = completeItemsOfTruncated(full.slice(0, 1 + (at % full.length)));
					// Whatever the cut, what is found is a prefix of the list.
					if (found !== undefined) expect(list.slice(0, found.length)).toEqual(found);
				},
			),
		);
	});

	it('an item that is not a VM is left out, named, and the rest is read', () => {
		const text = JSON.stringify([
			syntheticVm('ok-1'),
			{ name: 'broken', location: 'westeurope' },
			42,
		]);
		const read = ok(text);
		expect(read.vms.map((vm) => vm.name)).toEqual(['ok-1']);
		expect(read.problems.map((p) => p.subject)).toEqual(['broken', 'item 3']);
		expect(read.problems[0]?.message).toContain('hardwareProfile.vmSize');
	});

	it('the same VM listed twice is read once; two VMs of one name in two groups are both kept', () => {
		const twice = syntheticVm('web-01', { resourceGroup: 'rg-a' });
		const other = syntheticVm('web-01', { resourceGroup: 'rg-b' });
		const read = ok(JSON.stringify([twice, twice, other]));
		expect(read.vms.map((vm) => vm.name)).toEqual(['web-01', 'web-01 (rg-b)']);
		expect(read.problems.map((p) => p.message)).toEqual([
			expect.stringContaining('listed twice'),
			expect.stringContaining('Two VMs are named web-01'),
		]);
	});

	it('never throws, whatever the JSON', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const read = readVmExport(JSON.stringify(value));
				if (!read.ok) expect(read.error.length).toBeGreaterThan(0);
			}),
		);
	});
});
