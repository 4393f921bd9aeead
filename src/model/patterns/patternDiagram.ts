/** A pattern's diagram from its model data: Mermaid text and the same edges as text. */
import { renderFactText } from '../facts/factRefs.ts';
import type { Pattern } from './pattern.ts';

const PLACE_TITLES = {
	primary: 'Primary region',
	secondary: 'Secondary region',
	global: 'Global',
} as const;

const quote = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;

export function patternDiagramToMermaid(pattern: Pattern): string {
	const lines = ['flowchart TB'];
	for (const place of ['global', 'primary', 'secondary'] as const) {
		const nodes = pattern.diagram.nodes.filter((n) => n.place === place);
		if (nodes.length === 0) continue;
		lines.push(`  subgraph ${place}[${quote(PLACE_TITLES[place])}]`);
		for (const node of nodes) lines.push(`    ${node.id}[${quote(renderFactText(node.label))}]`);
		lines.push('  end');
	}
	for (const edge of pattern.diagram.edges) {
		const arrow = edge.atFailover === true ? '-.->' : '-->';
		lines.push(`  ${edge.from} ${arrow}|${quote(renderFactText(edge.label))}| ${edge.to}`);
	}
	return lines.join('\n');
}

export interface DiagramTextRow {
	from: string;
	to: string;
	label: string;
	atFailover: boolean;
}

export function diagramTextEquivalent(pattern: Pattern): DiagramTextRow[] {
	const name = (id: string) => {
		const node = pattern.diagram.nodes.find((n) => n.id === id);
		return node === undefined
			? id
			: `${renderFactText(node.label)} (${PLACE_TITLES[node.place].toLowerCase()})`;
	};
	return pattern.diagram.edges.map((e) => ({
		from: name(e.from),
		to: name(e.to),
		label: `${renderFactText(e.label)}${e.atFailover === true ? ' (at failover)' : ''}`,
		atFailover: e.atFailover === true,
	}));
}
