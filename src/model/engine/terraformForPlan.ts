/**
 * The plan as Terraform (HCL) for the azurerm provider: for each tier, what its recommended
 * pattern deploys; the Site Recovery recovery plan in start order; the routing profile with the
 * plan's probe settings. Tests check the output against the provider's schema; every output is
 * checked against the provider's apply-time rules (applyRules.ts). That is not `terraform validate`.
 */
import { factNumber } from '../facts/factRegistry.ts';
import { PATTERN_IDS } from '../patterns/ids.ts';
import { TERRAFORM_WRITERS } from '../patterns/terraformWriters.ts';
import { MODEL_VERSION, recommend, type Plan, type TierPlan } from './recommend.ts';
import type { Workload } from '../schema/workload.ts';
import { APPLY_RULES, applyRuleViolations } from '../kit/applyRules.ts';
import { diskSku } from '../kit/diskSku.ts';
import { attr, block, comment, expr, renderHcl, type HclItem } from '../kit/hcl.ts';
import {
	TerraformBuilder,
	type ResourceRef,
	type TerraformOptions,
	type TierContext as TierContextOf,
} from '../kit/terraformBuilder.ts';

export type { ResourceRef, TerraformOptions } from '../kit/terraformBuilder.ts';

type TierContext = TierContextOf<TierPlan>;

/**
 * The provider release the output pins: the release whose schema the tests check the output
 * against (test/fixtures/azurerm-schema.json, from @cdktn/provider-azurerm 16.1.0, which is
 * generated from azurerm 4.73.0) and whose source states the apply-time rules (applyRules.ts).
 */
export const AZURERM_VERSION = '4.73.0';
export const SCHEMA_PACKAGE = '@cdktn/provider-azurerm 16.1.0';

export type TerraformResult =
	| {
			ok: true;
			hcl: string;
			resources: ResourceRef[];
			/** Apply-time rules of the provider the output breaks (applyRules.ts); none expected. */
			ruleViolations: string[];
			/** Each resource's Azure name as a reader sees it, by address (for the runbook). */
			azureNames: ReadonlyMap<string, string>;
	  }
	| { ok: false; message: string };

function identifier(name: string): string {
	const slug = name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_')
		.replace(/^_+|_+$/g, '');
	return /^[a-z]/.test(slug) ? slug : `t_${slug}`;
}

function tierContexts(plan: Plan, options: TerraformOptions): TierContext[] {
	const used = new Set<string>();
	// The reader's list, and every tier whose recommended option reserves capacity.
	const reserve = new Set([
		...(options.reserveCapacityFor ?? []),
		...plan.tiers.filter((t) => t.recommended.capacityReservation !== undefined).map((t) => t.tier),
	]);
	return plan.tiers.map((tp) => {
		const tier = plan.workload.tiers.find((t) => t.name === tp.tier);
		if (tier === undefined) throw new Error(`Plan tier "${tp.tier}" is not in the workload.`);
		const base = identifier(tp.tier);
		let id = base;
		for (let i = 2; used.has(id); i++) id = `${base}_${i}`;
		used.add(id);
		const alnum = id.replace(/[^a-z0-9]/g, '').slice(0, 10);
		return {
			plan: tp,
			tier,
			id,
			alnum,
			slug: id.replace(/_/g, '-').slice(0, 20).replace(/-+$/, ''),
			reserveCapacity: reserve.has(tp.tier),
			diskSku: diskSku(tier, 'diskType'),
			replicaDiskSku: diskSku(tier, 'replicaDiskType'),
		};
	});
}

/** Tiers in start order: the given names first, in that order, then the rest as planned. */
function inStartOrder(tiers: TierContext[], order: readonly string[] | undefined): TierContext[] {
	if (order === undefined) return tiers;
	const rank = (t: TierContext) => {
		const i = order.indexOf(t.plan.tier);
		return i < 0 ? order.length : i;
	};
	return tiers
		.map((t, i) => ({ t, i }))
		.sort((a, b) => rank(a.t) - rank(b.t) || a.i - b.i)
		.map(({ t }) => t);
}

/**
 * The global routing profile, in its own resource group (neither region's). `activeActive`: a
 * tier serves from both regions, so both origins or endpoints get the same priority.
 */
