import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkload } from '~/model/index.ts';
import { importAzVmList, namePrefix, toWorkloadInput } from '~/model/schema/import/index.ts';
import { vmSizeByName, vmSizes } from '~/model/facts/vmSizes/index.ts';

const sample = readFileSync(
	new URL('../../../../examples/import/az-vm-list-sample.json', import.meta.url),
	'utf8',
);

function vm(name: string, vmSize: string, extra: Record<string, unknown> = {}) {
	return {
		name,
		location: 'westeurope',
		hardwareProfile: { vmSize },
		storageProfile: { osDisk: { diskSizeGb: 30 }, dataDisks: [] },
		tags: {},
		...extra,
	};
}

function ok(text: string, options?: Parameters<typeof importAzVmList>[1]) {
	const result = importAzVmList(text, options);
	if (!result.ok) throw new Error(result.error);
	return result;
}

describe('the VM size table', () => {
	it('knows common sizes, in any case, with or without Standard_', () => {
		expect(vmSizeByName('Standard_D4s_v5')).toMatchObject({ vcpu: 4, memoryGiB: 16 });
		expect(vmSizeByName('standard_e8s_v5')).toMatchObject({ vcpu: 8, memoryGiB: 64 });
		expect(vmSizeByName('F16s_v2')).toMatchObject({ vcpu: 16, memoryGiB: 32 });
	});

	it('returns undefined for a size it does not list, rather than a guess', () => {
		expect(vmSizeByName('Standard_A2_v2')).toBeUndefined();
		expect(vmSizeByName('Standard_D4s_v9')).toBeUndefined();
	});

	it('lists each size once, each with a source and plausible figures', () => {
		const names = vmSizes.map((s) => s.name.toLowerCase());
		expect(new Set(names).size).toBe(names.length);
		for (const s of vmSizes) {
			expect(s.source.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
			expect(Number.isInteger(s.vcpu) && s.vcpu > 0).toBe(true);
			expect(s.memoryGiB).toBeGreaterThan(0);
			// The vCPU count is in the size name (D4s → 4), with its suffixes, and a version but for Bv1.
			expect(s.name).toMatch(new RegExp(`^Standard_[A-Z]+${s.vcpu}[a-z]*(_v\\d)?$`));
		}
	});
});

describe('importing the sample estate', () => {
	it('groups VMs by the tier tag, with counts, sizes, disks and the source region', () => {
		const result = ok(sample, { sizes: { Standard_A2_v2: { vcpu: 2, memoryGiB: 4 } } });
		expect(result.grouping).toBe('tag');
		expect(result.questions).toEqual([]);
		expect(result.workload.sourceRegion).toBe('westeurope');
		expect(result.workload.sourceHasPair).toBe(true);
		const tiers = Object.fromEntries(result.workload.tiers.map((t) => [t.name, t]));
		expect(tiers['web']).toMatchObject({
			kind: 'stateless',
			vmCount: 3,
			vcpu: 2,
			memoryGiB: 8,
			disksPerVm: 1,
			dataGiB: 30,
		});
		expect(tiers['api']).toMatchObject({ vmCount: 2, vcpu: 4, memoryGiB: 16 });
		expect(tiers['database']).toMatchObject({
			kind: 'stateful',
			data: 'vm-plain',
			vmCount: 1,
			vcpu: 8,
			memoryGiB: 64,
			disksPerVm: 3,
			dataGiB: 127 + 512 + 256,
		});
		expect(tiers['ops']).toMatchObject({ vmCount: 1, vcpu: 2, memoryGiB: 4 });
	});

	it('asks for a size the table does not know, naming the VMs', () => {
		const result = ok(sample);
		expect(result.questions).toEqual([{ vmSize: 'Standard_A2_v2', vms: ['shop-jump-01'] }]);
		const ops = result.workload.tiers.find((t) => t.name === 'ops');
		expect(ops?.vcpu).toBeUndefined();
		const input = toWorkloadInput(result.workload, result.questions);
		expect(input.ok).toBe(false);
		if (!input.ok) expect(input.error).toContain('Standard_A2_v2 (shop-jump-01)');
	});

	it('makes a workload the schema accepts once every size is known', () => {
		const result = ok(sample, { sizes: { standard_a2_v2: { vcpu: 2, memoryGiB: 4 } } });
		const input = toWorkloadInput(result.workload, result.questions);
		if (!input.ok) throw new Error(input.error);
		expect(input.workload.sourceRegion).toBe('westeurope');
		const parsed = parseWorkload(input.workload);
		expect(parsed.ok).toBe(true);
		if (parsed.ok) expect(parsed.workload.sourceRegion).toBe('westeurope');
	});

	it('groups by name prefix when asked, or when no VM has the tag', () => {
		const byPrefix = ok(sample, { prefixGrouping: true });
		expect(byPrefix.grouping).toBe('prefix');
		expect(byPrefix.workload.tiers.map((t) => t.name).sort()).toEqual([
			'shop-api',
			'shop-jump',
			'shop-sql',
			'shop-web',
		]);
		const otherTag = ok(sample, { tagKey: 'role' });
		expect(otherTag.grouping).toBe('prefix');
		expect(otherTag.notices.join(' ')).toContain('No VM has a "role" tag');
	});
});

describe('names and groups', () => {
	it('takes trailing numbers and separators off a name', () => {
		expect(namePrefix('web-01')).toBe('web');
		expect(namePrefix('sqlprod02')).toBe('sqlprod');
		expect(namePrefix('app_fe-3')).toBe('app_fe');
		expect(namePrefix('42')).toBe('42');
	});

	it('puts untagged VMs in a prefix group and says which', () => {
		const text = JSON.stringify([
			vm('web-1', 'Standard_D2s_v5', { tags: { tier: 'web' } }),
			vm('batch-1', 'Standard_D2s_v5'),
		]);
		const result = ok(text);
		expect(result.workload.tiers.map((t) => t.name)).toEqual(['web', 'batch']);
		expect(result.notices.join(' ')).toContain('batch-1');
	});

	it('says when VMs span regions and picks the one with most VMs', () => {
		const text = JSON.stringify([
			vm('a-1', 'Standard_D2s_v5'),
			vm('a-2', 'Standard_D2s_v5'),
			vm('a-3', 'Standard_D2s_v5', { location: 'italynorth' }),
		]);
		const result = ok(text);
		expect(result.workload.sourceRegion).toBe('westeurope');
		expect(result.notices.join(' ')).toContain('italynorth');
		const italy = ok(JSON.stringify([vm('a-1', 'Standard_D2s_v5', { location: 'italynorth' })]));
		expect(italy.workload.sourceHasPair).toBe(false);
	});

	it('keeps an unknown location out of the workload and suggests names', () => {
		const result = ok(JSON.stringify([vm('a-1', 'Standard_D2s_v5', { location: 'westeurop' })]));
		expect(result.workload.sourceRegion).toBeUndefined();
		expect(result.notices.join(' ')).toContain('westeurope');
	});

	it('counts every VM exactly once, whatever the tags', () => {
		const known = vmSizes.map((s) => s.name);
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						size: fc.constantFrom(...known),
						tag: fc.option(fc.constantFrom('web', 'db', 'app'), { nil: undefined }),
						disks: fc.array(fc.integer({ min: 1, max: 4096 }), { maxLength: 4 }),
					}),
					{ minLength: 1, maxLength: 40 },
				),
				(specs) => {
					const text = JSON.stringify(
						specs.map((s, i) =>
							vm(`vm-${i}`, s.size, {
								tags: s.tag === undefined ? {} : { tier: s.tag },
								storageProfile: {
									osDisk: { diskSizeGb: 30 },
									dataDisks: s.disks.map((d) => ({ diskSizeGb: d })),
								},
							}),
						),
					);
					const result = ok(text);
					const counted = result.workload.tiers.reduce((n, t) => n + t.vmCount, 0);
					expect(counted).toBe(specs.length);
					expect(result.questions).toEqual([]);
					const input = toWorkloadInput(result.workload, result.questions);
					if (!input.ok) throw new Error(input.error);
					expect(parseWorkload(input.workload).ok).toBe(true);
				},
			),
		);
	});
});

