/**
 * The decision tree, as data: questions with declarative conditions, outcomes naming
 * patterns. The same data draws the diagram (decisionTreeToMermaid) and traces a tier's path
 * (decisionPath), so the picture and the engine cannot drift apart.
 */
import { renderFactText } from '../facts/factRefs.ts';
import { factNumber } from '../facts/factRegistry.ts';
import { getPattern } from '../patterns/patternRegistry.ts';
import type { PatternId } from '../patterns/ids.ts';
import { treeOutcomes, type OutcomeNodeId } from '../patterns/index.ts';
import type { Tier, Workload } from '../schema/workload.ts';

export type Condition =
	| { scope: 'tier'; field: 'kind' | 'data'; op: 'eq'; value: string }
	| { scope: 'tier'; field: 'data'; op: 'in'; value: readonly string[] }
	| { scope: 'workload'; field: 'configAsCode' | 'sourceHasPair'; op: 'eq'; value: boolean }
	| { scope: 'workload'; field: 'rtoMinutes' | 'rpoMinutes'; op: 'lt' | 'gte'; value: number };

/** A question's node id; an outcome's is `o-<pattern id>`, so a branch names a pattern, typed. */
export type QuestionNodeId = `q-${string}`;
export type NodeId = QuestionNodeId | OutcomeNodeId;

export interface QuestionNode {
	id: QuestionNodeId;
	kind: 'question';
	text: string;
	condition: Condition;
	yes: NodeId;
	no: NodeId;
}

export interface OutcomeNode {
	id: OutcomeNodeId;
	kind: 'outcome';
	patternId: PatternId;
	note: string;
}

export type TreeNode = QuestionNode | OutcomeNode;

export interface DecisionTree {
	root: QuestionNodeId;
	nodes: readonly TreeNode[];
}

/** Azure Backup's cross-region RPO: a target at least this loose can use it. */
const BACKUP_RPO_MINUTES = factNumber('backup.secondary-rpo') * 60;

const questions: readonly QuestionNode[] = [
	{
		id: 'q-paas',
		kind: 'question',
		text: 'Is the tier’s data in a PaaS database?',
		condition: { scope: 'tier', field: 'data', op: 'eq', value: 'paas' },
		yes: 'o-paas-sql-geo',
		no: 'q-stateless',
	},
	{
		id: 'q-stateless',
		kind: 'question',
		text: 'Is the tier stateless?',
		condition: { scope: 'tier', field: 'kind', op: 'eq', value: 'stateless' },
		yes: 'q-code',
		no: 'q-rpo-short',
	},
	{
		id: 'q-code',
		kind: 'question',
		text: 'Can configuration as code rebuild the VMs?',
		condition: { scope: 'workload', field: 'configAsCode', op: 'eq', value: true },
		yes: 'o-scale-set-rebuild',
		no: 'o-captured-image',
	},
	{
		id: 'q-rpo-short',
		kind: 'question',
		text: 'Is the RPO target under {fact:ops.short-rpo-threshold}?',
		condition: {
			scope: 'workload',
			field: 'rpoMinutes',
			op: 'lt',
			value: factNumber('ops.short-rpo-threshold'),
		},
		yes: 'q-replicates',
		no: 'q-rpo-long',
	},
	{
		id: 'q-replicates',
		kind: 'question',
		text: 'Does the data store replicate itself?',
		condition: { scope: 'tier', field: 'data', op: 'eq', value: 'vm-replication' },
		yes: 'o-app-replication',
		no: 'o-site-recovery-a2a',
	},
	{
		id: 'q-rpo-long',
		kind: 'question',
		text: "Is the RPO target {fact:backup.secondary-rpo} or more (Azure Backup's cross-region RPO)?",
		condition: { scope: 'workload', field: 'rpoMinutes', op: 'gte', value: BACKUP_RPO_MINUTES },
		yes: 'q-pair',
		no: 'q-backs-up',
	},
	{
		id: 'q-pair',
		kind: 'question',
		text: 'Does the source region have a pair?',
		condition: { scope: 'workload', field: 'sourceHasPair', op: 'eq', value: true },
		yes: 'o-azure-backup',
		no: 'o-disk-copy-interval',
	},
	{
		id: 'q-backs-up',
		kind: 'question',
		text: 'Does the data store back itself up?',
		condition: { scope: 'tier', field: 'data', op: 'in', value: ['vm-replication', 'vm-backup'] },
		yes: 'o-app-backup-shipping',
		no: 'o-site-recovery-a2a',
	},
];

