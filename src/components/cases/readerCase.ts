/**
 * A worked case from the seed article or its readers' comments, as the model sees it today: the workload
 * in a few rows, the plan for each tier, why chosen options were ruled out, and the wizard link
 * that reproduces it. Pure, so it is unit-tested without Astro.
 */
import {
	formatMinutes,
	formatTarget,
	formatUsd,
	parseWorkload,
	recommend,
	workloadToQuery,
	type Plan,
	type Workload,
} from '~/model/index.ts';
import { DATA_TEXT } from '../widgets/tierWords.ts';

export interface CaseTierRow {
	name: string;
	what: string;
	patternId: string;
	option: string;
	meetsTargets: boolean;
	rto: string;
	/** Typical RPO. */
	rpo: string;
	/** RPO at worst in normal operation: the statistic the target is judged on. */
	rpoWorst: string;
	monthly: string;
}

export interface CaseRejection {
	tier: string;
	patternId: string;
	option: string;
	reasons: string[];
}

export interface CaseSummary {
	name: string;
	workload: Workload;
	plan: Plan;
	targets: string;
	tiers: CaseTierRow[];
	/** Reasons the model gives for ruling out the patterns the case asks about. */
	rejections: CaseRejection[];
	/** The recovery order when some tiers wait for others ("sql, then app"), else undefined. */
	order?: string;
	wizardHref: string;
}

function tierText(t: Workload['tiers'][number]): string {
	const vms = t.data === 'paas' ? '' : `${t.vmCount} VM${t.vmCount === 1 ? '' : 's'}, `;
	const disks =
		t.data === 'paas' ? '' : `${t.disksPerVm} disk${t.disksPerVm === 1 ? '' : 's'} each, `;
	const change = t.dailyChangeGiB !== undefined ? `, ${t.dailyChangeGiB} GiB changed a day` : '';
	return `${vms}${disks}${t.dataGiB} GiB${change}; ${DATA_TEXT[t.data]}`;
}

/**
 * @param input the case's workload file, as JSON
 * @param explain pattern ids whose rejection the case discusses (shown with the model's reasons)
 */
export function caseSummary(
	input: unknown,
	source: string,
	explain: readonly string[] = [],
): CaseSummary {
	const parsed = parseWorkload(input);
	if (!parsed.ok) {
		throw new Error(
			`${source} is not a valid workload: ${parsed.issues.map((i) => `${i.field} ${i.message}`).join('; ')}`,
		);
	}
	const workload = parsed.workload;
	const plan = recommend(workload);
	const budget =
		workload.budgetUsd !== undefined ? `, budget ${formatUsd(workload.budgetUsd)} a month` : '';
	const tiers = plan.tiers.map((t): CaseTierRow => {
		const tier = workload.tiers.find((w) => w.name === t.tier);
		const e = t.recommended;
		return {
			name: t.tier,
			what: tier !== undefined ? tierText(tier) : t.kind,
			patternId: e.patternId,
			option: e.name,
			meetsTargets: t.meetsTargets,
			rto: formatMinutes(e.rto.total.typical),
			rpo: formatMinutes(e.rpo.minutes.typical),
			rpoWorst: formatMinutes(e.rpo.minutes.high),
			monthly: formatUsd(e.cost.monthlyUsd),
		};
	});
	const rejections = plan.tiers.flatMap((t) =>
		[...t.rejected, ...t.nearest]
			.filter((e) => explain.includes(e.patternId) && e.rejections.length > 0)
			.filter((e, i, all) => all.findIndex((o) => o.key === e.key) === i)
			.map((e): CaseRejection => ({
				tier: t.tier,
				patternId: e.patternId,
				option: e.name,
				reasons: e.rejections.map((r) => r.reason),
			})),
	);
	const missing = explain.filter((id) => !rejections.some((r) => r.patternId === id));
	if (missing.length > 0) {
		throw new Error(
			`${source}: the model does not rule out ${missing.join(', ')} for this workload, so there is no reason to show; remove it from \`explain\`.`,
		);
	}
	return {
		name: workload.name,
		workload,
		plan,
		targets: `RTO ${formatTarget(workload.rtoMinutes)}, RPO ${formatTarget(workload.rpoMinutes)}${budget}`,
		tiers,
		rejections,
		...(plan.rto.order.length > 1
			? { order: plan.rto.order.map((group) => group.join(' and ')).join(', then ') }
			: {}),
		wizardHref: `/wizard/?${workloadToQuery(workload)}`,
	};
}
