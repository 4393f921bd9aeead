/**
 * Issue 22: Terraform that applies. Each defect found in review, each piece the plan needs, the
 * provider's apply-time rules and the canonical layout, checked on the output.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkload, type Plan, type Workload, type WorkloadInput } from '~/model/index.ts';
import {
	AZURERM_VERSION,
	runbookWithResources,
	terraformForPlan,
	terraformForWorkload,
} from '~/model/engine/terraform.ts';
import { APPLY_RULES, applyRuleViolations, possibleNames } from '~/model/kit/applyRules.ts';
import { AZURE_DISK_SKU as DISK_SKUS, DISK_TYPES } from '~/model/schema/diskTypes.ts';
import { attr, block, expr, renderHcl, type HclBody } from '~/model/kit/hcl.ts';
import { valid } from './arbitraries.ts';
import {
	first,
	loadHclParserFirst,
	planWith,
	resourceBlock,
	resourcesOfType,
} from './terraformHelpers.ts';
import {
	checkAgainstSnapshot,
	loadSnapshot,
	parseHcl,
	resourceAddresses,
	unresolvedReferences,
	type HclJson,
} from './terraformSnapshot.ts';

const schema = loadSnapshot(AZURERM_VERSION);
loadHclParserFirst();

/** The content of the replicated VM's dynamic managed_disk block. */
const diskContent = (json: HclJson) => {
	const dynamic = resourceBlock(json, 'azurerm_site_recovery_replicated_vm', 'db')[
		'dynamic'
	] as Record<string, Record<string, unknown>[]>;
	return first(dynamic['managed_disk']?.[0]?.['content']);
};
async function checked(plan: Plan, options = {}) {
	const r = terraformForPlan(plan, options);
	if (!r.ok) throw new Error(r.message);
	const json = await parseHcl(r.hcl);
	expect(checkAgainstSnapshot(json, schema)).toEqual([]);
	expect(unresolvedReferences(json)).toEqual([]);
	expect(r.ruleViolations).toEqual([]);
	return { r, json };
}

const workload = (extra: Partial<WorkloadInput> = {}): Workload =>
	valid({
		tiers: [
			{ name: 'web front', kind: 'stateless', vmCount: 3 },
			{ name: 'db', kind: 'stateful', data: 'vm-replication', vmCount: 2, dailyChangeGiB: 1 },
		],
		rtoMinutes: 60,
		rpoMinutes: 15,
		configAsCode: true,
		...extra,
	});
const frontDoor = {
	routing: {
		router: 'front-door' as const,
		probeIntervalSeconds: 30,
		toleratedFailures: 2,
		ttlSeconds: 60,
	},
};

describe('defects that made apply fail', () => {
	it('Front Door: the route does not ask for an HTTPS redirect while it supports HTTPS only', async () => {
		const { json } = await checked(planWith(workload(frontDoor), { db: 'site-recovery-a2a' }));
		const route = resourceBlock(json, 'azurerm_cdn_frontdoor_route', 'dr');
		expect(route['supported_protocols']).toEqual(['Https']);
		expect(route['https_redirect_enabled']).toBe(false);
	});

	it('a scale set in a capacity reservation group is not a single placement group', async () => {
		const plan = planWith(workload(), { 'web front': 'scale-set-rebuild/warm' });
		const { json } = await checked(plan, { reserveCapacityFor: ['web front'] });
		const set = resourceBlock(json, 'azurerm_orchestrated_virtual_machine_scale_set', 'web_front');
		expect(set['capacity_reservation_group_id']).toBe(
			'${azurerm_capacity_reservation_group.web_front.id}',
		);
		expect(set['single_placement_group']).toBe(false);
	});

	it('the standby pool attaches to a Flexible scale set, under a name the provider accepts', async () => {
		const { json } = await checked(
			planWith(workload(), { 'web front': 'scale-set-rebuild/standby-pool' }),
		);
		expect(resourcesOfType(json, 'azurerm_linux_virtual_machine_scale_set')).toEqual([]);
		const pool = resourceBlock(json, 'azurerm_virtual_machine_scale_set_standby_pool', 'web_front');
		expect(pool['attached_virtual_machine_scale_set_id']).toBe(
			'${azurerm_orchestrated_virtual_machine_scale_set.web_front.id}',
		);
		// With the longest name_prefix the variable accepts (12 characters).
		const name = String(pool['name']).replace('${var.name_prefix}', 'abcdefghijkl');
		expect(name).toMatch(/^[a-zA-Z0-9-]{3,24}$/);
	});

	it('the image definition says its Hyper-V generation (V2 by default), not the provider’s V1', async () => {
		const { json } = await checked(planWith(workload(), { 'web front': 'captured-image' }));
		expect(resourceBlock(json, 'azurerm_shared_image', 'web_front')['hyper_v_generation']).toBe(
			'${var.image_hyper_v_generation}',
		);
		const variable = (json['variable'] as Record<string, Record<string, unknown>[]>)[
			'image_hyper_v_generation'
		]?.[0];
		expect(variable?.['default']).toBe('V2');
	});
});

