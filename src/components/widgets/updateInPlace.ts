/**
 * Updates a container to new markup without replacing the elements that stay: an element
 * whose tag and id match the one at the same place keeps its identity, so an input the
 * reader is typing in keeps its focus, its caret and its typed value while the text, the
 * messages and the attributes around it change. Anything that differs in kind is replaced.
 * An input's value follows the markup's value attribute where the two differ, so the caller
 * renders what the reader typed (the import page records it on every input event).
 */
const sameKind = (have: Node, want: Node): boolean =>
	have.nodeType === want.nodeType &&
	(have.nodeType !== 1 ||
		((have as Element).tagName === (want as Element).tagName &&
			(have as Element).id === (want as Element).id));

function copyAttributes(into: Element, from: Element): void {
	for (const name of into.getAttributeNames()) {
		if (!from.hasAttribute(name)) into.removeAttribute(name);
	}
	for (const name of from.getAttributeNames()) {
		const value = from.getAttribute(name) ?? '';
		if (into.getAttribute(name) !== value) into.setAttribute(name, value);
	}
	// Once typed in, an input's value no longer follows its attribute: set it when they differ.
	if (into.tagName === 'INPUT') {
		const input = into as HTMLInputElement;
		const value = from.getAttribute('value') ?? '';
		if (input.value !== value) input.value = value;
	}
}

/** An element with no input in it, whose live values could differ from its markup's. */
const inputFree = (el: Element): boolean =>
	el.tagName !== 'INPUT' && el.getElementsByTagName('input').length === 0;

/**
 * Makes the nodes `have` (children of `parent`, in a row) match the nodes `wanted`, reusing the
 * nodes that match in kind and place; nodes added go before `end` (null: at the end). An element
 * matching `keepChildren` that already has children takes the new attributes only. An element
 * equal to its new markup (the browser compares them natively) is left as it is. Yields after
 * each node of the top `depth` levels, so that a caller can spread a large update over several
 * tasks (updateInPlaceSteps).
 */
function* updateNodes(
	parent: Node,
	have: readonly Node[],
	wanted: readonly Node[],
	end: Node | null,
	keepChildren: string | undefined,
	depth: number,
): Generator<void, void, void> {
	for (const [index, want] of wanted.entries()) {
		const node = have[index];
		if (node === undefined) {
			parent.insertBefore(want, end);
		} else if (!sameKind(node, want)) {
			parent.replaceChild(want, node);
		} else if (node.nodeType === 1) {
			const el = node as Element;
			const kept = keepChildren !== undefined && el.firstChild !== null && el.matches(keepChildren);
			if (kept || !el.isEqualNode(want) || !inputFree(el)) {
				copyAttributes(el, want as Element);
				if (!kept) {
					const inner = updateNodes(
						el,
						Array.from(el.childNodes),
						Array.from(want.childNodes),
						null,
						keepChildren,
						depth - 1,
					);
					if (depth > 1) yield* inner;
					else while (inner.next().done !== true);
				}
			}
		} else if (node.nodeValue !== want.nodeValue) {
			node.nodeValue = want.nodeValue;
		}
		if (depth > 0 && want.nodeType !== 3) yield;
	}
	for (const extra of have.slice(wanted.length)) parent.removeChild(extra);
}

export interface UpdateOptions {
	/**
	 * Elements whose content the caller fills later (the wizard's sensitivity rows): they keep
	 * what they show until then.
	 */
	keepChildren?: string | undefined;
	/** How many levels of children the steps pause after (updateInPlaceSteps); 2 by default. */
	depth?: number;
}

/**
 * The same update as updateInPlace, one step at a time: the markup is parsed at the first step,
 * and each step after it brings one node (of the top `depth` levels) up to date. Run it in
 * slices (runInSlices) to keep every task short; until it ends, the page shows part of each.
 * With `range`, only the children of `into` from `range.have` are updated, and nodes added go
 * before `range.end`: one part of a larger element (the wizard's plan, by its part marks).
 */
export function* updateInPlaceSteps(
	into: Element,
	markup: string,
	{ keepChildren, depth = 2 }: UpdateOptions = {},
	range: { have: readonly Node[]; end: Node | null } = {
		have: Array.from(into.childNodes),
		end: null,
	},
): Generator<void, void, void> {
	const template = into.ownerDocument.createElement('template');
	template.innerHTML = markup;
	yield;
	const wanted = Array.from(template.content.childNodes);
	yield* updateNodes(into, range.have, wanted, range.end, keepChildren, depth);
}

/**
 * Makes `into` show `markup`, keeping the elements that stay (see updateChildren): only what
 * changed is styled and laid out again. `keepChildren` names elements whose content the caller
 * fills later (the wizard's sensitivity rows): they keep what they show until then.
 */
export function updateInPlace(
	into: Element,
	markup: string,
	{ keepChildren }: { keepChildren?: string } = {},
): void {
	const steps = updateInPlaceSteps(into, markup, { keepChildren, depth: 0 });
	while (steps.next().done !== true);
}
