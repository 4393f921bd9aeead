/**
 * Fields a tier gives that do not apply to it, said in the plan rather than dropped in silence
 * (cost review C6). `sqlServer` is the edition of SQL Server on a VM; a tier whose data is in
 * Azure SQL Database (`data: paas`) has no edition to choose: its service tier takes that place,
 * and the plan says which one it priced. Stored files and links that carry the field still open
 * and plan as before; the note is what changes.
 */
import type { Workload } from '../schema/workload.ts';
import { resolvePrices } from '../kit/prices.ts';

/** A field of a tier that does not apply to it: the field's name in the workload file, and why. */
export interface FieldNote {
	field: 'sqlServer';
	text: string;
}

/** What a tier's inapplicable fields mean for its plan, in words; empty when all apply. */
export function tierFieldNotes(workload: Workload, tierName: string): FieldNote[] {
	const tier = workload.tiers.find((t) => t.name === tierName);
	if (tier === undefined || tier.data !== 'paas') return [];
	const edition = tier.sqlServer ?? 'none';
	if (edition === 'none') return [];
	const sql = resolvePrices(workload).sqlVcoreHour.meter;
	const priced =
		tier.hourlyPriceUsd !== undefined
			? `at your hourly price, US$${tier.hourlyPriceUsd} per database`
			: `as ${sql.service} ${sql.sku}, ${tier.vcpu} vCores; give the tier an hourly price (hourlyPriceUsd) to price another service tier`;
	return [
		{
			field: 'sqlServer',
			text: `${tier.name}: “SQL Server on the VM” (sqlServer: ${edition}, SQL Server ${edition === 'standard' ? 'Standard' : 'Enterprise'}) applies to SQL Server running on a VM, and this tier’s data is in Azure SQL Database, where the edition is not chosen: the service tier takes its place. It is not used in this plan, which is priced ${priced}.`,
		},
	];
}
