/**
 * The azurerm provider's apply-time rules for the resources this project emits: cross-argument
 * rules the provider checks only when it creates a resource, and name rules, each with the
 * provider source that states it (release v4.73.0, the release the output pins). The schema
 * (types, required arguments, nesting) is checked separately; these are what it cannot express.
 * Every output is checked against every rule (terraformForPlan); names are checked with the
 * longest and the shortest name_prefix the variable accepts.
 */
import { HclExpr, type HclBody, type HclItem, type HclValue } from './hcl.ts';

const SOURCE = 'https://github.com/hashicorp/terraform-provider-azurerm/blob/v4.73.0/';

export interface ApplyRule {
	id: string;
	/** The resource types it applies to. */
	resources: readonly string[];
	/** The rule, as the provider enforces it. */
	rule: string;
	/** The provider source file that enforces it. */
	source: string;
	/** What is wrong with one resource block, or undefined. */
	check: (body: HclBody) => string | undefined;
}

function value(body: HclBody, name: string): HclValue | undefined {
	for (const item of body) if (item.kind === 'attr' && item.name === name) return item.value;
	return undefined;
}

function nested(body: HclBody, type: string): HclBody | undefined {
	for (const item of body) if (item.kind === 'block' && item.type === type) return item.body;
	return undefined;
}

const NAME_PREFIX = '${var.name_prefix}';

/**
 * The names an expression can take, with the longest and the shortest name_prefix (12 and 3
 * characters), or undefined when it holds anything else that is unknown before apply. Per-item
 * parts are stood in for by short values (count.index 0, each.key "vm").
 */
export function possibleNames(v: HclValue | undefined): string[] | undefined {
	if (typeof v === 'string') return [v];
	if (!(v instanceof HclExpr)) return undefined;
	let text = v.text;
	let limit: number | undefined;
	const substr = /^substr\((".*"), 0, (\d+)\)$/.exec(text);
	if (substr?.[1] !== undefined && substr[2] !== undefined) {
		text = substr[1];
		limit = Number(substr[2]);
	}
	if (!/^"[^"]*"$/.test(text)) return undefined;
	const inner = text.slice(1, -1).replaceAll('${count.index}', '0').replaceAll('${each.key}', 'vm');
	const names = ['abcdefghijkl', 'abc'].map((p) => inner.replaceAll(NAME_PREFIX, p));
	if (names.some((n) => n.includes('${'))) return undefined;
	return names.map((n) => (limit === undefined ? n : n.slice(0, limit)));
}

function nameRule(
	id: string,
	resources: readonly string[],
	pattern: RegExp,
	rule: string,
	source: string,
): ApplyRule {
	return {
		id,
		resources,
		rule,
		source: SOURCE + source,
		check: (body) => {
			const bad = possibleNames(value(body, 'name'))?.find((n) => !pattern.test(n));
			return bad === undefined ? undefined : `name "${bad}" breaks the rule: ${rule}`;
		},
	};
}

