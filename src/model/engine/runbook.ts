/**
 * A plan as a Markdown DR runbook: roles, who declares, a drill plan (scope, steps in start
 * order with owners, success criteria, clean-up, the drill's own cost, a table for measured
 * step times), failover and failback per tier, and predicted against measured RTO and RPO.
 * Pure; the wizard's export and `npm run recommend -- --runbook` both print this text.
 */
import { patternModule } from '../patterns/index.ts';
import { factNumber } from '../facts/factRegistry.ts';
import { renderFactText } from '../facts/factRefs.ts';
import { formatMinutes, formatTarget, formatUsd } from '../facts/format.ts';
import type { RtoStep } from '../kit/types.ts';
import type { Step } from '../patterns/pattern.ts';
import { getPattern } from '../patterns/patternRegistry.ts';
import { declareStep, switchTrafficStep, validateStep } from '../patterns/commonSteps.ts';
import type { Plan, TierPlan } from './recommend.ts';
import { tierPhases, waitReason } from './dependencyWait.ts';

/**
 * Reader-typed text (workload and tier names) as literal Markdown: every ASCII punctuation
 * character Markdown or HTML could act on is backslash-escaped, so a name such as
 * "<img onerror=…>" or "**x**" renders as typed in any Markdown viewer and never as markup.
 */