describe('defects that behaved wrongly once applied', () => {
	it('replicated VMs are keyed by VM name, so reordering the list keeps their replication', async () => {
		const { json } = await checked(planWith(workload(), { db: 'site-recovery-a2a' }));
		const vm = resourceBlock(json, 'azurerm_site_recovery_replicated_vm', 'db');
		expect(vm['for_each']).toBe('${{ for vm in var.db_vms : basename(vm.id) => vm }}');
		expect(String(vm['for_each'])).not.toMatch(/tostring\(i\)/);
	});

	it('both container mappings update the mobility agent automatically, through the automation account', async () => {
		const { json } = await checked(planWith(workload(), { db: 'site-recovery-a2a' }));
		for (const key of ['primary_to_secondary', 'secondary_to_primary']) {
			const update = first(
				resourceBlock(json, 'azurerm_site_recovery_protection_container_mapping', key)[
					'automatic_update'
				],
			);
			expect(update['enabled']).toBe(true);
			expect(update['automation_account_id']).toBe('${azurerm_automation_account.dr.id}');
		}
	});

	it('the routing profiles live in their own resource group, not the primary one', async () => {
		for (const w of [workload(), workload(frontDoor)]) {
			const { json } = await checked(planWith(w, { db: 'site-recovery-a2a' }));
			const profile =
				w.routing.router === 'front-door'
					? resourceBlock(json, 'azurerm_cdn_frontdoor_profile', 'dr')
					: resourceBlock(json, 'azurerm_traffic_manager_profile', 'dr');
			expect(profile['resource_group_name']).toBe('${var.routing_resource_group_name}');
		}
	});

	it('an active/active tier gets both regions serving: equal Front Door priorities, weighted Traffic Manager', async () => {
		const fd = await checked(
			planWith(workload(frontDoor), { 'web front': 'scale-set-rebuild/active-active' }),
		);
		const priorities = ['primary', 'secondary'].map(
			(o) => resourceBlock(fd.json, 'azurerm_cdn_frontdoor_origin', o)['priority'],
		);
		expect(priorities).toEqual([1, 1]);
		const tm = await checked(
			planWith(workload(), { 'web front': 'scale-set-rebuild/active-active' }),
		);
		expect(
			resourceBlock(tm.json, 'azurerm_traffic_manager_profile', 'dr')['traffic_routing_method'],
		).toBe('Weighted');
		// Active/passive keeps the priorities.
		const passive = await checked(
			planWith(workload(frontDoor), { 'web front': 'scale-set-rebuild/cold' }),
		);
		expect(
			resourceBlock(passive.json, 'azurerm_cdn_frontdoor_origin', 'secondary')['priority'],
		).toBe(2);
	});

	it('the reservation holds the VM size Site Recovery fails over to, and the VMs wait for it', async () => {
		const plan = planWith(workload(), { db: 'site-recovery-a2a' });
		const { json } = await checked(plan, { reserveCapacityFor: ['db'] });
		const vm = resourceBlock(json, 'azurerm_site_recovery_replicated_vm', 'db');
		const reservation = resourceBlock(json, 'azurerm_capacity_reservation', 'db');
		expect(vm['target_virtual_machine_size']).toBe('${var.db_vm_size}');
		expect(first(reservation['sku'])['name']).toBe('${var.db_vm_size}');
		expect(String(vm['depends_on'])).toContain('azurerm_capacity_reservation.db');
	});

	it('shipped application backups get container delete retention and an immutability policy', async () => {
		const plan = planWith(workload({ corruptionProtection: true }), {
			db: 'app-backup-shipping',
		});
		const { json } = await checked(plan);
		const account = resourceBlock(json, 'azurerm_storage_account', 'db_backups');
		const blob = first(account['blob_properties']);
		expect(first(blob['container_delete_retention_policy'])['days']).toBeGreaterThan(0);
		const policy = first(account['immutability_policy']);
		expect(policy['state']).toBe('${var.app_backup_immutability_state}');
		expect(policy['period_since_creation_in_days']).toBeGreaterThan(0);
		const variable = (json['variable'] as Record<string, Record<string, unknown>[]>)[
			'app_backup_immutability_state'
		]?.[0];
		// Its default is the workload's protection.immutability: locked when it says nothing.
		expect(variable?.['default']).toBe('Locked');
		for (const [immutability, state] of [
			['none', 'Disabled'],
			['unlocked', 'Unlocked'],
		] as const) {
			const asked = planWith(
				workload({ corruptionProtection: true, protection: { immutability, retentionDays: 45 } }),
				{ db: 'app-backup-shipping' },
			);
			const out = (await checked(asked)).json;
			expect(
				(out['variable'] as Record<string, Record<string, unknown>[]>)[
					'app_backup_immutability_state'
				]?.[0]?.['default'],
			).toBe(state);
			const kept = first(
				resourceBlock(out, 'azurerm_storage_account', 'db_backups')['immutability_policy'],
			);
			expect(kept['period_since_creation_in_days']).toBe(45);
		}
	});
});

