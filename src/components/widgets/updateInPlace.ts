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

/**
 * Makes `into`'s children match `from`'s, reusing the nodes that match in kind and place. An
 * element matching `keepChildren` that already has children takes the new attributes only.
 */
function updateChildren(into: Node, from: Node, keepChildren: string | undefined): void {
	const wanted = Array.from(from.childNodes);
	wanted.forEach((want, index) => {
		const have = into.childNodes[index];
		if (have === undefined) {
			into.appendChild(want);
		} else if (!sameKind(have, want)) {
			into.replaceChild(want, have);
		} else if (have.nodeType === 1) {
			copyAttributes(have as Element, want as Element);
			const kept =
				keepChildren !== undefined &&
				have.firstChild !== null &&
				(have as Element).matches(keepChildren);
			if (!kept) updateChildren(have, want, keepChildren);
		} else if (have.nodeValue !== want.nodeValue) {
			have.nodeValue = want.nodeValue;
		}
	});
	while (into.childNodes.length > wanted.length) into.lastChild?.remove();
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
	const template = into.ownerDocument.createElement('template');
	template.innerHTML = markup;
	updateChildren(into, template.content, keepChildren);
}
