import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addInlineHashes, decodeAttribute } from '~/build/csp/inlineHashes.ts';

const hash = (text: string) =>
	`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const page = (body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-A='; style-src 'self';"></head><body>${body}</body></html>`;

const policyOf = (html: string) =>
	/content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

describe('addInlineHashes', () => {
	it('lists inline style elements in style-src and style attributes in style-src-attr', () => {
		const out = policyOf(
			addInlineHashes(
				page('<svg><style>#a{fill:red}</style></svg><i style="--x: &quot;1&quot;"></i>'),
			),
		);
		expect(out).toContain(`style-src 'self' ${hash('#a{fill:red}')}`);
		expect(out).toContain(`style-src-attr 'unsafe-hashes' ${hash('--x: "1"')}`);
	});

	it('lists inline JavaScript but not external or data scripts', () => {
		const out = policyOf(
			addInlineHashes(
				page(
					'<script>go()</script><script src="/x.js"></script><script type="application/ld+json">{}</script>',
				),
			),
		);
		expect(out).toContain(`script-src 'self' 'sha256-A=' ${hash('go()')}`);
		expect(out).not.toContain(hash('{}'));
		expect(out).not.toContain(hash(''));
	});

	it('adds no style-src-attr when the page has no style attribute, and leaves pages without a policy alone', () => {
		expect(policyOf(addInlineHashes(page('<p>hi</p>')))).not.toContain('style-src-attr');
		expect(addInlineHashes('<p style="x">no policy</p>')).toBe('<p style="x">no policy</p>');
	});

	it('decodes entity references as the browser does before hashing', () => {
		expect(decodeAttribute('a &amp; &lt;b&gt; &#39;c&#39;')).toBe("a & <b> 'c'");
	});
});

describe('the policy position', () => {
	it('moves the CSP meta to the top of <head>, after the charset', () => {
		const out = addInlineHashes(
			'<html><head><meta charset="utf-8"/><script>a()</script><meta http-equiv="content-security-policy" content="script-src \'self\';"></head></html>',
		);
		expect(out).toMatch(
			/^<html><head><meta charset="utf-8"\/><meta http-equiv="content-security-policy"/,
		);
		expect(out.match(/content-security-policy/g)).toHaveLength(1);
	});
});
