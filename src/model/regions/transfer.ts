/**
 * Which transfer price applies between two regions. The network facts distinguish transfer
 * between regions on one continent from transfer between continents; traffic inside one
 * region is not inter-region transfer at all.
 */
import { regionByName } from './lookup.ts';

export type TransferKind = 'same-region' | 'intra-continent' | 'inter-continent';

/** The fact that prices each kind (none for traffic inside one region). */
export const TRANSFER_FACT: Record<TransferKind, string | undefined> = {
	'same-region': undefined,
	'intra-continent': 'network.transfer-price',
	'inter-continent': 'network.intercontinental-price',
};

/** The kind of transfer between two regions, or undefined if either name is unknown. */
export function transferKind(source: string, target: string): TransferKind | undefined {
	const a = regionByName(source);
	const b = regionByName(target);
	if (a === undefined || b === undefined) return undefined;
	if (a.name === b.name) return 'same-region';
	return a.continent === b.continent ? 'intra-continent' : 'inter-continent';
}