describe('input that is not az vm list output', () => {
	it.each([
		['not JSON', '{oops', 'not JSON'],
		['an object', '{"subscriptionId": "x"}', 'an object with subscriptionId'],
		['an empty list', '[]', 'empty'],
		['items without a size', '[{"name": "a", "location": "westeurope"}]', 'hardwareProfile.vmSize'],
		['a list of strings', '["westeurope"]', 'not a VM object'],
	])('%s gets a message saying what was expected', (_, text, part) => {
		const result = importAzVmList(text);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error).toContain(part);
			expect(result.error.split('\n')).toHaveLength(1);
		}
	});

	it('accepts the REST API list response and says so', () => {
		const result = ok(JSON.stringify({ value: [vm('a-1', 'Standard_D2s_v5')] }));
		expect(result.workload.tiers).toHaveLength(1);
		expect(result.notices[0]).toContain('value');
	});

	it('never throws on arbitrary JSON', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const result = importAzVmList(JSON.stringify(value));
				if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
			}),
		);
	});
});

describe('issue 18: the import fills the size, operating system, licences and disk type', () => {
	it('takes what every VM of a tier shares from the listing', () => {
		const windows = (name: string) =>
			vm(name, 'Standard_E8s_v5', {
				tags: { tier: 'sql' },
				licenseType: 'Windows_Server',
				storageProfile: {
					osDisk: {
						diskSizeGb: 128,
						osType: 'Windows',
						managedDisk: { storageAccountType: 'StandardSSD_LRS' },
					},
					dataDisks: [{ diskSizeGb: 1024 }],
				},
			});
		const result = ok(JSON.stringify([windows('sql-1'), windows('sql-2')]));
		expect(result.workload.tiers[0]).toMatchObject({
			vmSize: 'Standard_E8s_v5',
			os: 'windows',
			hybridBenefit: true,
			diskType: 'standard-ssd',
		});
		const input = toWorkloadInput(result.workload, result.questions);
		if (!input.ok) throw new Error(input.error);
		const parsed = parseWorkload(input.workload);
		expect(parsed.ok && parsed.workload.tiers[0]).toMatchObject({
			vmSize: 'Standard_E8s_v5',
			vcpu: 8,
		});
	});
	it('leaves the size out when the tier mixes sizes', () => {
		const result = ok(
			JSON.stringify([
				vm('a-1', 'Standard_D2s_v5', { tags: { tier: 'a' } }),
				vm('a-2', 'Standard_D4s_v5', { tags: { tier: 'a' } }),
			]),
		);
		expect(result.workload.tiers[0]?.vmSize).toBeUndefined();
	});
});