describe('complete for the plan it deploys', () => {
	it('Site Recovery: recovery network with a subnet and NSG per tier, a test network, failback mappings, vault alerts', async () => {
		const { json } = await checked(planWith(workload(), { db: 'site-recovery-a2a' }));
		expect(resourcesOfType(json, 'azurerm_virtual_network').sort()).toEqual([
			'recovery',
			'test_failover',
		]);
		expect(
			resourceBlock(json, 'azurerm_subnet_network_security_group_association', 'db'),
		).toBeDefined();
		const vm = resourceBlock(json, 'azurerm_site_recovery_replicated_vm', 'db');
		expect(vm['target_network_id']).toBe('${azurerm_virtual_network.recovery.id}');
		expect(vm['test_network_id']).toBe('${azurerm_virtual_network.test_failover.id}');
		const nic = first(vm['network_interface']);
		expect(nic['target_subnet_name']).toBe('${azurerm_subnet.db.name}');
		expect(nic['failover_test_subnet_name']).toBe('${azurerm_subnet.db_test.name}');
		expect(resourcesOfType(json, 'azurerm_site_recovery_network_mapping').sort()).toEqual([
			'primary_to_secondary',
			'secondary_to_primary',
		]);
		const back = resourceBlock(
			json,
			'azurerm_site_recovery_protection_container_mapping',
			'secondary_to_primary',
		);
		expect(back['recovery_target_protection_container_id']).toBe(
			'${azurerm_site_recovery_protection_container.primary.id}',
		);
		const rule = resourceBlock(
			json,
			'azurerm_monitor_alert_processing_rule_action_group',
			'asr_health',
		);
		expect(rule['scopes']).toEqual(['${azurerm_recovery_services_vault.asr.id}']);
		expect(rule['add_action_group_ids']).toEqual(['${azurerm_monitor_action_group.dr.id}']);
	});

	it('application replication: the recovery network is peered with the primary both ways', async () => {
		const { json } = await checked(planWith(workload(), { db: 'app-replication/full' }));
		expect(resourcesOfType(json, 'azurerm_virtual_network_peering').sort()).toEqual([
			'primary_to_recovery',
			'recovery_to_primary',
		]);
		expect(
			resourceBlock(json, 'azurerm_network_interface', 'db')['ip_configuration'],
		).toBeDefined();
	});

	it('operations.trigger automation: routing alert -> action group -> webhook -> runbook that fails the recovery plan over', async () => {
		for (const router of ['traffic-manager', 'front-door'] as const) {
			const w = workload({
				operations: { trigger: 'automation' },
				routing: { router, probeIntervalSeconds: 30, toleratedFailures: 2, ttlSeconds: 60 },
			});
			const { json } = await checked(planWith(w, { db: 'site-recovery-a2a' }));
			const alert = resourceBlock(json, 'azurerm_monitor_metric_alert', 'primary_down');
			expect(String(alert['scopes'])).toContain(
				router === 'front-door'
					? 'azurerm_cdn_frontdoor_profile.dr'
					: 'azurerm_traffic_manager_profile.dr',
			);
			const actions = (alert['action'] as Record<string, unknown>[]).map(
				(a) => a['action_group_id'],
			);
			expect(actions).toContain('${azurerm_monitor_action_group.failover.id}');
			const receiver = first(
				resourceBlock(json, 'azurerm_monitor_action_group', 'failover')[
					'automation_runbook_receiver'
				],
			);
			expect(receiver['webhook_resource_id']).toBe('${azurerm_automation_webhook.failover.id}');
			const webhook = resourceBlock(json, 'azurerm_automation_webhook', 'failover');
			expect((webhook['parameters'] as Record<string, string>)['planname']).toBe(
				'${azurerm_site_recovery_replication_recovery_plan.plan.name}',
			);
			expect(
				String(resourceBlock(json, 'azurerm_automation_runbook', 'failover')['content']),
			).toMatch(/Start-AzRecoveryServicesAsrUnplannedFailoverJob -RecoveryPlan/);
		}
		const people = await checked(planWith(workload(), { db: 'site-recovery-a2a' }));
		expect(resourcesOfType(people.json, 'azurerm_automation_webhook')).toEqual([]);
	});

	it('configuration as code: rebuilt instances get custom data where the plan relies on it', async () => {
		const on = await checked(planWith(workload(), { 'web front': 'scale-set-rebuild/cold' }));
		const profile = first(
			resourceBlock(on.json, 'azurerm_orchestrated_virtual_machine_scale_set', 'web_front')[
				'os_profile'
			],
		);
		expect(profile['custom_data']).toBe('${var.web_front_custom_data}');
		const off = await checked(
			planWith(workload({ configAsCode: false }), { 'web front': 'scale-set-rebuild/cold' }),
		);
		expect(
			first(
				resourceBlock(off.json, 'azurerm_orchestrated_virtual_machine_scale_set', 'web_front')[
					'os_profile'
				],
			),
		).not.toHaveProperty('custom_data');
	});

	it('disk copies on an interval: the job runs on the plan’s interval', async () => {
		const w = workload();
		const plan = planWith(w, { db: 'disk-copy-interval' });
		const tp = plan.tiers.find((t) => t.tier === 'db');
		const minutes = Number(/^(\d+) min interval/.exec(tp?.recommended.rpo.formula ?? '')?.[1]);
		expect(minutes).toBeGreaterThan(0);
		const { json } = await checked(plan);
		const schedule = resourceBlock(json, 'azurerm_automation_schedule', 'db_disk_copy');
		if (minutes < 1440) {
			expect(schedule['frequency']).toBe('Hour');
			const job = resourceBlock(json, 'azurerm_automation_job_schedule', 'db_disk_copy');
			expect((job['parameters'] as Record<string, string>)['intervalminutes']).toBe(
				String(Math.min(minutes, 60)),
			);
		} else expect(schedule['frequency']).toBe('Day');
	});
});