export const APPLY_RULES: readonly ApplyRule[] = [
	{
		id: 'frontdoor-route-https-redirect',
		resources: ['azurerm_cdn_frontdoor_route'],
		rule: 'https_redirect_enabled (default true) needs supported_protocols to hold both Http and Https.',
		source: `${SOURCE}internal/services/cdn/cdn_frontdoor_route_resource.go`,
		check: (body) => {
			const redirect = value(body, 'https_redirect_enabled') ?? true;
			const protocols = value(body, 'supported_protocols');
			const both =
				Array.isArray(protocols) && protocols.includes('Http') && protocols.includes('Https');
			return redirect !== false && !both
				? 'https_redirect_enabled is true (or left at its default) while supported_protocols lacks Http or Https'
				: undefined;
		},
	},
	{
		id: 'scale-set-reservation-single-placement-group',
		resources: [
			'azurerm_linux_virtual_machine_scale_set',
			'azurerm_orchestrated_virtual_machine_scale_set',
		],
		rule: 'single_placement_group must be false when capacity_reservation_group_id is set.',
		source: `${SOURCE}internal/services/compute/linux_virtual_machine_scale_set_resource.go`,
		check: (body) =>
			value(body, 'capacity_reservation_group_id') !== undefined &&
			value(body, 'single_placement_group') !== false
				? 'capacity_reservation_group_id is set but single_placement_group is not false'
				: undefined,
	},
	{
		id: 'scale-set-ultra-disk-capability',
		resources: [
			'azurerm_linux_virtual_machine_scale_set',
			'azurerm_orchestrated_virtual_machine_scale_set',
		],
		rule: 'A data_disk of UltraSSD_LRS needs additional_capabilities { ultra_ssd_enabled = true } (the capability ultra_ssd_enabled turns on; Azure rejects the disk without it).',
		source: `${SOURCE}website/docs/r/orchestrated_virtual_machine_scale_set.html.markdown`,
		check: (body) => {
			const ultra = body.some(
				(i) =>
					i.kind === 'block' &&
					i.type === 'data_disk' &&
					value(i.body, 'storage_account_type') === 'UltraSSD_LRS',
			);
			const enabled = value(nested(body, 'additional_capabilities') ?? [], 'ultra_ssd_enabled');
			return ultra && enabled !== true
				? 'a data_disk is UltraSSD_LRS but additional_capabilities.ultra_ssd_enabled is not true'
				: undefined;
		},
	},
	{
		id: 'standby-pool-flexible-scale-set',
		resources: ['azurerm_virtual_machine_scale_set_standby_pool'],
		rule: 'A standby pool attaches to a scale set with Flexible orchestration (azurerm_orchestrated_virtual_machine_scale_set).',
		source: `${SOURCE}website/docs/r/virtual_machine_scale_set_standby_pool.html.markdown`,
		check: (body) => {
			const id = value(body, 'attached_virtual_machine_scale_set_id');
			return id instanceof HclExpr &&
				!id.text.startsWith('azurerm_orchestrated_virtual_machine_scale_set.')
				? `attached to ${id.text}, not a Flexible (orchestrated) scale set`
				: undefined;
		},
	},
	nameRule(
		'standby-pool-name',
		['azurerm_virtual_machine_scale_set_standby_pool'],
		/^[a-zA-Z0-9-]{3,24}$/,
		'3 to 24 letters, digits and hyphens.',
		'internal/services/compute/virtual_machine_scale_set_standby_pool_resource.go',
	),
	{
		id: 'shared-image-hyper-v-generation',
		resources: ['azurerm_shared_image'],
		rule: 'hyper_v_generation defaults to V1, and a V1 image definition rejects a Generation 2 source: set it.',
		source: `${SOURCE}internal/services/compute/shared_image_resource.go`,
		check: (body) =>
			value(body, 'hyper_v_generation') === undefined
				? 'hyper_v_generation is not set (defaults to V1)'
				: undefined,
	},
	{
		id: 'traffic-manager-probe-timeout',
		resources: ['azurerm_traffic_manager_profile'],
		rule: 'timeout_in_seconds must be 5 to 9 when interval_in_seconds is 10 (5 to 10 when it is 30).',
		source: `${SOURCE}internal/services/trafficmanager/traffic_manager_profile_resource.go`,
		check: (body) => {
			const monitor = nested(body, 'monitor_config') ?? [];
			const interval = value(monitor, 'interval_in_seconds') ?? 30;
			const timeout = value(monitor, 'timeout_in_seconds') ?? 10;
			if (typeof interval !== 'number' || typeof timeout !== 'number') return undefined;
			const max = interval === 10 ? 9 : 10;
			return timeout < 5 || timeout > max
				? `timeout_in_seconds ${timeout} with interval_in_seconds ${interval}`
				: undefined;
		},
	},
	nameRule(
		'storage-account-name',
		['azurerm_storage_account'],
		/^[a-z0-9]{3,24}$/,
		'3 to 24 lowercase letters and digits.',
		'internal/services/storage/validate/storage_account_name.go',
	),
	{
		id: 'action-group-short-name',
		resources: ['azurerm_monitor_action_group'],
		rule: 'short_name is 1 to 12 characters.',
		source: `${SOURCE}internal/services/monitor/monitor_action_group_resource.go`,
		check: (body) => {
			const short = value(body, 'short_name');
			return typeof short === 'string' && (short.length < 1 || short.length > 12)
				? `short_name "${short}" is not 1 to 12 characters`
				: undefined;
		},
	},
	nameRule(
		'automation-account-name',
		['azurerm_automation_account'],
		/^[0-9a-zA-Z][-0-9a-zA-Z]{4,48}[0-9a-zA-Z]$/,
		'6 to 50 letters, digits and hyphens, starting and ending with a letter or digit.',
		'internal/services/automation/validate/account_name.go',
	),
	nameRule(
		'automation-runbook-name',
		['azurerm_automation_runbook'],
		/^[0-9a-zA-Z][-_0-9a-zA-Z]{0,62}$/,
		'1 to 63 letters, digits, hyphens and underscores, starting with a letter or digit.',
		'internal/services/automation/validate/runbook_name.go',
	),
	nameRule(
		'recovery-services-vault-name',
		['azurerm_recovery_services_vault'],
		/^[a-zA-Z][-a-zA-Z0-9]{1,49}$/,
		'2 to 50 letters, digits and hyphens, starting with a letter.',
		'internal/services/recoveryservices/validate/recovery_services_vault_name.go',
	),
	{
		id: 'linux-computer-name',
		resources: ['azurerm_linux_virtual_machine', 'azurerm_orchestrated_virtual_machine_scale_set'],
		rule: 'Without computer_name (computer_name_prefix for a scale set) the name is the Linux host name: at most 64 characters (58 for a prefix), none of \\/"[]:|<>+=;,?*@&~!#$%^()_{}\', not ending with a period (or a hyphen, for a full name).',
		source: `${SOURCE}internal/services/compute/validate/linux_computer_name.go`,
		check: (body) => {
			const scaleSet = nested(body, 'os_profile') !== undefined;
			// A Windows scale set has its own rule (windows-computer-name).
			if (scaleSet && nested(nested(body, 'os_profile') ?? [], 'linux_configuration') === undefined)
				return undefined;
			const explicit = scaleSet
				? value(
						nested(nested(body, 'os_profile') ?? [], 'linux_configuration') ?? [],
						'computer_name_prefix',
					)
				: value(body, 'computer_name');
			if (explicit !== undefined) return undefined;
			const bad = possibleNames(value(body, 'name'))?.find(
				(n) =>
					n.length > (scaleSet ? 58 : 64) ||
					/[\\/"[\]:|<>+=;,?*@&~!#$%^()_{}']/.test(n) ||
					n.endsWith('.') ||
					(!scaleSet && n.endsWith('-')),
			);
			return bad === undefined ? undefined : `"${bad}" is not a valid Linux host name`;
		},
	},
	{
		id: 'windows-computer-name',
		resources: [
			'azurerm_windows_virtual_machine',
			'azurerm_orchestrated_virtual_machine_scale_set',
		],
		rule: 'The Windows computer name (computer_name, or the name without it; computer_name_prefix for a scale set) has at most 15 characters (9 for a prefix): letters, digits and hyphens, not digits only.',
		source: `${SOURCE}internal/services/compute/validate/windows_computer_name.go`,
		check: (body) => {
			const windows = nested(nested(body, 'os_profile') ?? [], 'windows_configuration');
			const scaleSet = nested(body, 'os_profile') !== undefined;
			if (scaleSet && windows === undefined) return undefined;
			const given = scaleSet
				? value(windows ?? [], 'computer_name_prefix')
				: value(body, 'computer_name');
			// An explicit name the checker cannot evaluate (an index appended) is not judged.
			const names = possibleNames(given ?? value(body, 'name'));
			const bad = names?.find(
				(n) => n.length > (scaleSet ? 9 : 15) || /[^a-zA-Z0-9-]/.test(n) || /^[0-9]+$/.test(n),
			);
			return bad === undefined ? undefined : `"${bad}" is not a valid Windows computer name`;
		},
	},
];

/** Every rule a top-level resource block breaks, as `type.name: rule-id: what`. */
export function applyRuleViolations(items: readonly HclItem[]): string[] {
	const problems: string[] = [];
	for (const item of items) {
		if (item.kind !== 'block' || item.type !== 'resource') continue;
		const [type, name] = item.labels;
		for (const rule of APPLY_RULES) {
			if (type === undefined || !rule.resources.includes(type)) continue;
			const problem = rule.check(item.body);
			if (problem !== undefined) problems.push(`${type}.${name}: ${rule.id}: ${problem}`);
		}
	}
	return problems;
}
