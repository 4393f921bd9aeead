/**
 * The Content-Security-Policy every built page carries (the browser test, csp.test.ts, checks it
 * holds): one <meta> before anything it governs, no 'unsafe-inline' or 'unsafe-eval', and a hash
 * for each inline script and style the page has.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { distPages } from '../support/distPages.ts';

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe.each(distPages().map((p) => [p.path, p] as const))('%s', (_path, page) => {
	const metas = page.document.querySelectorAll('meta[http-equiv="content-security-policy"]');
	const policy = metas[0]?.getAttribute('content') ?? '';
	const directive = (name: string) =>
		policy
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith(`${name} `)) ?? '';

	it('has one CSP <meta>, before every script and stylesheet', () => {
		expect(metas).toHaveLength(1);
		const at = page.html.search(/<meta http-equiv="content-security-policy"/);
		const firstGoverned = page.html.search(/<script|<style|<link[^>]+rel="stylesheet"/);
		expect(at).toBeGreaterThan(-1);
		expect(at).toBeLessThan(firstGoverned);
	});

	it("allows no 'unsafe-inline' and no 'unsafe-eval'", () => {
		expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
		expect(directive('default-src')).toBe("default-src 'self'");
		expect(directive('object-src')).toBe("object-src 'none'");
	});

	it('lists every inline script and style by hash', () => {
		const scriptSrc = directive('script-src');
		for (const script of page.document.querySelectorAll('script:not([src])')) {
			const type = script.getAttribute('type');
			if (type !== null && type !== 'module') continue;
			expect(scriptSrc).toContain(hash(script.textContent ?? ''));
		}
		const styleSrc = directive('style-src');
		for (const style of page.document.querySelectorAll('style')) {
			expect(styleSrc).toContain(hash(style.textContent ?? ''));
		}
	});
});
