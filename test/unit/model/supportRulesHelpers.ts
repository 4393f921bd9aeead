/** What the support-rule tests share: a one-tier plan, and each option's evaluation by key. */
import {
	parseWorkload,
	recommend,
	type Evaluation,
	type Plan,
	type TierInput,
	type WorkloadInput,
} from '~/model/index.ts';

/** Plans a workload of `base` changed by `tier`, with both targets `targetMinutes`. */
export function oneTierPlanner(name: string, base: TierInput, targetMinutes: number) {
	return (tier: Partial<TierInput>, extra: Partial<WorkloadInput> = {}): Plan => {
		const r = parseWorkload({
			name,
			tiers: [{ ...base, ...tier }],
			rtoMinutes: targetMinutes,
			rpoMinutes: targetMinutes,
			...extra,
		});
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		return recommend(r.workload);
	};
}

/** Every evaluation of the plan: recommended, alternatives, rejected and nearest. */
export const all = (p: Plan): Evaluation[] =>
	p.tiers.flatMap((t) => [t.recommended, ...t.alternatives, ...t.rejected, ...t.nearest]);
export const byKey = (p: Plan, key: string) => all(p).find((e) => e.key === key);
export const notSupported = (e: Evaluation | undefined) =>
	(e?.rejections ?? []).filter((r) => r.kind === 'not-supported');
