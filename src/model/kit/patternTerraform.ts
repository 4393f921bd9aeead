/**
 * What a pattern's Terraform writer is, and the helpers several patterns' writers share. Each
 * pattern's writer lives in its folder (src/model/patterns/<id>/terraform.ts), listed in
 * patterns/terraformWriters.ts.
 */
import { neededVms } from './estimateParts.ts';
import type { ProtectionLayerOf } from './types.ts';
import { attr, block, expr, type HclExpr, type HclItem } from './hcl.ts';
import type { TerraformBuilder, TierContext } from './terraformBuilder.ts';
import type { DiskPlacement } from './diskTerraform.ts';
import { hasUltraDisks } from './diskZone.ts';
import { diskTypesOf } from './prices.ts';

/** What a pattern deploys for the tiers it protects. */
export interface PatternTerraform {
	/** Writes a tier's blocks; returns false when the pattern deploys nothing. */
	writeTier: (b: TerraformBuilder, t: TierContext) => boolean;
	/**
	 * Writes blocks once for the whole plan, after every tier, from the tiers this pattern
	 * deployed, in start order (none: not called).
	 */
	writePlan?: (b: TerraformBuilder, tiers: readonly TierContext[]) => void;
	/**
	 * Writes a layer of protection that another pattern's option carries for a tier (the
	 * corruption layer is Azure Backup under a replication pattern). Only the layer's own
	 * pattern has it. `sourceVmIds`: the tier's VMs where its own pattern already asks for them.
	 */
	writeLayer?: (
		b: TerraformBuilder,
		t: TierContext,
		layer: ProtectionLayerOf,
		sourceVmIds: HclExpr | undefined,
	) => void;
	/**
	 * The IDs of the tier's source VMs as a list expression, where this pattern's blocks already
	 * ask for them; a layer reuses it instead of asking again.
	 */
	sourceVmIds?: (b: TerraformBuilder, t: TierContext) => HclExpr;
}

/** A pattern that deploys nothing standing (a scheduled copy, a retired option) says why. */
export function nothingToDeploy(why: string): PatternTerraform {
	return {
		writeTier: (b, t) => {
			b.comment(step(t), why);
			return false;
		},
	};
}

export const ref = (address: string) => expr(address);
export const name = (b: TerraformBuilder, suffix: string) =>
	expr(`"\${${b.prefix.text}}-${suffix}"`);
/** An Azure name of lowercase letters and digits, at most 24 characters (storage accounts). */
export const storageName = (b: TerraformBuilder, suffix: string) =>
	expr(`substr("\${${b.prefix.text}}${suffix}", 0, 24)`);

export function step(t: TierContext): string {
	const units = t.tier.data === 'paas' ? 'database(s)' : 'VM(s)';
	return `Tier "${t.plan.tier}" (${t.tier.vmCount} ${units}): ${t.plan.recommended.name}.`;
}

export function vmCountValidation(varName: string, t: TierContext) {
	return {
		condition: `length(var.${varName}) == ${t.tier.vmCount}`,
		message: `The plan protects ${t.tier.vmCount} VM(s) in tier "${t.plan.tier}": give exactly ${t.tier.vmCount}.`,
	};
}

export function vmSize(b: TerraformBuilder, t: TierContext) {
	const size = t.tier.vmSize;
	return b.variable(`${t.id}_vm_size`, {
		type: 'string',
		description:
			size === undefined
				? `VM size for tier "${t.plan.tier}" in the secondary region (the plan assumes ${t.tier.vcpu} vCPUs and ${t.tier.memoryGiB} GiB).`
				: `VM size for tier "${t.plan.tier}" in the secondary region: the plan prices ${size} (${t.tier.vcpu} vCPUs, ${t.tier.memoryGiB} GiB), the size the workload names.`,
		...(size === undefined ? {} : { default: size }),
	});
}

/** Whether the tier's VMs run Windows, as its cost lines price them (os: windows). */
export function isWindows(t: TierContext): boolean {
	return t.tier.os === 'windows';
}

/**
 * Azure Hybrid Benefit on a Windows VM or scale set, as the cost lines assume it: the licence
 * type that bills the base (Linux) compute rate.
 */
export function windowsLicence(t: TierContext): HclItem[] {
	return isWindows(t) && t.tier.hybridBenefit ? [attr('license_type', 'Windows_Server')] : [];
}

/** The administrator's password for Windows VMs (Windows takes no SSH key). */
export function adminPassword(b: TerraformBuilder) {
	return b.variable('admin_password', {
		type: 'string',
		description:
			'Administrator password for the Windows VMs created in the secondary region (pass it from a key vault or TF_VAR_admin_password, never in a committed file).',
		sensitive: true,
	});
}

/** The disk SKU the plan prices for the tier's disks after failover (see diskSku.ts). */
export function diskType(t: TierContext): string {
	return t.diskSku;
}

