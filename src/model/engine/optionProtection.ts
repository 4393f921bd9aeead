/**
 * What one evaluated option protects against, threat by threat: its pattern's (or its variant's)
 * coverage, raised where the option carries a second layer that covers more. The corruption
 * layer is Azure Backup with soft delete and an immutable vault in the source region, so it
 * counts for corruption and deletion only: a region or a zone is the pattern's job.
 */
import type { Evaluation } from './evaluate.ts';
import type { ProtectionLayer } from './protectionLayer.ts';
import {
	protectionFor,
	protectionForOption,
	THREATS,
	type Coverage,
	type Protection,
	type Threat,
} from '../patterns/pattern.ts';
import { getPattern } from '../patterns/patternRegistry.ts';

/** The threats each kind of layer is there for. */
export const LAYER_THREATS: Record<ProtectionLayer['purpose'], readonly Threat[]> = {
	corruption: ['corruption', 'deletion'],
};

const RANK: Record<Coverage, number> = { no: 0, partial: 1, yes: 2 };

function withLayers(own: Protection, layers: readonly ProtectionLayer[]): Protection {
	let best = own;
	for (const layer of layers) {
		if (!LAYER_THREATS[layer.purpose].includes(own.threat)) continue;
		const by = getPattern(layer.patternId);
		const theirs = protectionFor(by, own.threat);
		if (RANK[theirs.level] > RANK[best.level])
			best = {
				threat: own.threat,
				level: theirs.level,
				note: `Through its ${layer.purpose} layer, ${by.shortName}: ${theirs.note}`,
			};
	}
	return best;
}

/** One entry per threat, in THREATS order. */
export function optionProtection(
	e: Pick<Evaluation, 'patternId' | 'variant' | 'layers'>,
): Protection[] {
	const pattern = getPattern(e.patternId);
	return THREATS.map((threat) =>
		withLayers(protectionForOption(pattern, e.variant, threat), e.layers),
	);
}
