/**
 * The three-tier example on the recovery-order page: the reference workload with an app tier
 * between its web servers and its database, each tier waiting for the one below. Its plan is
 * computed twice (people start the recovery, then an alert does) so the page can show what the
 * order and the trigger change, with the model's own figures.
 */
import {
	formatMinutes,
	parseWorkload,
	recommend,
	referenceWorkloadInput,
	type Plan,
	type Workload,
	type WorkloadInput,
} from '~/model/index.ts';

const [web, database] = referenceWorkloadInput.tiers;

/** The example: web needs app, app needs database. */
export const threeTierInput: WorkloadInput = {
	...referenceWorkloadInput,
	name: 'Three tiers: web, app and SQL Server VM',
	tiers: [
		{ ...web!, name: 'web', dependsOn: ['app'] },
		{ ...web!, name: 'app', dependsOn: ['database'] },
		{ ...database!, name: 'database' },
	],
};

function parsed(input: WorkloadInput): Workload {
	const result = parseWorkload(input);
	if (!result.ok) throw new Error(`Invalid example: ${JSON.stringify(result.issues)}`);
	return result.workload;
}

export function threeTierPlan(trigger: 'people' | 'automation' = 'people'): Plan {
	return recommend(parsed({ ...threeTierInput, operations: { trigger } }));
}

export interface ScheduleRow {
	tier: string;
	option: string;
	waitsFor: string;
	starts: string;
	backBy: string;
}

/**
 * The plan's schedule as rows, in start-group order (a tier after the tiers it waits for). A tier
 * that prepares while it waits says when it serves.
 */
export function scheduleRows(plan: Plan): ScheduleRow[] {
	const rank = new Map(plan.rto.order.flat().map((tier, i) => [tier, i]));
	return [...plan.rto.schedule]
		.sort((a, b) => (rank.get(a.tier) ?? 0) - (rank.get(b.tier) ?? 0))
		.map((s) => {
			const tier = plan.tiers.find((t) => t.tier === s.tier);
			return {
				tier: s.tier,
				option: tier?.recommended.name ?? '',
				waitsFor: s.waitsFor ?? 'nothing',
				starts:
					s.start.typical < s.serveFrom.typical
						? `${formatMinutes(s.start.typical)}, serves from ${formatMinutes(s.serveFrom.typical)}`
						: formatMinutes(s.start.typical),
				backBy: formatMinutes(s.finish.typical),
			};
		});
}

/** A Mermaid flowchart of the example's dependencies: an arrow from each tier to what waits for it. */
export function dependencyMermaid(input: WorkloadInput = threeTierInput): string {
	const lines = ['flowchart LR'];
	for (const t of input.tiers) lines.push(`  ${t.name}["${t.name}"]`);
	for (const t of input.tiers)
		for (const dep of t.dependsOn ?? []) lines.push(`  ${dep} -->|"then"| ${t.name}`);
	return lines.join('\n');
}
