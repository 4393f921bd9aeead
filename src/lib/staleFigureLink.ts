/**
 * "Report a stale figure" links: a pre-filled new issue on the project's tracker, naming the
 * fact (or the pattern page) in its title and the page it was seen on in its body. Pure; the
 * tracker's address comes from src/siteConfig.ts, and without one there is no link.
 */
import { factHref } from './siteLinks.ts';

export type StaleFigureSubject =
	| { kind: 'fact'; factId: string; label: string; checked: string }
	| { kind: 'pattern'; patternId: string; name: string; pagePath: string };

/**
 * The new-issue URL for a stale figure, or undefined when no tracker is configured (unset or
 * blank) or the configured value is not an absolute http(s) URL.
 */
export function staleFigureUrl(
	trackerNewIssueUrl: string | undefined,
	subject: StaleFigureSubject,
	site?: string,
): string | undefined {
	if (trackerNewIssueUrl === undefined || trackerNewIssueUrl.trim() === '') return undefined;
	let url: URL;
	try {
		url = new URL(trackerNewIssueUrl.trim());
	} catch {
		return undefined;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
	const where = (path: string) => (site === undefined ? path : new URL(path, site).href);
	if (subject.kind === 'fact') {
		url.searchParams.set('title', `Stale figure: ${subject.factId}`);
		url.searchParams.set(
			'body',
			[
				`Fact: ${subject.factId} (${subject.label})`,
				`Seen on: ${where(factHref(subject.factId))}`,
				`Last checked by the project: ${subject.checked}`,
				'',
				'What the source says now (with its URL):',
				'',
			].join('\n'),
		);
	} else {
		url.searchParams.set(
			'title',
			`Stale figure on the ${subject.name} page (${subject.patternId})`,
		);
		url.searchParams.set(
			'body',
			[
				`Pattern: ${subject.patternId} (${subject.name})`,
				`Seen on: ${where(subject.pagePath)}`,
				'',
				'Which figure looks out of date, and what the source says now (with its URL):',
				'',
			].join('\n'),
		);
	}
	return url.href;
}
