/**
 * One tier's options as an SVG scatter chart: RPO on a log scale (seconds to days) against
 * monthly cost, each point labelled with its pattern and typical RTO. Options that meet the
 * targets are circles, those that miss a target triangles, those ruled out crosses; dominated
 * options are hollow and say so. The target RPO and the budget are drawn as lines. Colours
 * come from CSS classes (site.css) so the chart follows the light/dark theme. Pure: the same
 * markup at build time and in the browser, every text escaped.
 */
import {
	formatMinutes,
	formatUsd,
	type ComparedOption,
	type Comparison,
	type TierComparison,
} from '~/model/index.ts';
import { html, type SafeHtml } from '../widgets/html.ts';

export interface ChartOptions {
	/** Unique id prefix on the page. */
	id: string;
	/** The id of the table that holds the same figures (the chart's text equivalent). */
	tableId: string;
}

/** RPO ticks, in minutes. */
export const RPO_TICKS: readonly { minutes: number; label: string }[] = [
	{ minutes: 1 / 60, label: '1 s' },
	{ minutes: 10 / 60, label: '10 s' },
	{ minutes: 1, label: '1 min' },
	{ minutes: 10, label: '10 min' },
	{ minutes: 60, label: '1 h' },
	{ minutes: 360, label: '6 h' },
	{ minutes: 1440, label: '1 day' },
	{ minutes: 10_080, label: '1 week' },
	{ minutes: 43_200, label: '30 days' },
];

const W = 900;
const PLOT = { left: 96, right: 528, top: 28 };
const ZERO_GAP = 34;
const LABEL_X = 560;
const LINE = 14;
const WRAP = 46;

const fixed = (n: number) => Math.round(n * 10) / 10;

/** A cost tick: thousands as "k" on a large scale, whole dollars when every tick is whole. */
export function usdTick(value: number, ticks: readonly number[]): string {
	if ((ticks.at(-1) ?? 0) >= 10_000) return `US$${(value / 1000).toLocaleString('en-US')}k`;
	return ticks.every((t) => Number.isInteger(t))
		? `US$${value.toLocaleString('en-US')}`
		: formatUsd(value);
}

export type PointStatus = 'meets' | 'misses' | 'ruled-out';

export function pointStatus(o: ComparedOption): PointStatus {
	if (o.meetsTargets) return 'meets';
	return o.blockers.length > 0 ? 'ruled-out' : 'misses';
}

/** Word-wraps a name into lines of at most `width` characters (long words are kept whole). */
export function wrapText(text: string, width = WRAP): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter((w) => w !== '')) {
		if (line === '') line = word;
		else if (line.length + 1 + word.length <= width) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line !== '') lines.push(line);
	return lines.length === 0 ? [''] : lines;
}

/** A round step (1, 2 or 5 × 10^k) giving about five ticks up to max. */
export function costTicks(max: number): number[] {
	const top = Number.isFinite(max) && max > 0 ? max : 1;
	const raw = top / 5;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
	const ticks: number[] = [];
	for (let v = 0; v < top + step; v += step) {
		ticks.push(Number(v.toPrecision(12)));
		if (v >= top) break;
	}
	return ticks;
}

