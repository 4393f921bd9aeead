/**
 * The managed disk SKU a tier's disks get in the Terraform: the type the plan prices
 * (`diskTypesOf` in prices.ts: the tier's `diskType`, premium SSD when it names none, and
 * `replicaDiskType` for Site Recovery's replica disks before failover, Standard HDD when it names
 * none). Every writer takes the SKU from here, so the Terraform and the cost lines agree.
 */
import { AZURE_DISK_SKU } from '../schema/diskTypes.ts';
import type { Tier } from '../schema/workload.ts';
import { diskTypesOf } from './prices.ts';

/** The SKU for one of the tier's disk type fields. */
export function diskSku(tier: Tier, field: 'diskType' | 'replicaDiskType'): string {
	const types = diskTypesOf(tier);
	return AZURE_DISK_SKU[field === 'diskType' ? types.disk : types.replica];
}
