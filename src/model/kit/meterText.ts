/**
 * A cost line's meter as a reader re-enters it in the Azure pricing calculator: service, SKU or
 * tier, quantity and unit, unit price, region; and, when the unit price is another region's
 * (the model's prices are East US list prices until a snapshot reads the region's own), whose.
 */
import { getFact } from '../facts/factRegistry.ts';
import { formatDecimal } from '../facts/format.ts';
import { regionByName } from '../regions/index.ts';
import type { CostLine, Meter } from './types.ts';

/** `West US (westus)` for a region name, the words as given otherwise. */
export function meterRegionText(region: string): string {
	const named = (name: string) => {
		const r = regionByName(name);
		return r === undefined ? name : `${r.displayName} (${r.name})`;
	};
	const between = region.split(' to ');
	return between.length === 2 ? between.map(named).join(' to ') : named(region);
}

/** Units read as symbols or counts already plural (`GB`, `GiB a month`, `million requests`). */
const UNPLURALISED = /^(?:[KMGTP]i?B|million)\b/u;

/**
 * A quantity and its meter unit as English: `1 hour`, `730 hours`, `3 disks a month`,
 * `2 protected instances a month`, `1,460 disk-hours`; symbols (`GB`, `GiB a month`) and
 * `million requests` stay as they are. The noun pluralised is the unit's before ` a month`.
 */
export function meterQuantityText(quantity: number, unit: string): string {
	const amount = formatDecimal(quantity, 2);
	if (quantity === 1 || UNPLURALISED.test(unit)) return `${amount} ${unit}`;
	const month = ' a month';
	const noun = unit.endsWith(month) ? unit.slice(0, -month.length) : unit;
	const rest = unit.slice(noun.length);
	const plural = /(?:s|x|ch|sh)$/u.test(noun) ? `${noun}es` : `${noun}s`;
	return `${amount} ${plural}${rest}`;
}

/**
 * `Virtual Machines · Standard_D4s_v5, Windows · 2,190 hours × US$0.376 · West US (westus); the
 * unit price is for East US (eastus), and this region’s may differ`
 */
export function meterText(m: Meter, estimate = false): string {
	const price = `US$${formatDecimal(m.unitPriceUsd, 4)}${estimate ? ' (estimate)' : ''}`;
	const whose =
		m.priceRegion === undefined
			? ''
			: `; the unit price is for ${meterRegionText(m.priceRegion)}, and this region’s may differ`;
	return `${m.service} · ${m.sku} · ${meterQuantityText(m.quantity, m.unit)} × ${price} · ${meterRegionText(m.region)}${whose}`;
}

/** A cost line's meter, its unit price marked as an estimate when a fact it used is one. */
export function costLineMeterText(l: CostLine): string {
	return meterText(
		l.meter,
		l.factIds.some((id) => getFact(id).status === 'estimate'),
	);
}
