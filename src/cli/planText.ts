/** A plan as readable text, for the terminal. Pure: no Node imports. */
import {
	formatMinutes,
	formatTarget,
	formatRange,
	formatUsd,
	costLineMeterText,
	disruptionLines,
	renderFactText,
	sensitivity,
	sensitivityText,
	targetStatusText,
	chosenInScheduleText,
	pinnedText,
	corruptionRecoveryText,
	TARGET_STATUS_LABEL,
	COST_LABELS,
	STANDBY_LADDER,
	upgradeText,
	tierFieldNotes,
	type CostKind,
	type Evaluation,
	type Plan,
} from '../model/index.ts';

const minutes = (r: { low: number; typical: number; high: number }) =>
	`${formatMinutes(r.typical)} (range ${formatRange(r, formatMinutes)})`;

/** RPO as judged (worst case) with the typical beside it. */
const rpoText = (e: Evaluation) =>
	`RPO ${formatMinutes(e.rpo.minutes.high)} at worst (typical ${formatMinutes(e.rpo.minutes.typical)})`;

/** "RTO met, RPO at risk": an option's own statuses, in words. */
const statusWords = (e: Evaluation) =>
	`RTO ${TARGET_STATUS_LABEL[e.targetStatus.rto.status]}, RPO ${TARGET_STATUS_LABEL[e.targetStatus.rpo.status]}`;