describe('disk types: the Terraform uses the type the plan prices', () => {
	it('when the tier names no type: Premium_LRS after failover, Standard_LRS replicas (what the plan prices)', async () => {
		const plan = planWith(workload(), { db: 'site-recovery-a2a' });
		const { json } = await checked(plan);
		const content = diskContent(json);
		expect(content['target_disk_type']).toBe('Premium_LRS');
		expect(content['target_replica_disk_type']).toBe('Standard_LRS');
		const replicaLine = plan.tiers
			.flatMap((t) => t.recommended.cost.lines)
			.find((l) => l.label.startsWith('Replica managed disks'));
		expect(replicaLine?.meter.sku).toMatch(/Standard HDD/);
	});

	it('each tiers[].diskType and replicaDiskType maps to its Azure SKU', async () => {
		for (const [type, sku] of Object.entries(DISK_SKUS) as [
			(typeof DISK_TYPES)[number],
			string,
		][]) {
			const w = workload();
			// The fields the cost engineer adds to the schema; set on the parsed tier here.
			const tiers = w.tiers.map((t) => ({
				...t,
				diskType: type,
				replicaDiskType: 'standard-ssd' as const,
			}));
			const plan = planWith({ ...w, tiers }, { db: 'site-recovery-a2a' });
			const { json } = await checked(plan);
			const content = diskContent(json);
			expect(content['target_disk_type']).toBe(sku);
			expect(content['target_replica_disk_type']).toBe('StandardSSD_LRS');
		}
	});
});

