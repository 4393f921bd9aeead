/**
 * Drift check for src/components/search/Search.astro, a fork of Starlight's Search.astro that
 * changes only when Pagefind's UI is loaded (see its header). The fork keeps Starlight's markup,
 * inline shortcut script and styles, so an upgrade of @astrojs/starlight that changes its own
 * component must be looked at: this test fails when the installed upstream file is not the one the
 * fork was taken from, and names what to re-check.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The upstream file the fork was taken from: its version and the SHA-256 of its bytes. */
const FORKED_FROM = {
	version: '0.42.4',
	sha256: '30d6549c54409a9e92ec9734901946d409a408635e8876b18940285f21c62062',
};

const STARLIGHT = join(process.cwd(), 'node_modules/@astrojs/starlight');
const UPSTREAM_PATH = 'node_modules/@astrojs/starlight/dist/components/Search.astro';
const upstream = readFileSync(join(process.cwd(), UPSTREAM_PATH), 'utf8');
const fork = readFileSync(join(process.cwd(), 'src/components/search/Search.astro'), 'utf8');
const installedVersion = (
	JSON.parse(readFileSync(join(STARLIGHT, 'package.json'), 'utf8')) as { version: string }
).version;

const RECHECK = [
	`Starlight's Search.astro is not the file src/components/search/Search.astro was forked from`,
	`(installed @astrojs/starlight ${installedVersion}, forked from ${FORKED_FROM.version}).`,
	`Diff ${UPSTREAM_PATH} against the ${FORKED_FROM.version} file and carry its changes into the fork:`,
	`the markup (button, dialog, #starlight__search), the inline shortcut script, the styles, the`,
	`Pagefind options passed to PagefindUI and the translations; then check that the fork's own change`,
	`(Pagefind's UI built on demand, src/components/search/searchLoader.ts) still fits, run`,
	`test/browser/searchOnDemand.test.ts, and record the new version and SHA-256 here.`,
].join(' ');

/** The `<tag …>…</tag>` blocks of a component whose opening tag starts with `open`, in order. */
function blocks(source: string, open: string, close: string): string[] {
	return source
		.split(open)
		.slice(1)
		.map((rest) => rest.slice(0, rest.indexOf(close)));
}

/** Text with its whitespace removed, so a reformatting is not a difference. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The end of the balanced `{…}` block that starts at or after `from`. */
function blockEnd(css: string, from: number): number {
	let depth = 0;
	for (let i = css.indexOf('{', from); i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return i + 1;
	}
	return css.length;
}

/**
 * The fork's styles without the rules it adds. Each is marked by a comment that starts
 * `Added:`, followed by one at-rule block (a phone layout's `@media`) or a run of the loading
 * line's `.search-status` rules.
 */
function withoutAdded(css: string): string {
	let out = '';
	let at = 0;
	for (;;) {
		const mark = css.indexOf('/* Added:', at);
		if (mark < 0) return out + css.slice(at);
		out += css.slice(at, mark);
		at = css.indexOf('*/', mark) + 2;
		const next = () => css.slice(at).search(/\S/) + at;
		if (css[next()] === '@') at = blockEnd(css, at);
		else while (css.startsWith('.search-status', next())) at = blockEnd(css, at);
	}
}

describe('the Search.astro fork', () => {
	it(`was taken from the installed Starlight's component`, () => {
		const sha256 = createHash('sha256').update(upstream).digest('hex');
		expect(sha256 === FORKED_FROM.sha256, RECHECK).toBe(true);
	});

	it(`keeps Starlight's inline shortcut script and styles, apart from the rules it marks as added`, () => {
		const inline = (s: string) => blocks(s, '<script is:inline>', '</script>').map(squeeze);
		expect(inline(fork)).toEqual(inline(upstream));
		const styles = (s: string) => blocks(s, '<style', '</style>');
		const forkStyles = styles(fork);
		expect(forkStyles.length).toBe(styles(upstream).length);
		expect(forkStyles.map((css) => squeeze(withoutAdded(css)))).toEqual(
			styles(upstream).map(squeeze),
		);
	});

	it('names the version it was forked from in its header', () => {
		expect(fork).toContain(`adapted from Starlight ${FORKED_FROM.version}'s Search.astro`);
	});
});
