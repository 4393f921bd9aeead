/**
 * Sensitivity: which of the reader's inputs moves the plan most. Each input is doubled (or,
 * for targets, halved: a tighter target) on its own, within its accepted range, and the plan
 * is recomputed; the rows say how the end-to-end RTO, the RPO and the monthly cost moved, and
 * whether a tier's recommended pattern changed. Deterministic. A probe of one tier's input
 * re-evaluates that tier only and reuses the others' evaluations (a tier's options never read
 * another tier); a probe of a workload-wide input re-plans the whole workload.
 */
import { dailyChangeGiB } from '../kit/prices.ts';
import { routerRule } from '../kit/routers/index.ts';
import { evaluateTiers, planFromEvaluations, recommend, type Plan } from './recommend.ts';
import { RANGES, type RangeName, type Tier, type Workload } from '../schema/workload.ts';
import { formatDecimal, formatMinutes, formatUsd } from '../facts/format.ts';
import { MAX_TIERED_DISK_GIB } from '../facts/diskTiers.ts';
import { runSteps } from '../kit/runSteps.ts';

export interface SensitivityRow {
	/** Dotted field path, as in the workload and the form. */
	field: string;
	/** What a reader calls it: "web: data per VM". */
	label: string;
	from: number;
	to: number;
	unit: string;
	/** Differences from the current plan, in minutes and US$ a month (positive = more). */
	rtoMinutes: number;
	rpoMinutes: number;
	monthlyUsd: number;
	/** Tiers whose recommended pattern changes, with the new choice. */
	switches: { tier: string; from: string; to: string }[];
	/** The largest of the three changes relative to the current value: what sorts the rows. */
	weight: number;
	/** Where the probe's starting value comes from, when it is not a field of the workload. */
	basis?: string;
}

interface Probe {
	field: string;
	label: string;
	from: number;
	to: number;
	unit: string;
	/** The tier the probe changes; absent when it changes a workload-wide input. */
	tier?: number;
	basis?: string;
	apply: (w: Workload) => Workload;
}

/** The shared people (or automation) steps a probe halves, with the workload's field for each. */
const PEOPLE_PROBES = [
	{ kind: 'detect', field: 'detectMinutes', people: 'Time to detect the disruption, halved' },
	{ kind: 'declare', field: 'declareMinutes', people: 'Time to declare a disaster, halved' },
	{
		kind: 'validate',
		field: 'validateMinutes',
		people: 'Time to validate the application, halved',
	},
] as const;

const clampTo = (range: RangeName, value: number): number =>
	Math.min(RANGES[range].max, Math.max(RANGES[range].min, value));

/** The tier's data at `data` GiB: its listed disks grown by the same factor, else dataGiB. */
function doubledData(t: Tier, data: number): Partial<Tier> {
	const sizes = t.dataDiskSizesGiB;
	if (sizes === undefined) return { dataGiB: data };
	// A disk that fits every type keeps fitting (the largest Premium SSD, Standard SSD or HDD).
	const grown = sizes.map((s) => {
		const size = clampTo('dataDiskGiB', Math.round((s * data) / t.dataGiB));
		return s <= MAX_TIERED_DISK_GIB ? Math.min(size, MAX_TIERED_DISK_GIB) : size;
	});
	return { dataDiskSizesGiB: grown, dataGiB: grown.reduce((a, b) => a + b, 0) };
}

function withTier(w: Workload, index: number, patch: Partial<Tier>): Workload {
	return { ...w, tiers: w.tiers.map((t, i) => (i === index ? { ...t, ...patch } : t)) };
}

