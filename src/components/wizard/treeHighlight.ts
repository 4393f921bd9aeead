/**
 * Highlighting the decision tree: every node of the build-time SVG carries the class
 * `dt-<node id>`; nodes on a tier's path get `on-path`. No model import, so the wizard's loader
 * can highlight the build-time paths (data-path-nodes) before any model JavaScript loads.
 */

/** The node ids listed by the path list's data-path-nodes attributes, deduplicated. */
export function listedPathNodes(root: ParentNode): Set<string> {
	const ids = new Set<string>();
	for (const el of root.querySelectorAll('[data-path-nodes]')) {
		for (const id of (el.getAttribute('data-path-nodes') ?? '').split(/\s+/))
			if (id !== '') ids.add(id);
	}
	return ids;
}

/** Toggles `on-path` on every tree node in `root`'s SVGs; returns how many are on the path. */
export function highlightTree(root: ParentNode, onPath: ReadonlySet<string>): number {
	let count = 0;
	for (const el of root.querySelectorAll('svg [class*="dt-"]')) {
		const id = [...el.classList].find((c) => c.startsWith('dt-'))?.slice(3);
		const on = id !== undefined && onPath.has(id);
		el.classList.toggle('on-path', on);
		if (on) count++;
	}
	return count;
}
