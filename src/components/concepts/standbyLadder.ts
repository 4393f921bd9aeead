/**
 * The standby ladder on the concepts page: for each rung, which of our patterns and variants sit
 * on it for each kind of tier (from the pattern modules' options), and the reference workload's
 * own figures per rung (the cheapest usable option of each tier on that rung, from recommend()).
 */
import {
	PATTERN_IDS,
	STANDBY_LADDER,
	STANDBY_LEVELS,
	getPattern,
	type Plan,
	type RejectionKind,
	type StandbyLevel,
	type StandbyRung,
} from '~/model/index.ts';
import { patternModule } from '~/model/patterns/index.ts';
import type { TierSituation } from '~/model/patterns/patternModule.ts';
import type { PatternId } from '~/model/patterns/ids.ts';

export const SITUATIONS: readonly TierSituation[] = ['stateless', 'stateful-vm', 'paas'];

export const SITUATION_LABELS: Record<TierSituation, string> = {
	stateless: 'Stateless VM tier',
	'stateful-vm': 'Stateful VM tier',
	paas: 'Database in PaaS',
};

export interface RungOption {
	patternId: PatternId;
	/** The pattern's name, with the variant's where the option is a variant. */
	label: string;
}

export interface LadderRung extends StandbyRung {
	options: Record<TierSituation, RungOption[]>;
}

function optionLabel(patternId: PatternId, variant: string | undefined): string {
	const pattern = getPattern(patternId);
	if (variant === undefined) return pattern.name;
	const v = pattern.variants?.find((x) => x.id === variant);
	return `${pattern.name}: ${v?.name ?? variant}`;
}

/** Every rung, bottom first, with the options of every current pattern on it (historical and retired ones are not offered). */
export function ladderRungs(): LadderRung[] {
	return STANDBY_LEVELS.map((level) => {
		const options: Record<TierSituation, RungOption[]> = {
			stateless: [],
			'stateful-vm': [],
			paas: [],
		};
		for (const patternId of PATTERN_IDS) {
			if (getPattern(patternId).status !== 'current') continue;
			for (const o of patternModule(patternId).options ?? []) {
				if (o.standby !== level) continue;
				for (const s of o.for)
					options[s].push({ patternId, label: optionLabel(patternId, o.variant) });
			}
		}
		return { ...STANDBY_LADDER[level], options };
	});
}

/** Rejections that only say "misses your target" or "over budget": the option itself is usable. */
const TARGET_MISSES: ReadonlySet<RejectionKind> = new Set(['rto', 'rpo', 'budget']);

export interface RungFigures {
	level: StandbyLevel;
	tier: string;
	name: string;
	rtoMinutes: number;
	/** The worst case in normal operation: the statistic targets are judged on. */
	rpoWorstMinutes: number;
	monthlyUsd: number;
}

/**
 * For each tier of the plan and each rung, the cheapest usable option on that rung (none where
 * the tier has no usable option there), bottom rung first.
 */
export function rungFigures(plan: Plan): RungFigures[] {
	const rows: RungFigures[] = [];
	for (const tier of plan.tiers) {
		const all = [tier.recommended, ...tier.alternatives, ...tier.rejected];
		const usable = all.filter((e) => e.rejections.every((r) => TARGET_MISSES.has(r.kind)));
		for (const level of STANDBY_LEVELS) {
			const cheapest = usable
				.filter((e) => e.standby === level)
				.sort(
					(a, b) =>
						a.cost.monthlyUsd - b.cost.monthlyUsd || a.rto.total.typical - b.rto.total.typical,
				)[0];
			if (cheapest === undefined) continue;
			rows.push({
				level,
				tier: tier.tier,
				name: cheapest.name,
				rtoMinutes: cheapest.rto.total.typical,
				rpoWorstMinutes: cheapest.rpo.minutes.high,
				monthlyUsd: cheapest.cost.monthlyUsd,
			});
		}
	}
	return rows;
}