describe('the apply-time rules', () => {
	it('each rule names its provider source at the pinned release', () => {
		expect(APPLY_RULES.length).toBeGreaterThanOrEqual(10);
		for (const rule of APPLY_RULES)
			expect(rule.source).toMatch(
				new RegExp(
					`^https://github\\.com/hashicorp/terraform-provider-azurerm/blob/v${AZURERM_VERSION.replace(/\./g, '\\.')}/`,
				),
			);
		expect(new Set(APPLY_RULES.map((r) => r.id)).size).toBe(APPLY_RULES.length);
	});

	const resource = (type: string, body: HclBody) => block('resource', [type, 'x'], body);
	const prefixed = (suffix: string) => expr(`"\${var.name_prefix}${suffix}"`);
	// The review's defects, written as the old output wrote them: each rule catches its own.
	const bad: [string, HclBody, string][] = [
		[
			'azurerm_cdn_frontdoor_route',
			[attr('supported_protocols', ['Https'])],
			'frontdoor-route-https-redirect',
		],
		[
			'azurerm_linux_virtual_machine_scale_set',
			[
				attr('name', prefixed('-web')),
				attr('capacity_reservation_group_id', expr('azurerm_capacity_reservation_group.x.id')),
			],
			'scale-set-reservation-single-placement-group',
		],
		[
			// An Ultra Disk data disk on a scale set without Ultra Disk compatibility.
			'azurerm_orchestrated_virtual_machine_scale_set',
			[
				attr('name', prefixed('-web')),
				block('data_disk', [], [attr('storage_account_type', 'UltraSSD_LRS')]),
			],
			'scale-set-ultra-disk-capability',
		],
		[
			'azurerm_virtual_machine_scale_set_standby_pool',
			[
				attr('name', prefixed('-web_front-pool')),
				attr(
					'attached_virtual_machine_scale_set_id',
					expr('azurerm_linux_virtual_machine_scale_set.web.id'),
				),
			],
			'standby-pool-flexible-scale-set',
		],
		[
			'azurerm_virtual_machine_scale_set_standby_pool',
			[attr('name', prefixed('-web-front-pool'))],
			'standby-pool-name',
		],
		['azurerm_shared_image', [attr('name', 'web-image')], 'shared-image-hyper-v-generation'],
		[
			'azurerm_traffic_manager_profile',
			[
				block(
					'monitor_config',
					[],
					[attr('interval_in_seconds', 10), attr('timeout_in_seconds', 10)],
				),
			],
			'traffic-manager-probe-timeout',
		],
		['azurerm_storage_account', [attr('name', prefixed('-backups'))], 'storage-account-name'],
		[
			'azurerm_monitor_action_group',
			[attr('short_name', 'disaster-recovery')],
			'action-group-short-name',
		],
		['azurerm_automation_account', [attr('name', 'dr')], 'automation-account-name'],
		['azurerm_automation_runbook', [attr('name', '-copy')], 'automation-runbook-name'],
		[
			'azurerm_recovery_services_vault',
			[attr('name', prefixed('_vault'))],
			'recovery-services-vault-name',
		],
		[
			'azurerm_linux_virtual_machine',
			[attr('name', expr('"${var.name_prefix}-web_front-replica-${count.index}"'))],
			'linux-computer-name',
		],
		[
			// The VM's name is its computer name when none is given: over 15 characters.
			'azurerm_windows_virtual_machine',
			[attr('name', expr('"${var.name_prefix}-sql-${count.index}"'))],
			'windows-computer-name',
		],
		[
			'azurerm_orchestrated_virtual_machine_scale_set',
			[
				attr('name', expr('"${var.name_prefix}-web"')),
				block(
					'os_profile',
					[],
					[block('windows_configuration', [], [attr('admin_username', 'a')])],
				),
			],
			'windows-computer-name',
		],
	];
	for (const [type, body, id] of bad)
		it(`${id} catches ${type} written wrong`, () => {
			const found = applyRuleViolations([resource(type, body)]);
			expect(found.map((f) => f.split(': ')[1])).toContain(id);
		});

	it('every rule is exercised by a bad example above', () => {
		expect(new Set(bad.map(([, , id]) => id))).toEqual(new Set(APPLY_RULES.map((r) => r.id)));
	});

	it('names are tried with the longest and the shortest prefix; unknown parts are not guessed', () => {
		expect(possibleNames(expr('"${var.name_prefix}-x"'))).toEqual(['abcdefghijkl-x', 'abc-x']);
		expect(possibleNames(expr('substr("${var.name_prefix}webbak", 0, 24)'))).toEqual([
			'abcdefghijklwebbak',
			'abcwebbak',
		]);
		expect(possibleNames(expr('var.name'))).toBeUndefined();
		expect(possibleNames(expr('"${var.other}-x"'))).toBeUndefined();
	});
});

