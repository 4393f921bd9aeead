/** The decision tree path of each tier, as text and as node ids to highlight. Pure. */
import { decisionPath, getPattern, treeNode, type Workload } from '~/model/index.ts';

export interface TierPath {
	tier: string;
	nodeIds: string[];
	text: string;
}

export function tierPaths(workload: Workload): TierPath[] {
	return workload.tiers.map((tier) => {
		const path = decisionPath(tier, workload);
		const text = path
			.map((step) => {
				const node = treeNode(step.nodeId);
				return node.kind === 'question'
					? `${node.text} ${step.answer === 'yes' ? 'Yes' : 'No'}`
					: getPattern(node.patternId).name;
			})
			.join(' → ');
		return { tier: tier.name, nodeIds: path.map((p) => p.nodeId), text };
	});
}