export function planText(plan: Plan, wizardUrl?: string): string {
	const out: string[] = [];
	const w = plan.workload;
	out.push(`${w.name}`);
	out.push(
		`Targets: RTO ${formatTarget(w.rtoMinutes)}, RPO ${formatTarget(w.rpoMinutes)}${w.budgetUsd !== undefined ? `, budget ${formatUsd(w.budgetUsd)} a month` : ''}`,
	);
	out.push('');
	out.push(plan.headline);
	if (plan.regions !== undefined) out.push(`Regions: ${plan.regions.text}`);
	out.push('');
	for (const t of plan.tiers) {
		const r = t.recommended;
		const tier = w.tiers.find((x) => x.name === t.tier);
		const own = [
			tier?.rtoMinutes !== undefined ? `RTO ${formatTarget(tier.rtoMinutes)}` : undefined,
			tier?.rpoMinutes !== undefined ? `RPO ${formatTarget(tier.rpoMinutes)}` : undefined,
			tier !== undefined && tier.drCapacityPercent !== 100
				? `${tier.drCapacityPercent}% capacity at failover`
				: undefined,
			tier?.dependsOn !== undefined && tier.dependsOn.length > 0
				? `serves once ${tier.dependsOn.join(', ')} ${tier.dependsOn.length === 1 ? 'is' : 'are'} up`
				: undefined,
		].filter((x) => x !== undefined);
		out.push(
			`Tier ${t.tier} (${t.kind}${t.data !== 'none' ? `, data: ${t.data}` : ''})${own.length > 0 ? `: ${own.join('; ')}` : ''}`,
		);
		const label =
			t.pinned !== undefined
				? 'You run'
				: t.overBudget
					? 'Meets the targets, over budget'
					: t.meetsTargets
						? 'Recommended'
						: 'Nearest (misses targets)';
		for (const note of tierFieldNotes(w, t.tier)) out.push(`  Note: ${note.text}`);
		out.push(`  ${label}: ${r.name} [${STANDBY_LADDER[r.standby].name}]`);
		out.push(
			`    RTO ${minutes(r.rto.total)}; ${rpoText(r)}; ${formatUsd(r.cost.monthlyUsd)} a month`,
		);
		out.push(
			`    ${targetStatusText('RTO', t.targetStatus.rto)}${t.data === 'none' ? '' : `; ${targetStatusText('RPO', t.targetStatus.rpo)}`}`,
		);
		if (t.pinned !== undefined) out.push(`    ${pinnedText(t.pinned)}`);
		if (t.upgradedFor !== undefined) out.push(`    ${upgradeText(t.upgradedFor)}`);
		if (t.chosenInSchedule !== undefined)
			out.push(`    ${chosenInScheduleText(t.chosenInSchedule)}`);
		if (t.lateBecause !== undefined) out.push(`    ${t.lateBecause}`);
		if (!t.meetsInOrder && t.meetsTargets)
			out.push(
				`    back after about ${formatMinutes(t.recoveredBy.typical)} in dependency order, beyond its ${formatTarget(r.targets.rtoMinutes)} target`,
			);
		for (const layer of r.layers) {
			const usd = layer.lines.reduce((sum, l) => sum + l.monthlyUsd, 0);
			out.push(`    Second layer (${layer.purpose}): ${layer.name}, ${formatUsd(usd)} a month`);
		}
		if (r.capacityReservation !== undefined) {
			out.push(
				`    Capacity reservation: ${r.capacityReservation.vms} VM(s) held in the target region`,
			);
		}
		for (const reason of r.rejections) out.push(`    misses: ${reason.reason}`);
		if (t.withinBudget !== undefined) {
			const b = t.withinBudget;
			out.push(
				`  Nearest within budget: ${b.name}: RTO ${formatMinutes(b.rto.total.typical)}, ${rpoText(b)}, ${formatUsd(b.cost.monthlyUsd)} a month; misses: ${b.rejections.map((j) => j.reason).join(' ')}`,
			);
		}
		for (const a of t.alternatives) {
			out.push(
				`  Alternative: ${a.name}: RTO ${formatMinutes(a.rto.total.typical)}, ${rpoText(a)}, ${formatUsd(a.cost.monthlyUsd)} a month (${statusWords(a)})`,
			);
		}
		for (const x of t.rejected) {
			if (x.key === r.key) continue;
			out.push(`  Rejected: ${x.name}: ${x.rejections.map((j) => j.reason).join(' ')}`);
		}
		out.push('');
	}
	out.push(
		`Targets: ${targetStatusText('RTO', plan.targetStatus.rto)}; ${targetStatusText('RPO', plan.targetStatus.rpo)}`,
	);
	out.push(
		`End-to-end RTO: ${minutes(plan.rto.total)}; critical path: ${plan.rto.criticalPath.join(' → ')}`,
	);
	if (plan.rto.order.length > 1)
		out.push(`  Start order: ${plan.rto.order.map((g) => g.join(' + ')).join(', then ')}`);
	plan.rto.steps.forEach((s, i) => {
		out.push(
			`  ${i === plan.rto.dominant ? '*' : ' '} ${s.label}${s.tier !== undefined ? ` [${s.tier}]` : ''}: ${formatMinutes(s.minutes.typical)}  (${s.formula})`,
		);
	});
	out.push('  * dominant step. Step times marked as estimates are ours; measure yours in a drill.');
	if (plan.corruptionRecovery.length > 0) {
		out.push('');
		out.push('Recovering from corruption or ransomware (restore, not failover):');
		for (const r of plan.corruptionRecovery) out.push(`  ${corruptionRecoveryText(r)}`);
	}
	out.push('');
	out.push(plan.failback.text);
	out.push(`  (${plan.failback.assumption})`);
	const m = plan.measured;
	if (m !== undefined) {
		out.push('');
		out.push('Planned against measured (your drill), by step key:');
		for (const s of m.steps)
			out.push(
				`  ${s.key}: planned ${formatMinutes(s.plannedMinutes)}, measured ${s.measuredMinutes !== undefined ? formatMinutes(s.measuredMinutes) : 'not measured'}`,
			);
		out.push(
			m.measuredTotalMinutes !== undefined
				? `  Total: planned ${formatMinutes(m.plannedTotalMinutes)}, measured ${formatMinutes(m.measuredTotalMinutes)}`
				: `  Total: planned ${formatMinutes(m.plannedTotalMinutes)}; no measured total: not measured: ${m.missing.join(', ')}`,
		);
		if (m.unmatched.length > 0)
			out.push(`  Not steps of this plan (ignored): ${m.unmatched.join(', ')}`);
		out.push(`  ${m.note}`);
	} else {
		out.push(`  Step keys for a measured block: ${plan.rto.steps.map((s) => s.key).join(', ')}`);
	}
	out.push('');
	out.push(
		`RPO: ${formatMinutes(plan.rpo.minutes.high)} at worst (typical ${formatMinutes(plan.rpo.minutes.typical)}); every option is judged on its worst case; driven by ${plan.rpo.drivingTier}: ${plan.rpo.driver}`,
	);
	out.push('');
	out.push(`Monthly standby cost: ${formatUsd(plan.cost.monthlyUsd)}`);
	for (const kind of Object.keys(plan.cost.byKind) as CostKind[]) {
		out.push(`  ${COST_LABELS[kind]}: ${formatUsd(plan.cost.byKind[kind])}`);
		// Each line with how it is computed, so an estimate reads as one where it is billed.
		// and the meter to re-enter it in the Azure pricing calculator.
		for (const line of plan.cost.lines.filter((l) => l.kind === kind))
			out.push(
				`    ${line.tier === undefined ? '' : `${line.tier}: `}${line.label}: ${formatUsd(line.monthlyUsd)} = ${line.formula}`,
				`      In the pricing calculator: ${costLineMeterText(line)}`,
			);
	}
	out.push(`One day failed over adds about ${formatUsd(plan.cost.failedOverDayUsd)}.`);
	for (const line of plan.cost.failedOverDayLines)
		out.push(
			`  Of which ${line.label.toLowerCase()}: ${formatUsd(line.monthlyUsd)} = ${line.formula}`,
		);
	out.push(plan.cost.pricesAsOf.text);
	if (plan.traps.length > 0) {
		out.push('');
		out.push('Traps:');
		for (const trap of plan.traps) out.push(`  - ${renderFactText(trap.text)}`);
	}
	if (plan.disruption !== undefined) {
		out.push('');
		out.push('Cost of a regional disruption, at your cost of downtime:');
		for (const line of disruptionLines(plan.disruption)) out.push(`  - ${line}`);
	}
	const movers = sensitivity(plan.workload, plan).slice(0, 5);
	if (movers.length > 0) {
		out.push('');
		out.push('What moves this plan most (each input changed on its own):');
		for (const row of movers) out.push(`  - ${sensitivityText(row)}`);
	}
	if (wizardUrl !== undefined) {
		out.push('');
		out.push(`Open in the wizard: ${wizardUrl}`);
	}
	return out.join('\n');
}
