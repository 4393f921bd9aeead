/**
 * The one shared build-time Mermaid renderer. Used by the ```mermaid fence plugin and by the
 * <Diagram> component: both go through renderDiagram(), so they draw identically.
 *
 * Mermaid runs in headless Chromium (playwright-core); readers receive only the SVG. The browser
 * is started once per process, kept on globalThis (Astro loads the config and the pages in
 * separate module graphs) and closed by the integration when the build is done.
 */
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { HEADLESS_CHROMIUM_ARGS } from '../findChromium.ts';
import { findChromiumHere, NO_CHROMIUM_MESSAGE } from '../nodeChromium.ts';
import {
	COLOUR_SCHEMES,
	DIAGRAM_COLOURS,
	MERMAID_THEME_VARIABLES,
	type ColourScheme,
} from './mermaidThemes.ts';
import { errorLine, readAccessibility, withAccessibility } from './mermaidSource.ts';
import { prefixSvgIds } from './svgIds.ts';
import { pruneSvgStyle } from './pruneSvgStyle.ts';
import { roundSvgNumbers } from './roundSvgNumbers.ts';
import { stripUnusedSvg, themeSvg, ThemeMismatchError } from './themeSvg.ts';

export interface DiagramRequest {
	code: string;
	/** Unique on the page: every id in the SVG starts with it. */
	idPrefix: string;
	title?: string;
	description?: string;
}

/** One inline SVG whose colours are CSS custom properties (see themeSvg.ts). */
export type RenderedDiagram = string;

export class DiagramError extends Error {
	readonly line: number | undefined;
	constructor(message: string, line?: number) {
		super(message);
		this.name = 'DiagramError';
		this.line = line;
	}
}

interface Session {
	browser: Browser;
	page: Page;
	queue: Promise<unknown>;
}

interface RendererState {
	session?: Promise<Session>;
	cache: Map<string, RenderedDiagram>;
}

const STATE_KEY = Symbol.for('azure-vm-dr-guides.mermaid-renderer');

function state(): RendererState {
	const holder = globalThis as unknown as Record<symbol, RendererState | undefined>;
	let current = holder[STATE_KEY];
	if (current === undefined) {
		current = { cache: new Map() };
		holder[STATE_KEY] = current;
	}
	return current;
}

async function startSession(): Promise<Session> {
	const found = findChromiumHere();
	if (found === undefined) throw new DiagramError(NO_CHROMIUM_MESSAGE);
	const browser = await chromium.launch({
		executablePath: found.path,
		args: [...HEADLESS_CHROMIUM_ARGS],
	});
	const page = await browser.newPage();
	await page.setContent('<!doctype html><html><head></head><body></body></html>');
	const require = createRequire(import.meta.url);
	await page.addScriptTag({ path: require.resolve('mermaid/dist/mermaid.min.js') });
	return { browser, page, queue: Promise.resolve() };
}

function session(): Promise<Session> {
	const s = state();
	s.session ??= startSession();
	return s.session;
}

interface PageResult {
	svg?: string;
	error?: string;
}

async function renderInPage(
	page: Page,
	code: string,
	id: string,
	scheme: ColourScheme,
): Promise<PageResult> {
	return page.evaluate(
		async ({ code, id, themeVariables }) => {
			const mermaid = (globalThis as unknown as { mermaid: MermaidApi }).mermaid;
			interface MermaidApi {
				initialize(config: Record<string, unknown>): void;
				parse(code: string): Promise<unknown>;
				render(id: string, code: string): Promise<{ svg: string }>;
			}
			mermaid.initialize({
				startOnLoad: false,
				theme: 'base',
				themeVariables,
				securityLevel: 'strict',
				htmlLabels: false,
				flowchart: { htmlLabels: false, useMaxWidth: true },
				deterministicIds: true,
				deterministicIDSeed: id,
			});
			try {
				await mermaid.parse(code);
				const { svg } = await mermaid.render(id, code);
				return { svg };
			} catch (error) {
				return { error: error instanceof Error ? error.message : String(error) };
			} finally {
				document.querySelectorAll(`[id^="d${id}"], #${id}`).forEach((n) => n.remove());
			}
		},
		{ code, id, themeVariables: MERMAID_THEME_VARIABLES[scheme] },
	);
}

/**
 * Mermaid names the line where its parser gave up; for an unclosed construct that is the end of
 * the input, which may include the accTitle/accDescr lines appended here. Clamp to the author's
 * last line so the reported position is always inside their source.
 */
function clampLine(line: number | undefined, authorCode: string): number | undefined {
	if (line === undefined) return undefined;
	const authorLines = authorCode.replace(/\s+$/, '').split('\n').length;
	return Math.min(line, authorLines);
}

/**
 * Renders Mermaid text to one SVG that follows the page's colour scheme. Throws DiagramError (with the 1-based line
 * of the Mermaid source, where Mermaid names one) on a syntax error or a missing title/description.
 */
export async function renderDiagram(request: DiagramRequest): Promise<RenderedDiagram> {
	const code = withAccessibility(request.code, {
		...(request.title !== undefined ? { title: request.title } : {}),
		...(request.description !== undefined ? { description: request.description } : {}),
	});
	const acc = readAccessibility(code);
	if (acc.title === undefined || acc.description === undefined) {
		throw new DiagramError(
			'a diagram needs an accessible title and description: add `accTitle: …` and `accDescr: …` lines to the Mermaid source (or title/description props to <Diagram>)',
		);
	}
	const key = `${request.idPrefix}\u0000${code}`;
	const cached = state().cache.get(key);
	if (cached !== undefined) return cached;

	const s = await session();
	const run = s.queue.then(async () => {
		const drawn: Partial<Record<ColourScheme, string>> = {};
		for (const scheme of COLOUR_SCHEMES) {
			// The same id seed for both drawings, so they differ only in colour.
			const result = await renderInPage(s.page, code, request.idPrefix, scheme);
			if (result.svg === undefined) {
				const message = result.error ?? 'Mermaid returned no SVG';
				throw new DiagramError(
					`Mermaid syntax error: ${message}`,
					clampLine(errorLine(message), request.code),
				);
			}
			drawn[scheme] = result.svg;
		}
		let svg: string;
		try {
			svg = themeSvg(drawn.light ?? '', drawn.dark ?? '', DIAGRAM_COLOURS);
		} catch (error) {
			if (error instanceof ThemeMismatchError) throw new DiagramError(error.message);
			throw error;
		}
		// Mermaid leaves empty style="" attributes on edges: dropped, as each style attribute the
		// page keeps must be listed in its Content-Security-Policy (src/build/csp/). Coordinates
		// are rounded to 2 decimals (Mermaid writes full doubles).
		return roundSvgNumbers(
			pruneSvgStyle(stripUnusedSvg(prefixSvgIds(svg, request.idPrefix))).replace(/ style=""/g, ''),
		);
	});
	s.queue = run.catch(() => undefined);
	const rendered = await run;
	state().cache.set(key, rendered);
	return rendered;
}

/** Closes the shared browser; the next render starts a new one. */
export async function closeDiagramRenderer(): Promise<void> {
	const s = state();
	const pending = s.session;
	delete s.session;
	if (pending === undefined) return;
	try {
		const { browser } = await pending;
		await browser.close();
	} catch {
		// A session that failed to start has nothing to close.
	}
}