function routing(b: TerraformBuilder, activeActive: boolean): void {
	const r = b.workload.routing;
	const rg = b.routingResourceGroup;
	const path = b.variable('health_probe_path', {
		type: 'string',
		description:
			'Path the health probe requests over HTTPS on each region’s endpoint (for example /health).',
	});
	const endpoint = (side: 'primary' | 'secondary') =>
		b.variable(`${side}_endpoint_host`, {
			type: 'string',
			description: `Public host name of the application's entry point in the ${side} region.`,
		});
	if (r.router === 'front-door') {
		const sample = factNumber('afd.sample-size');
		const required = Math.max(1, sample - r.toleratedFailures);
		b.comment(
			'Routing: Azure Front Door sends users to the secondary origin when the primary fails its probes.',
		);
		const profile = b.resource(
			'azurerm_cdn_frontdoor_profile',
			'dr',
			[
				attr('name', expr(`"\${${b.prefix.text}}-afd"`)),
				attr('resource_group_name', rg),
				attr('sku_name', 'Standard_AzureFrontDoor'),
			],
			['Front Door profile.'],
		);
		const fdEndpoint = b.resource(
			'azurerm_cdn_frontdoor_endpoint',
			'dr',
			[
				attr('name', expr(`"\${${b.prefix.text}}-app"`)),
				attr('cdn_frontdoor_profile_id', expr(`${profile}.id`)),
			],
			['The address users reach.'],
		);
		const group = b.resource(
			'azurerm_cdn_frontdoor_origin_group',
			'dr',
			[
				attr('name', 'regions'),
				attr('cdn_frontdoor_profile_id', expr(`${profile}.id`)),
				block(
					'health_probe',
					[],
					[
						attr('protocol', 'Https'),
						attr('interval_in_seconds', r.probeIntervalSeconds),
						attr('request_type', 'HEAD'),
						attr('path', path),
					],
				),
				block(
					'load_balancing',
					[],
					[attr('sample_size', sample), attr('successful_samples_required', required)],
				),
			],
			[
				`Probe every ${r.probeIntervalSeconds} s (the plan's probe interval); sample size ${sample} (fact afd.sample-size).`,
				`${required} successful sample(s) required: ${sample} samples less your ${r.toleratedFailures} tolerated failure(s), at least 1.`,
			],
		);
		const origins = (['primary', 'secondary'] as const).map((side, i) => {
			const priority = activeActive ? 1 : i + 1;
			return b.resource(
				'azurerm_cdn_frontdoor_origin',
				side,
				[
					attr('name', side),
					attr('cdn_frontdoor_origin_group_id', expr(`${group}.id`)),
					attr('host_name', endpoint(side)),
					attr('origin_host_header', endpoint(side)),
					attr('certificate_name_check_enabled', true),
					attr('priority', priority),
					attr('weight', 1000),
				],
				[
					activeActive
						? `The ${side} region's entry point, priority 1 like the other: active/active, both serve.`
						: `The ${side} region's entry point, priority ${priority}.`,
				],
			);
		});
		b.resource(
			'azurerm_cdn_frontdoor_route',
			'dr',
			[
				attr('name', 'all'),
				attr('cdn_frontdoor_endpoint_id', expr(`${fdEndpoint}.id`)),
				attr('cdn_frontdoor_origin_group_id', expr(`${group}.id`)),
				attr('cdn_frontdoor_origin_ids', expr(`[${origins.map((o) => `${o}.id`).join(', ')}]`)),
				attr('patterns_to_match', ['/*']),
				attr('supported_protocols', ['Https']),
				attr('https_redirect_enabled', false),
				attr('forwarding_protocol', 'HttpsOnly'),
				attr('link_to_default_domain', true),
			],
			[
				'Every path goes to the origin group, over HTTPS only. The redirect from HTTP is off: the',
				'provider accepts it only when supported_protocols has both Http and Https.',
			],
		);
		return;
	}
	// Traffic Manager accepts a probe interval of 10 or 30 seconds only.
	const interval = r.probeIntervalSeconds <= 20 ? 10 : 30;
	const timeout = interval === 10 ? 9 : 10;
	b.comment(
		activeActive
			? 'Routing: Traffic Manager (weighted routing) answers DNS with both regions, and with the healthy one alone when the other fails its probes.'
			: 'Routing: Traffic Manager (priority routing) answers DNS with the secondary when the primary fails its probes.',
	);
	const profile = b.resource(
		'azurerm_traffic_manager_profile',
		'dr',
		[
			attr('name', expr(`"\${${b.prefix.text}}-tm"`)),
			attr('resource_group_name', rg),
			attr('traffic_routing_method', activeActive ? 'Weighted' : 'Priority'),
			block(
				'dns_config',
				[],
				[attr('relative_name', expr(`"\${${b.prefix.text}}-app"`)), attr('ttl', r.ttlSeconds)],
			),
			block(
				'monitor_config',
				[],
				[
					attr('protocol', 'HTTPS'),
					attr('port', 443),
					attr('path', path),
					attr('interval_in_seconds', interval),
					attr('timeout_in_seconds', timeout),
					attr('tolerated_number_of_failures', r.toleratedFailures),
				],
			),
		],
		[
			`TTL ${r.ttlSeconds} s, probe every ${interval} s, ${r.toleratedFailures} tolerated failure(s): the plan's routing settings.`,
			...(interval !== r.probeIntervalSeconds
				? [
						`The plan says ${r.probeIntervalSeconds} s, but Traffic Manager accepts 10 or 30 s only: ${interval} s is the nearest.`,
					]
				: []),
			`Probe timeout ${timeout} s, the longest Traffic Manager allows at that interval.`,
		],
	);
	(['primary', 'secondary'] as const).forEach((side, i) =>
		b.resource(
			'azurerm_traffic_manager_external_endpoint',
			side,
			[
				attr('name', side),
				attr('profile_id', expr(`${profile}.id`)),
				attr('target', endpoint(side)),
				activeActive ? attr('weight', 1) : attr('priority', i + 1),
			],
			[
				activeActive
					? `The ${side} region's entry point, equal weight: active/active, both serve.`
					: `The ${side} region's entry point, priority ${i + 1}.`,
			],
		),
	);
}

