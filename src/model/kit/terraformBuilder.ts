/**
 * What the pattern generators write into: variables (each declared once), data sources,
 * resources (recorded by type and name) and comments, in the order they are added.
 */
import type { ProtectionLayerOf, RpoEstimate } from './types.ts';
import type { Tier, Workload } from '../schema/workload.ts';
import {
	attr,
	block,
	comment,
	expr,
	HclExpr,
	type HclBlock,
	type HclBody,
	type HclItem,
	type HclValue,
} from './hcl.ts';

export interface TerraformOptions {
	/** Tier names in the order they start at failover (the recovery plan's boot groups). */
	startOrder?: readonly string[];
	/** Tiers whose capacity in the secondary region is reserved (capacity reservation group). */
	reserveCapacityFor?: readonly string[];
}

export interface ResourceRef {
	type: string;
	name: string;
	/** The tier it serves; absent for what the whole plan shares (vaults, routing). */
	tier?: string;
	/** Set when it was written for a layer on the tier's option, not for its pattern. */
	layer?: ProtectionLayerOf['purpose'];
}

export interface VariableSpec {
	type: string;
	description: string;
	default?: string | number;
	validation?: { condition: string; message: string };
	/** Kept out of Terraform's plan output (a password). */
	sensitive?: boolean;
}

/** What the writers read of a tier's plan: the engine's TierPlan, narrowed. */
export interface PlannedTier {
	tier: string;
	recommended: {
		name: string;
		variant?: string;
		rpo: RpoEstimate;
		capacityReservation?: { vms: number };
	};
}

/** What the builder reads of the plan: the engine's Plan, narrowed. */
export interface PlanForTerraform {
	workload: Workload;
}

/** One tier as the generators see it (the engine's Terraform for a plan passes its TierPlan). */
export interface TierContext<P extends PlannedTier = PlannedTier> {
	plan: P;
	tier: Tier;
	/** A Terraform identifier for the tier, unique in the plan. */
	id: string;
	/** Lowercase letters and digits only, for Azure names that allow nothing else. */
	alnum: string;
	/** Lowercase letters, digits and hyphens, for names Linux and Azure accept (no underscore). */
	slug: string;
	/** Whether the reader chose to reserve the tier's capacity in the secondary region. */
	reserveCapacity: boolean;
	/** Managed disk SKU of the tier's disks after failover (target disks, rebuilt and replica VMs). */
	diskSku: string;
	/** Managed disk SKU of the replica disks Site Recovery writes to before failover. */
	replicaDiskSku: string;
}

/** A name argument as a reader sees it: a literal, or a template with <variable> for each variable. */
function readableName(value: HclValue): string {
	if (typeof value === 'string') return value;
	if (!(value instanceof HclExpr)) return JSON.stringify(value);
	const text = value.text.replace(/^substr\((".*"), 0, \d+\)$/, '$1');
	return text
		.replace(/^"|"$/g, '')
		.replace(/\$\{var\.([a-z0-9_]+)\}/g, '<$1>')
		.replace(/\$\{count\.index\}/g, '<n>')
		.replace(/\$\{each\.key\}/g, '<VM name>');
}

export class TerraformBuilder {
	readonly items: HclItem[] = [];
	readonly resources: ResourceRef[] = [];
	/** Each resource's Azure name as a reader sees it (`<name_prefix>-asr-vault`), by address. */
	readonly azureNames = new Map<string, string>();
	private readonly variables = new Map<string, HclBlock>();
	private readonly dataSources = new Map<string, HclBlock>();
	private readonly once = new Set<string>();

	readonly plan: PlanForTerraform;
	readonly options: TerraformOptions;

	constructor(plan: PlanForTerraform, options: TerraformOptions) {
		this.plan = plan;
		this.options = options;
	}

	get workload(): Workload {
		return this.plan.workload;
	}