/**
 * The outcomes come from the pattern modules (each names its node and note), listed in the
 * order the questions first lead to them.
 */
function outcomesInOrder(): OutcomeNode[] {
	const order = questions.flatMap((q) => [q.yes, q.no]);
	const rank = (id: NodeId) => (order.includes(id) ? order.indexOf(id) : order.length);
	return treeOutcomes
		.map((o): OutcomeNode => ({
			id: o.nodeId,
			kind: 'outcome',
			patternId: o.patternId,
			note: o.note,
		}))
		.sort((a, b) => rank(a.id) - rank(b.id));
}

export const decisionTree: DecisionTree = {
	root: 'q-paas',
	nodes: [...questions, ...outcomesInOrder()],
};

const byId = new Map<string, TreeNode>(decisionTree.nodes.map((n) => [n.id, n]));

export function treeNode(id: string): TreeNode {
	const node = byId.get(id);
	if (node === undefined) throw new Error(`Decision tree has no node "${id}".`);
	return node;
}

export function holds(condition: Condition, tier: Tier, workload: Workload): boolean {
	const subject: Record<string, unknown> =
		condition.scope === 'tier' ? { ...tier } : { ...workload };
	const actual = subject[condition.field];
	switch (condition.op) {
		case 'eq':
			return actual === condition.value;
		case 'in':
			return condition.value.includes(String(actual));
		case 'lt':
			return typeof actual === 'number' && actual < condition.value;
		case 'gte':
			return typeof actual === 'number' && actual >= condition.value;
	}
}

export interface PathStep {
	nodeId: string;
	answer?: 'yes' | 'no';
}

/** The nodes a tier's answers visit, root to outcome. */
export function decisionPath(
	tier: Tier,
	workload: Workload,
	tree: DecisionTree = decisionTree,
): PathStep[] {
	const path: PathStep[] = [];
	let id: NodeId = tree.root;
	for (let guard = 0; guard < tree.nodes.length + 1; guard++) {
		const node = treeNode(id);
		if (node.kind === 'outcome') {
			path.push({ nodeId: node.id });
			return path;
		}
		const answer = holds(node.condition, tier, workload) ? 'yes' : 'no';
		path.push({ nodeId: node.id, answer });
		id = answer === 'yes' ? node.yes : node.no;
	}
	throw new Error('Decision tree has a cycle.');
}

/** A question as a reader sees it: its {fact:id} figures rendered. */
export function questionText(node: { text: string }): string {
	return renderFactText(node.text);
}

/** Mermaid node id for a tree node (Mermaid ids cannot contain dashes safely). */
export function mermaidNodeId(id: string): string {
	return id.replace(/-/g, '_');
}

const quote = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;

/** The tree as Mermaid flowchart text; each node carries the class `dt-<id>` for highlighting. */
export function decisionTreeToMermaid(tree: DecisionTree = decisionTree): string {
	const lines = ['flowchart TD'];
	for (const node of tree.nodes) {
		const id = mermaidNodeId(node.id);
		lines.push(
			node.kind === 'question'
				? `  ${id}{${quote(questionText(node))}}`
				: `  ${id}[${quote(getPattern(node.patternId).name)}]`,
		);
	}
	for (const node of tree.nodes) {
		if (node.kind !== 'question') continue;
		lines.push(`  ${mermaidNodeId(node.id)} -->|Yes| ${mermaidNodeId(node.yes)}`);
		lines.push(`  ${mermaidNodeId(node.id)} -->|No| ${mermaidNodeId(node.no)}`);
	}
	for (const node of tree.nodes) lines.push(`  class ${mermaidNodeId(node.id)} dt-${node.id}`);
	return lines.join('\n');
}

/** The tree as text rows, the diagram's text equivalent. */
export function decisionTreeRows(
	tree: DecisionTree = decisionTree,
): { id: string; text: string; yes: string; no: string }[] {
	const label = (id: string) => {
		const n = treeNode(id);
		return n.kind === 'question' ? questionText(n) : getPattern(n.patternId).name;
	};
	return tree.nodes.flatMap((n) =>
		n.kind === 'question'
			? [{ id: n.id, text: questionText(n), yes: label(n.yes), no: label(n.no) }]
			: [],
	);
}
