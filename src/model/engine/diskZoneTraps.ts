/**
 * The trap for Ultra Disk and Premium SSD v2 in a secondary region without availability zones:
 * the Terraform then creates their disks and VMs regionally (kit/diskTerraform.ts), which Azure
 * allows only in the regions it lists for that (kit/diskZone.ts). Said once per tier.
 */
import { needsZone, regionalDisksText, zonelessTarget, ZONE_FACT } from '../kit/diskZone.ts';
import { diskTypesOf } from '../kit/prices.ts';
import type { Workload } from '../schema/workload.ts';

/** A trap as traps.ts collects it (declared here so the two files do not import each other). */
interface Trap {
	id: string;
	tier?: string;
	text: string;
	factIds: string[];
}

export function regionalDiskTraps(workload: Workload, tierNames: readonly string[]): Trap[] {
	const region = zonelessTarget(workload);
	if (region === undefined) return [];
	const traps: Trap[] = [];
	for (const name of tierNames) {
		const tier = workload.tiers.find((t) => t.name === name);
		if (tier === undefined || tier.data === 'paas') continue;
		// The disks after failover, then the replicas' where they differ.
		const types = diskTypesOf(tier);
		const type = [types.disk, types.replica].find((d) => needsZone(tier, d));
		if (type === undefined) continue;
		traps.push({
			id: `regional-disks-${name}`,
			tier: name,
			text: regionalDisksText(name, type, region),
			factIds: [ZONE_FACT[type] ?? 'disks.ultra-vm-needs'],
		});
	}
	return traps;
}