function rpoScale(maxMinutes: number, plotLeft: number, plotRight: number) {
	const lo = RPO_TICKS[0]!.minutes;
	const hiTick =
		RPO_TICKS.find((t) => t.minutes >= Math.max(maxMinutes, 1440)) ?? RPO_TICKS.at(-1)!;
	const hi = Math.max(hiTick.minutes, maxMinutes);
	const logLeft = plotLeft + ZERO_GAP;
	const x = (minutes: number): number => {
		if (!(minutes > 0)) return plotLeft;
		const m = Math.min(Math.max(minutes, lo), hi);
		return (
			logLeft +
			((Math.log(m) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (plotRight - logLeft)
		);
	};
	const ticks = [{ minutes: 0, label: '0' }, ...RPO_TICKS.filter((t) => t.minutes <= hi)];
	return { x, ticks, logLeft };
}

function marker(status: PointStatus, x: number, y: number): SafeHtml {
	if (status === 'meets')
		return html`<circle class="mark" cx="${fixed(x)}" cy="${fixed(y)}" r="6"></circle>`;
	if (status === 'misses') {
		const p = [
			[x, y - 7],
			[x + 6.5, y + 5],
			[x - 6.5, y + 5],
		]
			.map(([a, b]) => `${fixed(a ?? 0)},${fixed(b ?? 0)}`)
			.join(' ');
		return html`<polygon class="mark" points="${p}"></polygon>`;
	}
	const d = `M${fixed(x - 5)} ${fixed(y - 5)}L${fixed(x + 5)} ${fixed(y + 5)}M${fixed(x + 5)} ${fixed(y - 5)}L${fixed(x - 5)} ${fixed(y + 5)}`;
	return html`<path class="mark" d="${d}"></path>`;
}

const STATUS_WORDS: Record<PointStatus, string> = {
	meets: 'meets the targets',
	misses: 'misses a target',
	'ruled-out': 'ruled out',
};

/** Spreads label blocks vertically so none overlap, keeping each near its point. */
export function spreadLabels(
	wanted: readonly { y: number; height: number }[],
	top: number,
	bottom: number,
): number[] {
	const order = wanted.map((w, i) => ({ ...w, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const out = new Array<number>(wanted.length).fill(0);
	let next = top;
	for (const w of order) {
		const y = Math.max(w.y - w.height / 2, next);
		out[w.i] = y;
		next = y + w.height;
	}
	// Pull back up from the bottom edge, never above the top.
	let limit = bottom;
	for (const w of [...order].reverse()) {
		const y = Math.max(top, Math.min(out[w.i] ?? 0, limit - w.height));
		out[w.i] = y;
		limit = y;
	}
	return out;
}

export function frontierChart(
	tier: TierComparison,
	targets: Comparison['targets'],
	options: ChartOptions,
): SafeHtml {
	const { id, tableId } = options;
	const opts = tier.options;
	const lineCount = (o: ComparedOption) => wrapText(o.name).length + 1;
	const labelsHeight = opts.reduce((sum, o) => sum + lineCount(o) * LINE + 8, 0);
	const plotBottom = Math.max(330, PLOT.top + labelsHeight);
	const H = plotBottom + 62;
	const maxRpo = Math.max(targets.rpoMinutes, ...opts.map((o) => o.rpo.typical));
	const rx = rpoScale(maxRpo, PLOT.left, PLOT.right);
	const maxOption = Math.max(0, ...opts.map((o) => o.monthlyUsd));
	// A budget far above every option would squash the points: it is then noted, not drawn.
	const budget = targets.budgetUsd;
	const budgetOnChart = budget !== undefined && (budget <= maxOption * 2 || maxOption === 0);
	const maxCost = Math.max(budgetOnChart ? budget : 0, maxOption);
	const yTicks = costTicks(maxCost);
	const yMax = yTicks.at(-1) ?? 1;
	const y = (usd: number) =>
		plotBottom - (Math.min(Math.max(usd, 0), yMax) / yMax) * (plotBottom - PLOT.top);
	const points = opts.map((o) => ({ o, x: rx.x(o.rpo.typical), y: y(o.monthlyUsd) }));
	const tops = spreadLabels(
		points.map((p) => ({ y: p.y, height: lineCount(p.o) * LINE + 8 })),
		PLOT.top - 8,
		plotBottom + 8,
	);
	const meets = opts.filter((o) => o.meetsTargets).length;
	const dominated = opts.filter((o) => o.dominatedBy !== undefined).length;
	const targetX = rx.x(targets.rpoMinutes);
	const titleId = `${id}-title`;
	const descId = `${id}-desc`;
	return html`<svg
		class="frontier-chart"
		viewBox="0 0 ${W} ${fixed(H)}"
		role="img"
		aria-labelledby="${titleId}"
		aria-describedby="${descId} ${tableId}"
		data-points="${opts.length}"
	>
		<title id="${titleId}">RPO against monthly cost for the ${tier.tier} tier</title>
		<desc id="${descId}">
			Each of the ${opts.length} options for the ${tier.tier} tier is a point: across, its typical
			RPO on a log scale (further left loses less data); up, its monthly standby cost. Each label
			gives the pattern and its typical RTO. ${meets} meet the targets (circles), the others miss a
			target (triangles) or are ruled out (crosses); ${dominated} are dominated (hollow). The dashed
			vertical line is the RPO
			target${budget === undefined ? '' : budgetOnChart ? `; the dashed horizontal line is the budget for the whole workload, ${formatUsd(budget)}` : `; the budget for the whole workload, ${formatUsd(budget)}, is above every option`}.
			The table of options gives the same figures.
		</desc>
		<g class="axes">
			${yTicks.map(
				(t) =>
					html`<line
							class="grid"
							x1="${PLOT.left}"
							x2="${PLOT.right}"
							y1="${fixed(y(t))}"
							y2="${fixed(y(t))}"
						></line
						><text class="tick" x="${PLOT.left - 14}" y="${fixed(y(t) + 4)}" text-anchor="end"
							>${usdTick(t, yTicks)}</text
						>`,
			)}
			${rx.ticks.map(
				(t) =>
					html`<line
							class="grid"
							x1="${fixed(rx.x(t.minutes))}"
							x2="${fixed(rx.x(t.minutes))}"
							y1="${PLOT.top}"
							y2="${plotBottom}"
						></line
						><text
							class="tick"
							x="${fixed(rx.x(t.minutes))}"
							y="${plotBottom + 16}"
							text-anchor="middle"
							>${t.label}</text
						>`,
			)}
			<line
				class="axis"
				x1="${PLOT.left}"
				x2="${PLOT.right}"
				y1="${plotBottom}"
				y2="${plotBottom}"
			></line>
			<line
				class="axis"
				x1="${PLOT.left}"
				x2="${PLOT.left}"
				y1="${PLOT.top}"
				y2="${plotBottom}"
			></line>
			<line
				class="axis-break"
				x1="${PLOT.left + ZERO_GAP / 2 - 3}"
				x2="${PLOT.left + ZERO_GAP / 2 + 3}"
				y1="${plotBottom + 5}"
				y2="${plotBottom - 5}"
			></line>
			<text
				class="axis-title"
				x="${fixed((PLOT.left + PLOT.right) / 2)}"
				y="${plotBottom + 40}"
				text-anchor="middle"
			>
				RPO, typical (log scale)
			</text>
			<text
				class="axis-title"
				x="14"
				y="${fixed((PLOT.top + plotBottom) / 2)}"
				text-anchor="middle"
				transform="rotate(-90 14 ${fixed((PLOT.top + plotBottom) / 2)})"
			>
				Monthly standby cost (US$)
			</text>
		</g>
		<g class="target-lines">
			<line
				class="target"
				x1="${fixed(targetX)}"
				x2="${fixed(targetX)}"
				y1="${PLOT.top - 6}"
				y2="${plotBottom}"
			></line>
			<text
				class="target-label"
				x="${fixed(targetX < (PLOT.left + PLOT.right) / 2 ? targetX + 4 : targetX - 4)}"
				y="${PLOT.top - 10}"
				text-anchor="${targetX < (PLOT.left + PLOT.right) / 2 ? 'start' : 'end'}"
			>
				RPO target ${formatMinutes(targets.rpoMinutes)}
			</text>
			${
				budget === undefined
					? ''
					: budgetOnChart
						? html`<line
									class="target budget"
									x1="${PLOT.left}"
									x2="${PLOT.right}"
									y1="${fixed(y(budget))}"
									y2="${fixed(y(budget))}"
								></line
								><text
									class="target-label"
									x="${PLOT.right - 4}"
									y="${fixed(y(budget) - 5)}"
									text-anchor="end"
									>Budget, whole workload ${formatUsd(budget)}</text
								>`
						: html`<text
								class="target-label budget-note"
								x="${PLOT.right - 4}"
								y="${PLOT.top + 14}"
								text-anchor="end"
								>Budget, whole workload ${formatUsd(budget)}: above this chart</text
							>`
			}
		</g>
		<g class="points">
			${points.map((p, i) => {
				const status = pointStatus(p.o);
				const top = tops[i] ?? 0;
				const lines = wrapText(p.o.name);
				const anchorY = top + LINE / 2 + 2;
				const classes = [
					'point',
					status,
					p.o.dominatedBy !== undefined ? 'dominated' : '',
					p.o.recommended ? 'recommended' : '',
				]
					.filter((c) => c !== '')
					.join(' ');
				const notes = [
					STATUS_WORDS[status],
					...(p.o.dominatedBy !== undefined ? ['dominated'] : []),
					...(p.o.recommended ? ["plan's choice"] : []),
				].join(', ');
				return html`<g class="${classes}" data-option="${p.o.key}">
					<line
						class="leader"
						x1="${fixed(p.x)}"
						y1="${fixed(p.y)}"
						x2="${LABEL_X - 14}"
						y2="${fixed(anchorY)}"
					></line>
					${p.o.recommended ? html`<circle class="choice-ring" cx="${fixed(p.x)}" cy="${fixed(p.y)}" r="10"></circle>` : ''}
					${marker(status, p.x, p.y)} ${marker(status, LABEL_X - 6, anchorY - 3)}
					<text class="point-label" x="${LABEL_X + 4}" y="${fixed(top + LINE)}">
						${lines.map((l, j) => html`<tspan class="name" x="${LABEL_X + 4}" dy="${j === 0 ? 0 : LINE}">${l}</tspan>`)}<tspan
							class="detail"
							x="${LABEL_X + 4}"
							dy="${LINE}"
							>RTO ${formatMinutes(p.o.rto.typical)} · ${notes}</tspan
						>
					</text>
				</g>`;
			})}
		</g>
	</svg>`;
}