describe('disk and security types from az vm list (issue 20)', () => {
	it('imports the most restrictive disk type and Trusted Launch or confidential per tier', () => {
		const list = [
			vm('db1', 'Standard_D4s_v5', {
				tags: { tier: 'db' },
				securityProfile: { securityType: 'TrustedLaunch' },
				storageProfile: {
					osDisk: { diskSizeGb: 128, managedDisk: { storageAccountType: 'Premium_LRS' } },
					dataDisks: [{ diskSizeGb: 512, managedDisk: { storageAccountType: 'UltraSSD_LRS' } }],
				},
			}),
			vm('web1', 'Standard_D4s_v5', {
				tags: { tier: 'web' },
				storageProfile: {
					osDisk: { diskSizeGb: 64, managedDisk: { storageAccountType: 'StandardSSD_LRS' } },
				},
			}),
		];
		const r = ok(JSON.stringify(list));
		const db = r.workload.tiers.find((t) => t.name === 'db');
		const web = r.workload.tiers.find((t) => t.name === 'web');
		expect(db).toMatchObject({ diskType: 'ultra', securityType: 'trusted-launch' });
		expect(web?.diskType).toBe('standard-ssd');
		expect(web?.securityType).toBeUndefined();
		const input = toWorkloadInput(r.workload, r.questions);
		if (!input.ok) throw new Error(input.error);
		const parsed = parseWorkload(input.workload);
		expect(parsed.ok && parsed.workload.tiers.find((t) => t.name === 'db')?.diskType).toBe('ultra');
	});
});

