import { describe, expect, it } from 'vitest';
import { staleFigureUrl } from '~/lib/staleFigureLink.ts';
import { factHref } from '~/lib/siteLinks.ts';
import { ISSUE_TRACKER_NEW_ISSUE_URL } from '~/siteConfig.ts';
import { getFact } from '~/model/index.ts';

const TRACKER = 'https://github.com/example/azure-vm-dr-guides/issues/new';
const fact = getFact('asr.rto-sla');
const factSubject = {
	kind: 'fact',
	factId: fact.id,
	label: fact.label,
	checked: fact.checked,
} as const;

describe('the "report a stale figure" link', () => {
	it('is absent while no tracker is configured, or the configured value is blank or not a web URL', () => {
		expect(staleFigureUrl(undefined, factSubject)).toBeUndefined();
		expect(staleFigureUrl('   ', factSubject)).toBeUndefined();
		expect(staleFigureUrl('not a url', factSubject)).toBeUndefined();
		expect(staleFigureUrl('javascript:alert(1)', factSubject)).toBeUndefined();
	});

	it('follows the one site setting: unset in this repository, so the site shows no link', () => {
		expect(ISSUE_TRACKER_NEW_ISSUE_URL).toBeUndefined();
		expect(staleFigureUrl(ISSUE_TRACKER_NEW_ISSUE_URL, factSubject)).toBeUndefined();
	});

	it('opens a new issue on the tracker titled with the fact id, its row and its check date in the body', () => {
		const href = staleFigureUrl(TRACKER, factSubject, 'https://docs.example/');
		expect(href).toBeDefined();
		const url = new URL(href ?? '');
		expect(`${url.origin}${url.pathname}`).toBe(TRACKER);
		expect(url.searchParams.get('title')).toBe(`Stale figure: ${fact.id}`);
		const body = url.searchParams.get('body') ?? '';
		expect(body).toContain(new URL(factHref(fact.id), 'https://docs.example/').href);
		expect(body).toContain(fact.checked);
	});

	it('keeps query parameters the configured URL already has (e.g. an issue template)', () => {
		const url = new URL(staleFigureUrl(`${TRACKER}?template=stale.md`, factSubject) ?? '');
		expect(url.searchParams.get('template')).toBe('stale.md');
		expect(url.searchParams.get('title')).toContain(fact.id);
	});

	it('names the pattern and its page for a pattern page', () => {
		const url = new URL(
			staleFigureUrl(TRACKER, {
				kind: 'pattern',
				patternId: 'site-recovery-a2a',
				name: 'Azure Site Recovery',
				pagePath: '/patterns/stateful/site-recovery-a2a/',
			}) ?? '',
		);
		expect(url.searchParams.get('title')).toContain('site-recovery-a2a');
		expect(url.searchParams.get('body')).toContain('/patterns/stateful/site-recovery-a2a/');
	});
});
