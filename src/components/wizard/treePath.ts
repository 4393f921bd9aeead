/** The decision tree path of each tier, as text and as node ids to highlight. Pure. */
import {
	decisionPath,
	getPattern,
	questionText,
	treeNode,
	type Plan,
	type Workload,
} from '~/model/index.ts';

export interface TierPath {
	tier: string;
	nodeIds: string[];
	text: string;
}

/**
 * Each tier's path through the tree. With the plan, a tier whose recommended pattern is not
 * the tree's outcome says so: the tree gives the usual choice, the plan weighs every pattern
 * by cost and exact targets, and a reader must not be left with two answers and no reason.
 */
export function tierPaths(workload: Workload, plan?: Plan): TierPath[] {
	return workload.tiers.map((tier) => {
		const path = decisionPath(tier, workload);
		const outcome = treeNode(path[path.length - 1]?.nodeId ?? '');
		const picked = plan?.tiers.find((t) => t.tier === tier.name)?.recommended;
		const differs =
			picked !== undefined && outcome.kind === 'outcome' && outcome.patternId !== picked.patternId
				? ` The plan picks ${picked.name} instead: it weighs every pattern by cost and your exact targets.`
				: '';
		const text = path
			.map((step) => {
				const node = treeNode(step.nodeId);
				return node.kind === 'question'
					? `${questionText(node)} ${step.answer === 'yes' ? 'Yes' : 'No'}`
					: getPattern(node.patternId).name;
			})
			.join(' → ');
		return { tier: tier.name, nodeIds: path.map((p) => p.nodeId), text: `${text}.${differs}` };
	});
}