describe('zones', () => {
	const listing = JSON.stringify([
		vm('web-01', 'Standard_D4s_v5', { zones: ['1'], tags: { tier: 'web' } }),
		vm('web-02', 'Standard_D4s_v5', { zones: ['2'], tags: { tier: 'web' } }),
		vm('web-03', 'Standard_D4s_v5', { tags: { tier: 'web' } }),
		vm('db-01', 'Standard_D4s_v5', { tags: { tier: 'db' } }),
	]);

	it('reads each VM’s zones and gives every tier its zones and its VMs in no zone', () => {
		const result = ok(listing);
		const web = result.workload.tiers.find((t) => t.name === 'web')!;
		const db = result.workload.tiers.find((t) => t.name === 'db')!;
		expect(web.zones).toEqual(['1', '2']);
		expect(web.regionalVms).toBe(1);
		expect(db.zones).toEqual([]);
		expect(db.regionalVms).toBe(1);
	});

	it('notes that zones do not cover a region', () => {
		const notice = ok(listing).notices.find((n) => n.includes('zone'));
		expect(notice).toMatch(/web runs in zones 1, 2/);
		expect(notice).toMatch(/not against a region outage/);
	});
});

describe('data disks as the listing gives them (issue 23 point 1)', () => {
	const disks = (...gib: (number | undefined)[]) => ({
		storageProfile: {
			osDisk: { diskSizeGb: 127, managedDisk: { storageAccountType: 'Premium_LRS' } },
			dataDisks: gib.map((g, lun) => ({
				lun,
				...(g === undefined ? {} : { diskSizeGb: g }),
				managedDisk: { storageAccountType: 'Premium_LRS' },
			})),
		},
		tags: { tier: 'db' },
	});
	const planned = (vms: unknown[]) => {
		const result = ok(JSON.stringify(vms));
		const input = toWorkloadInput(result.workload, result.questions);
		if (!input.ok) throw new Error(input.error);
		const parsed = parseWorkload(input.workload);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
		return { result, tier: parsed.workload.tiers[0] };
	};
	it('reach the plan when every VM of the tier has the same disks: each priced at its size', () => {
		const { tier } = planned([
			vm('db1', 'Standard_E8s_v5', disks(128, 1024, 512)),
			vm('db2', 'Standard_E8s_v5', disks(128, 1024, 512)),
		]);
		expect(tier).toMatchObject({
			dataDiskSizesGiB: [128, 1024, 512],
			dataGiB: 1664,
			disksPerVm: 4,
			diskType: 'premium-ssd',
		});
	});
	it('are not guessed where the VMs differ or a size is missing: the notice says what to give', () => {
		const differ = planned([
			vm('db1', 'Standard_E8s_v5', disks(128, 1024)),
			vm('db2', 'Standard_E8s_v5', disks(128, 512)),
		]);
		expect(differ.tier?.dataDiskSizesGiB).toBeUndefined();
		expect(differ.result.notices.join(' ')).toContain(
			'Tier db: its VMs’ data disks differ from VM to VM, so its data is priced spread evenly over equal disks (dataGiB, disksPerVm); give tiers[].dataDiskSizesGiB',
		);
		const missing = planned([vm('db1', 'Standard_E8s_v5', disks(128, undefined))]);
		expect(missing.tier?.dataDiskSizesGiB).toBeUndefined();
		expect(missing.result.notices.join(' ')).toContain(
			'Tier db: a data disk has no size in the listing',
		);
	});
});
