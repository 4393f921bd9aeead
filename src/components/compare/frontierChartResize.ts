/**
 * Lays each comparison chart out again for the width its column gives it, when the chart comes
 * near the viewport, when the page is resized and when the comparison is redrawn. Until then the
 * build-time layout scales with its box. Reads the chart's figures from its `data-chart`
 * attribute, so it needs no model code; the layout and renderer are fetched with the first chart
 * the reader scrolls to, so loading the page costs neither their bytes nor their work.
 */
import type { ChartData, ChartOptions } from './frontierChart.ts';

type Render = typeof import('./frontierChart.ts').renderFrontierChart;
let renderer: Promise<Render> | undefined;
const loadRenderer = (): Promise<Render> =>
	(renderer ??= import('./frontierChart.ts').then((m) => m.renderFrontierChart));

async function relayout(box: HTMLElement): Promise<void> {
	const width = Math.floor(box.clientWidth);
	const svg = box.querySelector('svg');
	if (width <= 0 || svg?.getAttribute('data-width') === String(Math.max(300, width))) return;
	try {
		const data = JSON.parse(box.dataset['chart'] ?? '') as ChartData;
		const ids = JSON.parse(box.dataset['chartIds'] ?? '') as ChartOptions;
		const render = await loadRenderer();
		box.innerHTML = render(data, ids, width).value;
	} catch {
		// A chart whose figures or code cannot be read keeps its build-time layout, which scales.
	}
}

/** Keeps every chart inside `root` laid out for its width once it has come near the viewport. */
export function fitChartsToWidth(root: HTMLElement): void {
	const seen = new WeakSet<Element>();
	const near = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) {
				if (!entry.isIntersecting || !(entry.target instanceof HTMLElement)) continue;
				seen.add(entry.target);
				near.unobserve(entry.target);
				void relayout(entry.target);
			}
		},
		{ rootMargin: '50% 0px' },
	);
	const watch = () =>
		root.querySelectorAll<HTMLElement>('[data-chart]').forEach((box) => {
			if (seen.has(box)) void relayout(box);
			else near.observe(box);
		});
	let frame = 0;
	const all = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(watch);
	};
	new ResizeObserver(all).observe(root);
	new MutationObserver((records) => {
		// Our own redraws replace a chart's SVG only; a new comparison replaces its boxes, or
		// updates them in place (updateInPlace.ts), which rewrites a drawn chart's data-width.
		if (
			records.some(
				(r) =>
					r.type === 'attributes' ||
					[...r.addedNodes].some(
						(n) =>
							(n instanceof HTMLElement && n.querySelector('[data-chart]') !== null) ||
							(n instanceof HTMLElement && n.dataset['chart'] !== undefined),
					),
			)
		)
			all();
	}).observe(root, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-width', 'data-chart'],
	});
}
