/**
 * Completes the Content-Security-Policy `<meta>` Astro writes into every page (security.csp) with
 * the hashes of the inline code Astro does not hash itself:
 *
 * - Starlight's `is:inline` scripts (theme provider, search shortcut, theme pickers): their
 *   SHA-256 goes to `script-src`, like the hashes Astro adds for its processed scripts;
 * - `<style>` elements inside the build-time Mermaid SVGs (drawn by a rehype plugin, out of
 *   Astro's sight);
 * - `style="…"` attributes, nearly all from Starlight's own components (`--sl-icon-size`,
 *   `--depth`, the search dialog) and Mermaid's edges (`stroke-width`, `stroke-dasharray`).
 *
 * Each page's policy lists exactly the styles that page ships, by SHA-256, so nothing else inline
 * is allowed: style elements go to `style-src` (which `style-src-elem` falls back to), and style
 * attributes to `style-src-attr 'unsafe-hashes' …`. 'unsafe-hashes' is the CSP keyword that lets a
 * hash match an attribute's value; it is scoped to `style-src-attr` only, so no script attribute
 * and no unlisted style is allowed. Our own components and widgets use classes or CSSOM instead.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../filesUnder.ts';

const ENTITIES: Record<string, string> = {
	'&quot;': '"',
	'&#34;': '"',
	'&#39;': "'",
	'&#x27;': "'",
	'&apos;': "'",
	'&lt;': '<',
	'&gt;': '>',
	'&amp;': '&',
};

/** The attribute value as the browser hashes it: entity references decoded. */
export function decodeAttribute(raw: string): string {
	return raw.replace(/&(?:quot|#34|#39|#x27|apos|lt|gt|amp);/g, (e) => ENTITIES[e] ?? e);
}

export function sha256(text: string): string {
	return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** A script element the browser runs as JavaScript (no type, a JavaScript type, or a module). */
function isJavaScript(attrs: string): boolean {
	const type = /\stype="([^"]*)"/i.exec(attrs)?.[1]?.toLowerCase();
	return (
		type === undefined || type === '' || type === 'module' || /javascript|ecmascript/.test(type)
	);
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)"\s*\/?>/i;

/** The page's HTML with its CSP meta naming every inline script, style element and style attribute. */
export function addInlineHashes(html: string): string {
	const meta = META.exec(html);
	if (meta === null) return html;
	const elementHashes = new Set(
		[...html.matchAll(/<style(?:\s[^>]*)?>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1] ?? '')),
	);
	const attributeHashes = new Set(
		[...html.matchAll(/\sstyle="([^"]*)"/gi)].map((m) => sha256(decodeAttribute(m[1] ?? ''))),
	);
	const scriptHashes = new Set(
		[...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi)]
			.filter(([, attrs = '']) => !/\ssrc=/i.test(attrs) && isJavaScript(attrs))
			.map((m) => sha256(m[2] ?? '')),
	);
	const directives = decodeAttribute(meta[1] ?? '')
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	const scriptIndex = directives.findIndex((d) => d.startsWith('script-src '));
	if (scriptIndex !== -1) {
		const scriptSrc = directives[scriptIndex] ?? '';
		const have = new Set(scriptSrc.split(/\s+/));
		directives[scriptIndex] = [scriptSrc, ...[...scriptHashes].filter((h) => !have.has(h))].join(
			' ',
		);
	}
	const styleIndex = directives.findIndex((d) => d.startsWith('style-src '));
	const styleSrc = styleIndex === -1 ? "style-src 'self'" : (directives[styleIndex] ?? '');
	const present = new Set(styleSrc.split(/\s+/));
	const addedElements = [...elementHashes].filter((h) => !present.has(h));
	const merged = [styleSrc, ...addedElements].join(' ');
	if (styleIndex === -1) directives.push(merged);
	else directives[styleIndex] = merged;
	if (attributeHashes.size > 0) {
		directives.push(`style-src-attr 'unsafe-hashes' ${[...attributeHashes].sort().join(' ')}`);
	}
	const content = directives.join('; ').replace(/"/g, '&quot;');
	const tag = `<meta http-equiv="content-security-policy" content="${content};">`;
	// A <meta> policy governs only what follows it, and Astro writes it after Starlight's head
	// scripts: move it to the top of <head>, right after the charset declaration.
	const rest = html.replace(META, '');
	const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(rest);
	if (charset !== null) {
		const at = charset.index + charset[0].length;
		return `${rest.slice(0, at)}${tag}${rest.slice(at)}`;
	}
	return rest.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${tag}`);
}

/** After the build, adds the inline script and style hashes to every page's CSP meta in dist/. */
export function inlineHashesIntegration(): AstroIntegration {
	return {
		name: 'dr-guides:csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = filesUnder(fileURLToPath(dir), (name) => name.endsWith('.html'));
				let changed = 0;
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					const out = addInlineHashes(html);
					if (out !== html) {
						await writeFile(file, out);
						changed += 1;
					}
				}
				logger.info(
					`CSP: inline script and style hashes added to ${changed} of ${files.length} pages`,
				);
			},
		},
	};
}
