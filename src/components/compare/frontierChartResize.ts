/**
 * Lays each comparison chart out again for the width its column gives it, on load, when the
 * page is resized and when the comparison is redrawn. Reads the chart's figures from its
 * `data-chart` attribute, so it needs no model code.
 */
import { renderFrontierChart, type ChartData, type ChartOptions } from './frontierChart.ts';

function relayout(box: HTMLElement): void {
	const width = Math.floor(box.clientWidth);
	const svg = box.querySelector('svg');
	if (width <= 0 || svg?.getAttribute('data-width') === String(Math.max(300, width))) return;
	try {
		const data = JSON.parse(box.dataset['chart'] ?? '') as ChartData;
		const ids = JSON.parse(box.dataset['chartIds'] ?? '') as ChartOptions;
		box.innerHTML = renderFrontierChart(data, ids, width).value;
	} catch {
		// A chart whose figures cannot be read keeps its build-time layout, which scales.
	}
}

/** Keeps every chart inside `root` laid out for its width. */
export function fitChartsToWidth(root: HTMLElement): void {
	let frame = 0;
	const all = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() =>
			root.querySelectorAll<HTMLElement>('[data-chart]').forEach(relayout),
		);
	};
	new ResizeObserver(all).observe(root);
	new MutationObserver((records) => {
		// Our own redraws replace a chart's SVG only; a new comparison replaces its boxes.
		if (
			records.some((r) =>
				[...r.addedNodes].some(
					(n) =>
						(n instanceof HTMLElement && n.querySelector('[data-chart]') !== null) ||
						(n instanceof HTMLElement && n.dataset['chart'] !== undefined),
				),
			)
		)
			all();
	}).observe(root, { childList: true, subtree: true });
	all();
}