export function adminAccess(b: TerraformBuilder, windows = false): HclItem[] {
	const user = b.variable('admin_username', {
		type: 'string',
		description: 'Administrator user name on VMs created in the secondary region.',
	});
	if (windows) return [attr('admin_username', user), attr('admin_password', adminPassword(b))];
	const key = b.variable('admin_ssh_public_key', {
		type: 'string',
		description: 'SSH public key for that user (these blocks create Linux VMs).',
	});
	return [
		attr('admin_username', user),
		block('admin_ssh_key', [], [attr('username', user), attr('public_key', key)]),
	];
}

const reservationGroup = (t: TierContext) => `azurerm_capacity_reservation_group.${t.id}`;
const reservationAddress = (t: TierContext) => `azurerm_capacity_reservation.${t.id}`;

/**
 * Where VMs created at failover stand when the writer says nothing more: no zone, with Ultra
 * Disks when the tier's disk type (theirs after failover) gives them Ultra data disks.
 */
const atFailover = (t: TierContext): DiskPlacement => ({
	zone: undefined,
	ultra: hasUltraDisks(t.tier, diskTypesOf(t.tier).disk),
});

/**
 * Whether the tier's reservation is written: asked for, and its VMs can use one (a reservation
 * cannot hold VMs with Ultra Disks, fact capacity.reservation-limits).
 */
export function reservesCapacity(
	t: TierContext,
	placement: DiskPlacement = atFailover(t),
): boolean {
	return t.reserveCapacity && !placement.ultra;
}

/**
 * The capacity reservation group of a tier that reserves capacity, as an argument. The group
 * holds a reservation of the VM size the tier's VMs use after failover (the same variable), so a
 * VM or scale set placed in it must wait for the reservation: see reservationDependsOn. A scale
 * set in a reservation group must not be a single placement group (`scaleSet`). VMs in a zone
 * (`placement`, diskTerraform's diskPlacement) need the group to list the zone and the
 * reservation to be in it (fact capacity.reservation-zones); VMs with Ultra Disks cannot use a
 * reservation at all (fact capacity.reservation-limits), so none is written for them.
 */
export function reservation(
	b: TerraformBuilder,
	t: TierContext,
	argument: string,
	scaleSet = false,
	placement: DiskPlacement = atFailover(t),
): HclItem[] {
	if (!t.reserveCapacity) return [];
	if (!reservesCapacity(t, placement)) {
		b.ensure(`reservation:${t.id}`, () =>
			b.comment(
				`No capacity reservation for tier "${t.plan.tier}": capacity reservations do not support VMs with Ultra Disks (fact capacity.reservation-limits).`,
			),
		);
		return [];
	}
	const zone = placement.zone;
	// The VMs the tier needs after failover, as the plan priced them.
	const reserved = t.plan.recommended.capacityReservation?.vms ?? neededVms(t.tier);
	b.ensure(`reservation:${t.id}`, () => {
		b.resource(
			'azurerm_capacity_reservation_group',
			`${t.id}`,
			[
				attr('name', name(b, `${t.slug}-crg`)),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('location', b.secondaryLocation),
				...(zone === undefined ? [] : [attr('zones', expr(`[${zone.text}]`))]),
			],
			[
				`Capacity reservation for ${step(t)}`,
				'Reserved capacity is billed whether or not VMs use it.',
				...(zone === undefined
					? []
					: [`A VM in a zone uses a reservation in that zone: the group lists ${zone.text}.`]),
			],
			t.plan.tier,
		);
		b.resource(
			'azurerm_capacity_reservation',
			`${t.id}`,
			[
				attr('name', name(b, `${t.slug}-cr`)),
				attr('capacity_reservation_group_id', ref(`${reservationGroup(t)}.id`)),
				...(zone === undefined ? [] : [attr('zone', zone)]),
				block('sku', [], [attr('name', vmSize(b, t)), attr('capacity', reserved)]),
			],
			[
				`${reserved} VM(s) of the size the tier's VMs use after failover (var.${t.id}_vm_size), held in the secondary region.`,
			],
			t.plan.tier,
		);
	});
	return [
		attr(argument, ref(`${reservationGroup(t)}.id`)),
		...(scaleSet ? [attr('single_placement_group', false)] : []),
	];
}

/** What a VM placed in the tier's reservation group waits for: the reservation itself. */
export function reservationDependsOn(
	t: TierContext,
	placement: DiskPlacement = atFailover(t),
): string[] {
	return reservesCapacity(t, placement) ? [reservationAddress(t)] : [];
}

/** `depends_on = [a, b]`, or nothing when the list is empty. */
export function dependsOn(addresses: readonly string[]): HclItem[] {
	return addresses.length === 0 ? [] : [attr('depends_on', expr(`[${addresses.join(', ')}]`))];
}