export const mdText = (text: string) =>
	text.replace(/[\\`*_[\]<>|&]/g, (ch) => `\\${ch}`).replace(/\s*\n\s*/g, ' ');

/** Model text that quotes reader-typed names (headline, traps): no HTML can start in it. */
const noHtml = (text: string) => text.replace(/[<&]/g, (ch) => `\\${ch}`);

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Steps every tier shares: run once for the whole workload, not once per tier. */
const SHARED_TITLES = new Set([declareStep.title, switchTrafficStep.title, validateStep.title]);

/** A resource a runbook step acts on, named as the plan's Terraform names it. */
export interface RunbookResource {
	what: string;
	/** The Terraform address, `type.name`. */
	address: string;
	/** The Azure name, with <name_prefix> where the prefix goes. */
	azureName: string;
	tier?: string;
}

export interface RunbookOptions {
	/** A link that reproduces the plan (the wizard's address with the workload in it). */
	url?: string | undefined;
	/**
	 * Tiers in start order: each group starts once the groups before it are up (the shape of
	 * startGroups in the dependency order). Default: every tier in one group, in plan order.
	 * Tiers the groups leave out are started in a last group, so none is forgotten.
	 */
	startGroups?: readonly (readonly string[])[] | undefined;
	/**
	 * The resources the steps act on, as the plan's Terraform names them (`runbookResources` in
	 * runbookResources.ts, loaded with the Terraform writers). Without them the runbook has no
	 * resource table.
	 */
	resources?: readonly RunbookResource[] | undefined;
}

/** The plan's tiers grouped in start order; unknown names are ignored, missing tiers appended. */
export function tiersInStartOrder(
	plan: Plan,
	startGroups?: readonly (readonly string[])[],
): TierPlan[][] {
	const byName = new Map(plan.tiers.map((t) => [t.tier, t]));
	const placed = new Set<string>();
	const groups: TierPlan[][] = [];
	for (const group of startGroups ?? plan.rto.order) {
		const tiers = group.flatMap((name) => {
			const tier = byName.get(name);
			if (tier === undefined || placed.has(name)) return [];
			placed.add(name);
			return [tier];
		});
		if (tiers.length > 0) groups.push(tiers);
	}
	const rest = plan.tiers.filter((t) => !placed.has(t.tier));
	if (rest.length > 0) groups.push(rest);
	return groups;
}

/** What one drill costs and what forgotten drill resources keep costing; US$, estimates. */
export interface DrillCost {
	/** Drills a year in the workload. */
	drillsPerYear: number;
	/** Hours one drill's test copies run (ops.drill-hours). */
	hours: number;
	/** Compute of one drill, every tier; undefined when the plan has no drills to price from. */
	perDrillUsd?: number;
	perYearUsd: number;
	/** Compute that keeps billing for each day the drill's VMs are left running. */
	forgottenDayUsd?: number;
	byTier: { tier: string; perDrillUsd?: number; formula: string }[];
}

export function drillCost(plan: Plan): DrillCost {
	const drillsPerYear = plan.workload.drillsPerYear;
	const hours = factNumber('ops.drill-hours');
	const perDrill = (monthlyUsd: number) =>
		drillsPerYear > 0 ? (monthlyUsd * 12) / drillsPerYear : undefined;
	const byTier = plan.tiers.map((t) => {
		const line = t.recommended.cost.lines.find((l) => l.kind === 'drills');
		const usd = perDrill(line?.monthlyUsd ?? 0);
		return {
			tier: t.tier,
			...(usd !== undefined ? { perDrillUsd: usd } : {}),
			formula: line?.formula ?? 'no drill line',
		};
	});
	const total = perDrill(plan.cost.byKind.drills);
	return {
		drillsPerYear,
		hours,
		...(total !== undefined
			? { perDrillUsd: total, forgottenDayUsd: hours > 0 ? (total / hours) * 24 : 0 }
			: {}),
		perYearUsd: plan.cost.byKind.drills * 12,
		byTier,
	};
}

/** What a drill of this pattern leaves behind, to delete afterwards. */
function cleanUpFor(tier: TierPlan): string {
	const { patternId, variant } = tier.recommended;
	const cleanUp = patternModule(patternId).drillCleanUp;
	return (
		(typeof cleanUp === 'function' ? cleanUp(variant) : cleanUp) ??
		'delete the VMs, disks and public IP addresses created from the copies for the drill; keep the copies themselves.'
	);
}

const ownerOf = (s: Step) => s.owner ?? 'platform engineer';

const stepLine = (n: number, s: Step) =>
	`${n}. [ ] **${renderFactText(s.title)}** (${ownerOf(s)}): ${renderFactText(s.detail)}`;

export function runbookMarkdown(plan: Plan, url?: string, options: RunbookOptions = {}): string {
	const w = plan.workload;
	const link = url ?? options.url;
	const groups = tiersInStartOrder(plan, options.startGroups);
	const ordered = groups.flat();
	const out: string[] = [];
	out.push(`# DR runbook: ${mdText(w.name)}`, '');
	out.push(`Targets: RTO ${formatTarget(w.rtoMinutes)}, RPO ${formatTarget(w.rpoMinutes)}.`, '');
	out.push(`Plan: ${noHtml(plan.headline)}`, '');
	if (plan.regions !== undefined) out.push(`Regions: ${plan.regions.text}`, '');
	if (link !== undefined) out.push(`Reproduce this plan: ${link}`, '');
	out.push('## Roles', '');
	out.push('| Role | Name | Responsibility |', '|---|---|---|');
	out.push('| Incident lead | | Declares the disaster, owns communication, commits the failover |');
	out.push('| Platform engineer | | Runs the failover and failback steps for the VMs |');
	out.push('| Database administrator | | Chooses the recovery point, promotes or restores data |');
	out.push('| Network engineer | | Switches traffic and checks routing |');
	out.push('| Application owner | | Validates the application and signs off |', '');
	out.push('## Who declares the disaster', '');
	out.push(
		'The incident lead declares, after checking Azure status and your own probes. Write down who deputises when they cannot be reached.',
		'',
	);
	out.push(...startOrder(groups));
	out.push(...drillPlan(plan, groups));
	out.push(...terraformResources(options.resources ?? []));
	out.push('## Failover', '');
	for (const t of ordered) {
		const pattern = getPattern(t.recommended.patternId);
		out.push(`### ${mdText(t.tier)}: ${t.recommended.name}`, '');
		pattern.failover.forEach((s, i) => out.push(stepLine(i + 1, s)));
		out.push('');
	}
	out.push('## Failback', '');
	out.push(
		'Failback is a planned change, not an emergency: bring the tiers back to the primary in the same start order, in a quiet window, once the primary region is stable and replication runs in the reverse direction.',
		'',
	);
	for (const t of ordered) {
		const pattern = getPattern(t.recommended.patternId);
		out.push(`### ${mdText(t.tier)}`, '');
		pattern.failback.forEach((s, i) => out.push(stepLine(i + 1, s)));
		out.push('');
	}
	out.push('## Predicted against measured', '');
	out.push('| Step | Predicted (typical) | Predicted range | Measured |', '|---|---|---|---|');
	for (const s of plan.rto.steps) {
		out.push(
			`| ${cell(s.label)}${s.tier !== undefined ? ` (${mdText(s.tier)})` : ''} | ${formatMinutes(s.minutes.typical)} | ${formatMinutes(s.minutes.low)} to ${formatMinutes(s.minutes.high)} | |`,
		);
	}
	out.push(
		`| **RTO, end to end** | ${formatMinutes(plan.rto.total.typical)} | ${formatMinutes(plan.rto.total.low)} to ${formatMinutes(plan.rto.total.high)} | |`,
	);
	out.push(
		`| **RPO** | ${formatMinutes(plan.rpo.minutes.typical)} | ${formatMinutes(plan.rpo.minutes.low)} to ${formatMinutes(plan.rpo.minutes.high)} | |`,
		'',
	);
	out.push('## Cost', '');
	out.push(
		`Standby: about ${formatUsd(plan.cost.monthlyUsd)} a month. One day failed over: about ${formatUsd(plan.cost.failedOverDayUsd)}.`,
		'',
	);
	if (plan.traps.length > 0) {
		out.push('## Traps', '');
		for (const t of plan.traps) out.push(`- ${noHtml(renderFactText(t.text))}`);
		out.push('');
	}
	out.push(
		'Step times marked as estimates in the guide are ours; replace them with your measurements.',
	);
	return `${out.join('\n')}\n`;
}

/** The resources the steps act on, named as the plan's Terraform names them (none: nothing). */
function terraformResources(found: readonly RunbookResource[]): string[] {
	if (found.length === 0) return [];
	return [
		'## Resources, as the Terraform names them',
		'',
		'| What | Azure name | Terraform address |',
		'|---|---|---|',
		...found.map(
			(r) =>
				`| ${r.what}${r.tier !== undefined ? ` [${mdText(r.tier)}]` : ''} | \`${r.azureName}\` | \`${r.address}\` |`,
		),
		'',
	];
}

function startOrder(groups: TierPlan[][]): string[] {
	const out = ['## Start order', ''];
	if (groups.length === 1) {
		out.push(
			'No tier waits for another: every tier starts as soon as the disaster is declared, in parallel.',
			'',
		);
		return out;
	}
	out.push(
		'Each group serves once every tier in the groups before it is up and checked. Work that only prepares capacity (creating, restoring or starting VMs) does not wait: start it at the declaration, for every group.',
		'',
	);
	groups.forEach((g, i) => {
		out.push(`${i + 1}. ${g.map((t) => mdText(t.tier)).join(', ')}`);
		if (i === 0) return;
		for (const t of g) {
			const { prepare, serve } = tierPhases(t.recommended.rto.steps, t.recommended);
			const why = waitReason(t.recommended);
			const ahead = prepare.filter((s) => s.minutes.high > 0).map((s) => s.label);
			const after = serve.map((s) => s.label);
			out.push(
				`   - ${mdText(t.tier)}: ${
					ahead.length > 0
						? `at the declaration: ${ahead.join('; ')}. Once the groups before are up: ${after.length > 0 ? after.join('; ') : 'open it to traffic'}.`
						: `nothing to prepare ahead${why !== undefined ? `: ${renderFactText(why)}` : ''}.`
				}`,
			);
		}
	});
	out.push('');
	return out;
}

function drillPlan(plan: Plan, groups: TierPlan[][]): string[] {
	const w = plan.workload;
	const out: string[] = ['## Drill plan', ''];
	out.push(`Drills planned: ${w.drillsPerYear} a year.`, '');
	out.push('### Scope', '');
	for (const t of groups.flat()) out.push(`- ${mdText(t.tier)} (${t.kind}): ${t.recommended.name}`);
	out.push(
		'',
		'Fail over into an isolated network in the secondary region: a virtual network with no peering, VPN or route to production, so that test copies never answer production traffic or write to production data. Production keeps running and replication keeps going during the drill. Test the traffic switch with a test host name or a separate profile, never with the production record.',
		'',
	);
	for (const t of groups.flat()) {
		for (const d of getPattern(t.recommended.patternId).drills)
			out.push(`- ${mdText(t.tier)}: ${renderFactText(d)}`);
	}
	out.push('');
	out.push('### Steps, in start order', '');
	let n = 0;
	const step = (title: string, owner: string, tier?: string) =>
		out.push(`${++n}. [ ] ${title} (${owner})${tier !== undefined ? ` [${mdText(tier)}]` : ''}`);
	step(
		'Start the clock: announce the drill and record the time; it stands in for the declaration',
		ownerOf(declareStep),
	);
	groups.forEach((g, i) => {
		if (groups.length > 1)
			out.push(`   - Start group ${i + 1}: ${g.map((t) => mdText(t.tier)).join(', ')}`);
		for (const t of g) {
			for (const s of getPattern(t.recommended.patternId).failover) {
				if (SHARED_TITLES.has(s.title)) continue;
				step(renderFactText(s.title), ownerOf(s), t.tier);
			}
		}
	});
	step(
		'Switch a test host name to the secondary endpoints and check it resolves',
		ownerOf(switchTrafficStep),
	);
	step(
		'Validate the application in the isolated network and stop the clock',
		ownerOf(validateStep),
	);
	step('Clean up (see below) and record what the drill found', 'incident lead');
	out.push(
		'',
		'A drill rehearses steps that make a failover final (committing it, switching production traffic) without running them: a test failover is cleaned up instead.',
		'',
	);
	out.push('### Success criteria', '');
	out.push(
		`- **RTO**: target ${formatTarget(w.rtoMinutes)}, predicted about ${formatMinutes(plan.rto.total.typical)}. Measure from the start of the clock to the application owner’s sign-off in the isolated network, then add the time your alerts took to fire in your last real incident or alert test, since a drill skips detection.`,
	);
	const stateful = plan.tiers.filter((t) => t.kind === 'stateful').map((t) => mdText(t.tier));
	out.push(
		stateful.length > 0
			? `- **RPO**: target ${formatTarget(w.rpoMinutes)}, predicted about ${formatMinutes(plan.rpo.minutes.typical)}. Before the drill, have a scheduled job write a row or file holding the current time into the data of ${stateful.join(', ')}; after the drill, read the newest marker in each recovered copy. The measured RPO is the start of the clock minus that marker’s time.`
			: `- **RPO**: no tier holds data, so there is nothing to lose; check that the recovered tiers start from the current configuration.`,
	);
	out.push(
		'- The drill passes when both measured figures are within their targets and every step above has a time in the table below.',
		'',
	);
	out.push('### Clean-up', '');
	for (const t of groups.flat()) out.push(`- [ ] ${mdText(t.tier)}: ${cleanUpFor(t)}`);
	out.push('- [ ] Delete the isolated network’s public IP addresses and any test host name.');
	const cost = drillCost(plan);
	out.push(
		'',
		cost.forgottenDayUsd !== undefined && cost.forgottenDayUsd > 0
			? `If forgotten, the drill’s VMs keep billing compute at about ${formatUsd(cost.forgottenDayUsd)} a day (estimate), plus their disks, restored databases and public IP addresses, until someone deletes them.`
			: 'If forgotten, restored VMs, their disks, restored databases and public IP addresses keep billing until someone deletes them.',
		'',
	);
	out.push('### What the drill costs', '');
	out.push(
		cost.perDrillUsd !== undefined
			? `About ${formatUsd(cost.perDrillUsd)} a drill, ${formatUsd(cost.perYearUsd)} a year for ${w.drillsPerYear} drills (estimate: the test copies run for ${renderFactText('{fact:ops.drill-hours}')} each time):`
			: 'No drills are planned (drills a year is 0), so the plan prices none. Set drills a year to price them.',
	);
	if (cost.perDrillUsd !== undefined) {
		for (const t of cost.byTier)
			out.push(
				`- ${mdText(t.tier)}: ${formatUsd(t.perDrillUsd ?? 0)} a drill (${cell(t.formula)})`,
			);
	}
	out.push('');
	out.push('### Measured step times', '');
	out.push(
		'The Key column names each step the way the wizard’s “Your drill” box (`key=minutes`, one a line) and the workload’s `measured` JSON block expect it. Entering the minutes there puts them beside the plan’s timeline; keys of steps outside that timeline (tiers that are not the slowest) are listed as not part of it.',
		'',
	);
	out.push(
		'| # | Step | Key | Tier | Owner | Predicted (typical) | Started | Finished | Minutes |',
		'|---|---|---|---|---|---|---|---|---|',
	);
	let row = 0;
	const timeRow = (s: RtoStep, tier: string, owner: string) =>
		out.push(
			`| ${++row} | ${cell(s.label)} | ${mdText(s.key)} | ${tier} | ${owner} | ${formatMinutes(s.minutes.typical)} | | | |`,
		);
	for (const t of groups.flat()) {
		for (const s of t.recommended.rto.steps.filter((x) => x.tier !== undefined))
			timeRow(s, mdText(t.tier), stepOwner(s.kind, t.kind));
	}
	for (const s of plan.rto.steps.filter((x) => x.tier === undefined && x.kind !== 'detect'))
		timeRow(s, 'all', stepOwner(s.kind, 'stateless'));
	out.push(
		`| | **RTO, end to end** | | | | ${formatMinutes(plan.rto.total.typical)} | | | |`,
		`| | **RPO** (marker) | | | | ${formatMinutes(plan.rpo.minutes.typical)} | | | |`,
		'',
	);
	return out;
}

/** Who times a step in the table: the role the runbook gives that kind of step. */
function stepOwner(kind: string, tierKind: TierPlan['kind']): string {
	if (kind === 'declare') return ownerOf(declareStep);
	if (kind === 'traffic') return ownerOf(switchTrafficStep);
	if (kind === 'validate') return ownerOf(validateStep);
	if (kind === 'restore' && tierKind === 'stateful') return 'database administrator';
	return 'platform engineer';
}
