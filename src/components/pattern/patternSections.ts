/**
 * The fixed sections of every pattern page, in order: the headings PatternPage.astro renders
 * and the page's "On this page" list (patternToc.ts), from one list so the two cannot differ.
 */
export const PATTERN_SECTIONS = {
	useWhen: { depth: 2, slug: 'when-to-use-it', text: 'When to use it' },
	avoidWhen: { depth: 3, slug: 'when-not-to', text: 'When not to' },
	prerequisites: { depth: 3, slug: 'prerequisites', text: 'Prerequisites' },
	how: { depth: 2, slug: 'how-it-works', text: 'How it works' },
	failover: { depth: 2, slug: 'failover-runbook', text: 'Failover runbook' },
	failback: { depth: 2, slug: 'failback', text: 'Failback' },
	caveats: { depth: 2, slug: 'caveats-and-traps', text: 'Caveats and traps' },
	thenNow: { depth: 2, slug: 'then-and-now', text: 'Then and now' },
	estimate: { depth: 2, slug: 'estimate-for-your-workload', text: 'Estimate for your workload' },
	drills: { depth: 2, slug: 'drills', text: 'Drills' },
	sources: { depth: 2, slug: 'sources', text: 'Sources' },
} as const satisfies Record<string, PatternSection>;

export interface PatternSection {
	depth: 2 | 3;
	slug: string;
	text: string;
}

export interface TocItem {
	depth: number;
	slug: string;
	text: string;
	children: TocItem[];
}

/** The sections as a table of contents: third-level headings nested under the second-level one before them. */
export function patternSectionsToc(): TocItem[] {
	const items: TocItem[] = [];
	for (const { depth, slug, text } of Object.values(PATTERN_SECTIONS)) {
		const item = { depth, slug, text, children: [] };
		const parent = items[items.length - 1];
		if (depth === 3 && parent !== undefined) parent.children.push(item);
		else items.push(item);
	}
	return items;
}