	/** Declares a variable once and returns its reference, `var.<name>`. */
	variable(name: string, spec: VariableSpec): ReturnType<typeof expr> {
		if (!this.variables.has(name)) {
			const body: HclItem[] = [
				attr('type', expr(spec.type)),
				attr('description', spec.description),
			];
			if (spec.default !== undefined) body.push(attr('default', spec.default));
			if (spec.sensitive === true) body.push(attr('sensitive', true));
			if (spec.validation !== undefined)
				body.push(
					block(
						'validation',
						[],
						[
							attr('condition', expr(spec.validation.condition)),
							attr('error_message', spec.validation.message),
						],
					),
				);
			this.variables.set(name, block('variable', [name], body));
		}
		return expr(`var.${name}`);
	}

	/** A data source, declared once; returns its address. */
	data(type: string, name: string, body: HclBody): string {
		const key = `${type}.${name}`;
		if (!this.dataSources.has(key)) this.dataSources.set(key, block('data', [type, name], body));
		return `data.${type}.${name}`;
	}

	resource(
		type: string,
		name: string,
		body: HclBody,
		lines: readonly string[],
		tier?: string,
	): string {
		this.items.push(block('resource', [type, name], body, lines));
		this.resources.push({ type, name, ...(tier !== undefined ? { tier } : {}) });
		const azureName = body.find((i) => i.kind === 'attr' && i.name === 'name');
		if (azureName?.kind === 'attr')
			this.azureNames.set(`${type}.${name}`, readableName(azureName.value));
		return `${type}.${name}`;
	}

	comment(...lines: string[]): void {
		this.items.push(comment(...lines));
	}

	/** Runs `build` the first time `key` is asked for; later calls do nothing. */
	ensure(key: string, build: () => void): void {
		if (this.once.has(key)) return;
		this.once.add(key);
		build();
	}

	declaredVariables(): HclBlock[] {
		return [...this.variables.values()];
	}

	declaredData(): HclBlock[] {
		return [...this.dataSources.values()];
	}

	// The variables every deployable plan needs.
	get prefix() {
		return this.variable('name_prefix', {
			type: 'string',
			description:
				'Start of every resource name: 3 to 12 lowercase letters and digits, starting with a letter.',
			validation: {
				condition: 'can(regex("^[a-z][a-z0-9]{2,11}$", var.name_prefix))',
				message:
					'name_prefix must be 3 to 12 lowercase letters and digits, starting with a letter.',
			},
		});
	}

	get primaryLocation() {
		return this.variable('primary_location', {
			type: 'string',
			description: 'Azure region the workload runs in today (for example "westeurope").',
		});
	}

	get secondaryLocation() {
		return this.variable('secondary_location', {
			type: 'string',
			description: `Azure region to recover into (the plan's target region: ${this.workload.targetRegion === 'pair' ? 'the paired region' : 'any region you choose'}).`,
		});
	}

	get primaryResourceGroup() {
		return this.variable('primary_resource_group_name', {
			type: 'string',
			description: 'Existing resource group in the primary region.',
		});
	}

	/**
	 * The resource group of the global routing profile (Traffic Manager, Front Door): in neither
	 * region, so that an outage of the primary does not leave the profile read-only.
	 */
	get routingResourceGroup() {
		return this.variable('routing_resource_group_name', {
			type: 'string',
			description:
				'Existing resource group for the global routing profile, in a third region (neither primary nor secondary): a regional outage can make the control plane of a group in the failed region read-only just when you need to change routing.',
		});
	}

	get secondaryResourceGroup() {
		return this.variable('secondary_resource_group_name', {
			type: 'string',
			description: 'Existing resource group in the secondary region.',
		});
	}

	/** `data.azurerm_resource_group.secondary.id`, for arguments that want the group's ID. */
	get secondaryResourceGroupId() {
		const address = this.data('azurerm_resource_group', 'secondary', [
			attr('name', this.secondaryResourceGroup),
		]);
		return expr(`${address}.id`);
	}
}