function probes(w: Workload, base: Plan): Probe[] {
	const list: Probe[] = [];
	w.tiers.forEach((t, i) => {
		const vms = clampTo('vmCount', t.vmCount * 2);
		if (vms !== t.vmCount) {
			list.push({
				field: `tiers.${i}.vmCount`,
				label: `${t.name}: VMs`,
				from: t.vmCount,
				to: vms,
				unit: RANGES.vmCount.unit,
				tier: i,
				apply: (x) => withTier(x, i, { vmCount: vms }),
			});
		}
		// Listed data disks each grow by the same factor, as far as a disk goes.
		const doubled = doubledData(t, clampTo('dataGiB', t.dataGiB * 2));
		const data = doubled.dataGiB ?? t.dataGiB;
		if (data !== t.dataGiB) {
			list.push({
				field: `tiers.${i}.dataGiB`,
				label: `${t.name}: data per VM`,
				from: t.dataGiB,
				to: data,
				unit: RANGES.dataGiB.unit,
				tier: i,
				apply: (x) => withTier(x, i, doubled),
			});
		}
		if (t.kind === 'stateful') {
			const change = dailyChangeGiB(t).gib;
			const doubled = clampTo('dailyChangeGiB', Math.max(change * 2, 1));
			if (doubled !== change) {
				list.push({
					field: `tiers.${i}.dailyChangeGiB`,
					label: `${t.name}: daily change`,
					from: change,
					to: doubled,
					unit: RANGES.dailyChangeGiB.unit,
					tier: i,
					apply: (x) => {
						// The doubled daily change replaces a churn rate, which would otherwise win.
						const tier: Tier = { ...(x.tiers[i] ?? t), dailyChangeGiB: doubled };
						delete tier.churnMBps;
						return { ...x, tiers: x.tiers.map((v, j) => (j === i ? tier : v)) };
					},
				});
			}
		}
	});
	for (const [target, label] of [
		['rtoMinutes', 'RTO target, halved'],
		['rpoMinutes', 'RPO target, halved'],
	] as const) {
		const halved = clampTo(target, w[target] / 2);
		if (halved === w[target]) continue;
		list.push({
			field: target,
			label,
			from: w[target],
			to: halved,
			unit: RANGES[target].unit,
			apply: (x) => ({ ...x, [target]: halved }),
		});
	}
	// Each shared step starts from the minutes the plan itself used: the team's measured time,
	// automation's alert and action times, or people's estimate; a step the plan lacks is not probed.
	const automated = w.operations.trigger === 'automation';
	for (const { kind, field, people } of PEOPLE_PROBES) {
		const step = base.rto.steps.find((s) => s.kind === kind && s.tier === undefined);
		const from = step?.minutes.typical ?? 0;
		if (step === undefined || from <= 0) continue;
		const basis =
			w.operations[field] !== undefined
				? `from your measured ${formatMinutes(from)}`
				: automated
					? `from the plan’s automated step “${step.label}”, ${formatMinutes(from)}`
					: `from the plan’s estimate for people, ${formatMinutes(from)}`;
		list.push({
			field: `operations.${field}`,
			label: automated ? `${step.label}, halved` : people,
			from,
			to: from / 2,
			unit: RANGES.peopleMinutes.unit,
			basis,
			apply: (x) => ({ ...x, operations: { ...x.operations, [field]: from / 2 } }),
		});
	}
	if (routerRule(w.routing).ttlTrap !== undefined && w.routing.ttlSeconds > 0) {
		const ttl = Math.round(w.routing.ttlSeconds / 2);
		list.push({
			field: 'routing.ttlSeconds',
			label: 'DNS TTL, halved',
			from: w.routing.ttlSeconds,
			to: ttl,
			unit: RANGES.ttlSeconds.unit,
			apply: (x) => ({ ...x, routing: { ...x.routing, ttlSeconds: ttl } }),
		});
	}
	return list;
}

const relative = (delta: number, base: number): number =>
	Math.abs(delta) / Math.max(Math.abs(base), 1);

const round = (n: number): number => Math.round(n * 100) / 100;

/** The inputs that move this plan, most first; inputs that move nothing are left out. */
export function sensitivity(
	workload: Workload,
	base: Plan = recommend(workload),
): SensitivityRow[] {
	return runSteps(sensitivitySteps(workload, base));
}

/**
 * The same analysis one re-plan at a time: the generator pauses after each probe, so a page can
 * run it in slices between frames and drop it when the reader edits again. Its return value is
 * what sensitivity() returns.
 */
export function* sensitivitySteps(
	workload: Workload,
	base: Plan,
): Generator<void, SensitivityRow[], void> {
	const rows: SensitivityRow[] = [];
	const all = probes(workload, base);
	const evaluations = all.some((p) => p.tier !== undefined) ? evaluateTiers(workload) : [];
	for (const probe of all) {
		yield;
		const probed = probe.apply(workload);
		const plan =
			probe.tier === undefined
				? recommend(probed)
				: planFromEvaluations(
						probed,
						evaluateTiers(probed, { from: evaluations, except: probe.tier }),
					);
		const rto = plan.rto.total.typical - base.rto.total.typical;
		const rpo = plan.rpo.minutes.typical - base.rpo.minutes.typical;
		const cost = plan.cost.monthlyUsd - base.cost.monthlyUsd;
		const switches = plan.tiers.flatMap((t) => {
			const before = base.tiers.find((b) => b.tier === t.tier)?.recommended;
			return before !== undefined && before.key !== t.recommended.key
				? [{ tier: t.tier, from: before.name, to: t.recommended.name }]
				: [];
		});
		const weight = Math.max(
			relative(rto, base.rto.total.typical),
			relative(rpo, base.rpo.minutes.typical),
			relative(cost, base.cost.monthlyUsd),
		);
		if (weight < 0.005 && switches.length === 0) continue;
		rows.push({
			field: probe.field,
			label: probe.label,
			from: round(probe.from),
			to: round(probe.to),
			unit: probe.unit,
			rtoMinutes: round(rto),
			rpoMinutes: round(rpo),
			monthlyUsd: round(cost),
			switches,
			weight: round(weight),
			...(probe.basis !== undefined ? { basis: probe.basis } : {}),
		});
	}
	return rows.sort((a, b) => b.weight - a.weight || a.field.localeCompare(b.field));
}

const signed = (n: number, format: (v: number) => string): string =>
	`${n > 0 ? '+' : '−'}${format(Math.abs(n))}`;

const amount = (n: number): string => formatDecimal(n, 2);

/** One row as a sentence: "sql: VMs 2 → 4 VMs: cost +US$373.52 a month". */
export function sensitivityText(row: SensitivityRow): string {
	const effects = [
		row.rtoMinutes !== 0 ? `RTO ${signed(row.rtoMinutes, formatMinutes)}` : undefined,
		row.rpoMinutes !== 0 ? `RPO ${signed(row.rpoMinutes, formatMinutes)}` : undefined,
		row.monthlyUsd !== 0 ? `cost ${signed(row.monthlyUsd, formatUsd)} a month` : undefined,
		...row.switches.map((s) => `${s.tier} switches to ${s.to}`),
	].filter((e): e is string => e !== undefined);
	return `${row.label} (${amount(row.from)} → ${amount(row.to)} ${row.unit}${row.basis !== undefined ? `; ${row.basis}` : ''}): ${effects.join('; ')}`;
}