/**
 * The layers the tiers' options carry (the corruption layer: Azure Backup under replication),
 * each written by its own pattern's writer; returns the tiers that got one.
 */
function writeLayers(b: TerraformBuilder, tiers: readonly TierContext[]): TierContext[] {
	const layered: TierContext[] = [];
	for (const t of tiers)
		for (const layer of t.plan.recommended.layers) {
			const writeLayer = TERRAFORM_WRITERS[layer.patternId].writeLayer;
			if (writeLayer === undefined)
				throw new Error(
					`No Terraform writer for the layer "${layer.name}" (tier "${t.plan.tier}").`,
				);
			const own = TERRAFORM_WRITERS[t.plan.recommended.patternId].sourceVmIds;
			const before = b.resources.length;
			writeLayer(b, t, layer, own?.(b, t));
			// What the layer added (a vault an Azure Backup tier already wrote is the pattern's).
			for (const r of b.resources.slice(before)) r.layer = layer.purpose;
			layered.push(t);
		}
	return layered;
}

function header(plan: Plan, resources: number, violations: readonly string[]): HclItem {
	return comment(
		`Terraform for "${plan.workload.name}", generated by Azure VM DR Guides (model version ${MODEL_VERSION}).`,
		`Plan status: ${plan.status}. ${resources} resource block(s) for the azurerm provider ${AZURERM_VERSION}.`,
		...(plan.status !== 'meets' ? [`Read first: ${plan.headline}`] : []),
		'',
		`What is checked: the generator's output is tested against the azurerm ${AZURERM_VERSION} provider schema`,
		`(as ${SCHEMA_PACKAGE} carries it: resource types, argument names and types, required`,
		'arguments and blocks, block nesting) and for references that resolve. This file is checked',
		`against ${APPLY_RULES.length} apply-time rules from the provider's source (cross-argument and name rules, names`,
		`with the longest and shortest name_prefix): ${violations.length === 0 ? 'it passes all of them.' : 'it breaks these:'}`,
		...violations.map((v) => `WILL FAIL AT APPLY: ${v}`),
		'Not checked: what only Azure knows (VM size and SKU availability in your regions, quota, names',
		"already taken, your variables' values). That is NOT terraform validate: run terraform init,",
		'validate and plan, and review every resource, before you apply it.',
		'Variables stand for what the model cannot know (resource groups, VMs, networks, regions).',
	);
}

export function terraformForPlan(plan: Plan, options: TerraformOptions = {}): TerraformResult {
	const b = new TerraformBuilder(plan, options);
	const tiers = tierContexts(plan, options);
	const deployed: TierContext[] = [];
	for (const t of tiers) {
		if (TERRAFORM_WRITERS[t.plan.recommended.patternId].writeTier(b, t)) deployed.push(t);
	}
	// Layers after every tier, so that a layer shares what a tier's own pattern already wrote.
	const layered = writeLayers(b, tiers);
	if (deployed.length === 0 && layered.length === 0) {
		return {
			ok: false,
			message: `Nothing to deploy: no tier's recommended pattern creates anything ahead of a failover that Terraform could manage (${tiers
				.map((t) => `tier "${t.plan.tier}": ${t.plan.recommended.name}`)
				.join('; ')}).`,
		};
	}
	// The plan's own dependency order unless the caller gives one.
	const ordered = inStartOrder(deployed, options.startOrder ?? plan.rto.order.flat());
	for (const id of PATTERN_IDS) {
		const mine = ordered.filter((t) => t.plan.recommended.patternId === id);
		const writePlan = TERRAFORM_WRITERS[id].writePlan;
		if (writePlan !== undefined && mine.length > 0) writePlan(b, mine);
	}
	routing(
		b,
		plan.tiers.some((t) => t.recommended.variant === 'active-active'),
	);
	const preamble: HclItem[] = [
		block(
			'terraform',
			[],
			[
				block(
					'required_providers',
					[],
					[attr('azurerm', { source: 'hashicorp/azurerm', version: AZURERM_VERSION })],
				),
			],
		),
		block('provider', ['azurerm'], [block('features', [], [])]),
	];
	const ruleViolations = applyRuleViolations(b.items);
	const hcl = renderHcl([
		header(plan, b.resources.length, ruleViolations),
		...preamble,
		...b.declaredVariables(),
		...b.declaredData(),
		...b.items,
	]);
	return { ok: true, hcl, resources: b.resources, ruleViolations, azureNames: b.azureNames };
}

/** What the wizard's "Download Terraform" button calls. */
export function terraformForWorkload(
	workload: Workload,
	options: TerraformOptions = {},
): TerraformResult {
	return terraformForPlan(recommend(workload), options);
}