describe('canonical layout (terraform fmt)', () => {
	it('aligns the = of consecutive one-line attributes; a multi-line value, a block or a comment ends the run', () => {
		const hcl = renderHcl([
			block(
				'resource',
				['t', 'n'],
				[
					attr('name', 'a'),
					attr('for_each', expr('var.x')),
					attr('tags', { a: 1, bbb: 2 }),
					attr('abc', 1),
					block('inner', [], [attr('x', 1), attr('longer', 2)]),
					attr('d', true),
				],
			),
		]);
		expect(hcl).toBe(
			[
				'resource "t" "n" {',
				'  name     = "a"',
				'  for_each = var.x',
				'  tags = {',
				'    a   = 1',
				'    bbb = 2',
				'  }',
				'  abc = 1',
				'  inner {',
				'    x      = 1',
				'    longer = 2',
				'  }',
				'  d = true',
				'}',
				'',
			].join('\n'),
		);
	});

	// Runs only where the terraform CLI is installed (it is not a dependency of the project).
	const terraform = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((p) => existsSync(p));
	it.skipIf(terraform === undefined)(
		'terraform fmt -check leaves the output of every pattern unchanged (needs the terraform CLI)',
		() => {
			const dir = mkdtempSync(join(tmpdir(), 'tf-fmt-'));
			try {
				const choices = [
					{ 'web front': 'scale-set-rebuild/standby-pool', db: 'site-recovery-a2a' },
					{ 'web front': 'scale-set-rebuild/active-active', db: 'app-replication/full' },
					{ 'web front': 'captured-image', db: 'app-backup-shipping' },
					{ 'web front': 'disk-copy', db: 'disk-copy-interval' },
				];
				choices.forEach((choice, i) => {
					const w = workload({ operations: { trigger: 'automation' }, corruptionProtection: true });
					const r = terraformForPlan(planWith(w, choice), { reserveCapacityFor: ['db'] });
					if (!r.ok) throw new Error(r.message);
					writeFileSync(join(dir, `p${i}.tf`), r.hcl);
				});
				// Exits non-zero and lists the files it would change when any is not canonical.
				execFileSync(terraform ?? 'terraform', ['fmt', '-check', '-no-color', dir], {
					stdio: 'pipe',
				});
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		},
	);
});

describe('the resources the Terraform emits are all in the committed schema', () => {
	it('every resource type of every pattern is in azurerm-schema.json', async () => {
		const w = workload({ operations: { trigger: 'automation' }, corruptionProtection: true });
		const seen = new Set<string>();
		for (const choice of [
			{ 'web front': 'scale-set-rebuild/standby-pool', db: 'site-recovery-a2a' },
			{ 'web front': 'captured-image', db: 'app-replication/full' },
			{ 'web front': 'disk-copy', db: 'app-backup-shipping' },
		]) {
			const { json } = await checked(planWith(w, choice), {
				reserveCapacityFor: ['db', 'web front'],
			});
			for (const a of resourceAddresses(json)) seen.add(a.split('.')[0] ?? '');
		}
		for (const type of seen) expect(Object.keys(schema.resources)).toContain(type);
	});
});

describe('the runbook and the Terraform name the same resources', () => {
	it('the runbook lists the recovery plan, networks and routing profile under the names the Terraform gives them', async () => {
		const w = workload({ operations: { trigger: 'automation' } });
		const plan = planWith(w, { db: 'site-recovery-a2a', 'web front': 'scale-set-rebuild/warm' });
		const { r } = await checked(plan);
		const text = runbookWithResources(plan);
		const section = text.slice(text.indexOf('## Resources, as the Terraform names them'));
		expect(section).toMatch(/^## Resources/);
		const listed = [...section.matchAll(/`(azurerm_[a-z_]+\.[a-z0-9_]+)`/g)].map((m) => m[1]);
		const addresses = r.resources.map((x) => `${x.type}.${x.name}`);
		for (const a of listed) expect(addresses).toContain(a);
		expect(listed).toEqual(
			expect.arrayContaining([
				'azurerm_site_recovery_replication_recovery_plan.plan',
				'azurerm_virtual_network.test_failover',
				'azurerm_traffic_manager_profile.dr',
				'azurerm_orchestrated_virtual_machine_scale_set.web_front',
			]),
		);
		expect(section).toContain('`<name_prefix>-recovery-plan`');
		expect(section).toContain('`<name_prefix>-test-failover-vnet`');
	});
});

describe('the README’s worked example', () => {
	const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
	const start = readme.indexOf('### Terraform worked example');
	const section = readme.slice(start, readme.indexOf('\n## ', start + 10));
	const example = parseWorkload(
		JSON.parse(
			readFileSync(new URL('../../../examples/b-sql-vm-app-tier.json', import.meta.url), 'utf8'),
		),
	);

	it('gives the resource count and the variables the example’s Terraform has', async () => {
		expect(start).toBeGreaterThan(0);
		if (!example.ok) throw new Error('example b is invalid');
		const r = terraformForWorkload(example.workload);
		if (!r.ok) throw new Error(r.message);
		expect(section).toContain(`${r.resources.length} resource block(s)`);
		expect(section).toContain(`The ${r.resources.length} resource blocks`);
		expect(section).toContain('terraform init && terraform validate && terraform plan');
		const json = await parseHcl(r.hcl);
		const tfvars = readFileSync(
			new URL('../../../examples/b-sql-vm-app-tier.tfvars', import.meta.url),
			'utf8',
		);
		const given = [...tfvars.matchAll(/^([a-z_]+)\s+=/gm)].map((m) => m[1]).sort();
		const asked = Object.keys(json['variable'] as Record<string, unknown>).sort();
		expect(given).toEqual(asked);
	});
});

describe('managed disks: the Terraform creates the disks the plan prices (review R14)', () => {
	const sized = (
		web: Partial<WorkloadInput['tiers'][number]>,
		db: Partial<WorkloadInput['tiers'][number]>,
	) =>
		valid({
			tiers: [
				{ name: 'web', kind: 'stateless', vmCount: 2, ...web },
				{
					name: 'db',
					kind: 'stateful',
					data: 'vm-replication',
					vmCount: 2,
					dailyChangeGiB: 1,
					...db,
				},
			],
			rtoMinutes: 60,
			rpoMinutes: 15,
			configAsCode: true,
		});
	it('a scale set’s data disks: as many a VM, of the size and type priced', async () => {
		const w = sized({ disksPerVm: 3, dataGiB: 1000, diskType: 'standard-ssd' }, {});
		const plan = planWith(w, { web: 'scale-set-rebuild/hot' });
		const { json } = await checked(plan);
		const lines = plan.tiers.find((t) => t.tier === 'web')?.recommended.cost.lines ?? [];
		const data = lines.find((l) => l.label.endsWith('(data)'));
		expect(data?.meter).toMatchObject({ sku: 'E20 (512 GiB) Standard SSD LRS', quantity: 4 });
		const type = 'azurerm_orchestrated_virtual_machine_scale_set';
		const set = resourceBlock(json, type, resourcesOfType(json, type)[0] ?? '');
		const disks = set['data_disk'] as Record<string, unknown>[];
		expect(disks).toHaveLength(2);
		for (const d of disks)
			expect(d).toMatchObject({ disk_size_gb: 500, storage_account_type: 'StandardSSD_LRS' });
	});
	it('a replica VM with one disk: its OS disk holds the data, at the size priced', async () => {
		const w = sized({}, { disksPerVm: 1, dataGiB: 200, replicaDiskType: 'standard-ssd' });
		const plan = planWith(w, { db: 'app-replication/full' });
		const { json } = await checked(plan);
		const lines = plan.tiers.find((t) => t.tier === 'db')?.recommended.cost.lines ?? [];
		expect(lines.find((l) => l.label.endsWith('(OS)'))?.meter).toMatchObject({
			sku: 'E15 (256 GiB) Standard SSD LRS',
			quantity: 2,
		});
		const type = 'azurerm_linux_virtual_machine';
		const vm = resourceBlock(json, type, resourcesOfType(json, type)[0] ?? '');
		expect(first(vm['os_disk'])).toMatchObject({
			disk_size_gb: 200,
			storage_account_type: 'StandardSSD_LRS',
		});
	});
	// Cost review C9: the replicas' data disks were priced but not in the Terraform.
	it('replica VMs get the data disks priced: created at each size, of the type, attached', async () => {
		const w = sized({}, { os: 'windows', dataDiskSizesGiB: [128, 1024, 512] });
		const plan = planWith(w, { db: 'app-replication/full' });
		const { json } = await checked(plan);
		const lines = plan.tiers.find((t) => t.tier === 'db')?.recommended.cost.lines ?? [];
		expect(lines.find((l) => l.label === 'Replica VM disks (data)')?.meter).toMatchObject({
			sku: '1 × P10 (128 GiB) + 1 × P20 (512 GiB) + 1 × P30 (1 TiB) Premium SSD LRS',
			quantity: 2,
		});
		const disk = resourceBlock(json, 'azurerm_managed_disk', 'db_replica_data');
		expect(disk).toMatchObject({
			count: 6,
			storage_account_type: 'Premium_LRS',
			create_option: 'Empty',
			disk_size_gb: '${[128, 1024, 512][count.index % 3]}',
		});
		const attach = resourceBlock(
			json,
			'azurerm_virtual_machine_data_disk_attachment',
			'db_replica_data',
		);
		expect(attach).toMatchObject({
			count: 6,
			managed_disk_id: '${azurerm_managed_disk.db_replica_data[count.index].id}',
			virtual_machine_id:
				'${azurerm_windows_virtual_machine.db_replica[floor(count.index / 3)].id}',
			lun: '${count.index % 3}',
		});
	});
	it('replica VMs’ data spread over equal disks: one size, of the replica type the line prices', async () => {
		const w = sized({}, { disksPerVm: 3, dataGiB: 1000, replicaDiskType: 'standard-ssd' });
		const plan = planWith(w, { db: 'app-replication/one-replica' });
		const { json } = await checked(plan);
		const lines = plan.tiers.find((t) => t.tier === 'db')?.recommended.cost.lines ?? [];
		expect(lines.find((l) => l.label === 'Replica VM disks (data)')?.meter).toMatchObject({
			sku: 'E20 (512 GiB) Standard SSD LRS',
			quantity: 2,
		});
		expect(resourceBlock(json, 'azurerm_managed_disk', 'db_replica_data')).toMatchObject({
			count: 2,
			storage_account_type: 'StandardSSD_LRS',
			disk_size_gb: 500,
		});
		expect(
			resourceBlock(json, 'azurerm_virtual_machine_data_disk_attachment', 'db_replica_data'),
		).toMatchObject({
			virtual_machine_id: '${azurerm_linux_virtual_machine.db_replica[floor(count.index / 2)].id}',
		});
	});
	it('a replica whose OS disk holds the data gets no data disks', async () => {
		const w = sized({}, { disksPerVm: 1, dataGiB: 200 });
		const { json } = await checked(planWith(w, { db: 'app-replication/full' }));
		expect(resourcesOfType(json, 'azurerm_managed_disk')).toEqual([]);
		expect(resourcesOfType(json, 'azurerm_virtual_machine_data_disk_attachment')).toEqual([]);
	});
});
