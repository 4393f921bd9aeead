/**
 * HTML ids and file names made from free text (tier names, option keys, field paths, fact ids),
 * by one rule everywhere: lowercase, each run of characters other than a–z and 0–9 one hyphen,
 * no hyphen at either end. A link built on one page finds the id built on another.
 */
const slugOf = (text: string): string =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');

/** An id from its parts: `anchorId('plan', 'tier', 'Web app')` is "plan-tier-web-app". */
export function anchorId(...parts: readonly string[]): string {
	return parts
		.map(slugOf)
		.filter((p) => p !== '')
		.join('-');
}

/** A file name's stem from free text, `fallback` when nothing is left ("dr-plan-<stem>.json"). */
export function fileStem(text: string, fallback = 'workload'): string {
	return slugOf(text) || fallback;
}
