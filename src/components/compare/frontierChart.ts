/**
 * One tier's options as an SVG scatter chart: RPO on a log scale against monthly cost. Each
 * option is a numbered point, and a key (beside the plot when wide, below it when narrow) gives
 * its name, typical RTO and status. Options that meet the targets are circles, those that miss a
 * target triangles, those ruled out or set aside as a preview crosses; dominated options are hollow. The RPO target and the
 * budget are dashed lines. Positions come from layoutFrontierChart(); this file only writes the
 * markup, every text escaped. Colours come from CSS classes (frontierChart.css).
 *
 * The chart's figures travel with it as `data-chart` JSON, so the browser can lay it out again for
 * the width the page gives it (frontierChartResize.ts) without loading the model.
 */
import type { ComparedOption, Comparison, TierComparison } from '~/model/index.ts';
import { formatMinutes, formatUsd } from '~/model/facts/format.ts';
import { html, type SafeHtml } from '../widgets/html.ts';
import {
	DEFAULT_WIDTH,
	layoutFrontierChart,
	type ChartLayout,
	type PointStatus,
	type TextSpot,
} from './frontierChartLayout.ts';

export type { PointStatus } from './frontierChartLayout.ts';

export interface ChartOptions {
	/** Unique id prefix on the page. */
	id: string;
	/** The id of the table that holds the same figures (the chart's text equivalent). */
	tableId: string;
}

/** Everything the chart shows, as plain data (numbers and ready-made text). */
export interface ChartData {
	tier: string;
	/**
	 * What goes across: the RPO, or the RTO when every option has the same RPO (a stateless
	 * tier's options all lose nothing): one vertical line of points would say nothing.
	 */
	axis: ChartAxis;
	/** The one RPO every option shares, as text, when the chart plots RTO. */
	sharedRpoText?: string | undefined;
	targetRpoMinutes: number;
	targetRpoText: string;
	targetRtoMinutes: number;
	targetRtoText: string;
	budgetUsd?: number | undefined;
	budgetText?: string | undefined;
	points: {
		key: string;
		name: string;
		rpoMinutes: number;
		rtoMinutes: number;
		monthlyUsd: number;
		rtoText: string;
		rpoText: string;
		status: PointStatus;
		dominated: boolean;
		recommended: boolean;
	}[];
}

export type ChartAxis = 'rpo' | 'rto';

/** RTO across when every option shares one RPO (and there are two or more), RPO otherwise. */
export function chartAxis(tier: TierComparison): ChartAxis {
	const rpos = new Set(tier.options.map((o) => o.rpo.typical));
	return tier.options.length > 1 && rpos.size === 1 ? 'rto' : 'rpo';
}

export function pointStatus(o: ComparedOption): PointStatus {
	if (o.meetsTargets) return 'meets';
	if (o.blockers.length === 0) return 'misses';
	// Set aside for a generally available option, as the table says: not ruled out.
	return o.blockers.every((b) => b.kind === 'preview') ? 'set-aside' : 'ruled-out';
}

const STATUS_WORDS: Record<PointStatus, string> = {
	meets: 'meets the targets',
	misses: 'misses a target',
	'ruled-out': 'ruled out',
	'set-aside': 'set aside (preview)',
};

export function chartData(tier: TierComparison, targets: Comparison['targets']): ChartData {
	const axis = chartAxis(tier);
	const first = tier.options[0];
	return {
		tier: tier.tier,
		axis,
		sharedRpoText:
			axis === 'rto' && first !== undefined ? formatMinutes(first.rpo.typical) : undefined,
		targetRpoMinutes: targets.rpoMinutes,
		targetRpoText: formatMinutes(targets.rpoMinutes),
		targetRtoMinutes: targets.rtoMinutes,
		targetRtoText: formatMinutes(targets.rtoMinutes),
		budgetUsd: targets.budgetUsd,
		budgetText: targets.budgetUsd === undefined ? undefined : formatUsd(targets.budgetUsd),
		points: tier.options.map((o) => ({
			key: o.key,
			name: o.name,
			rpoMinutes: o.rpo.typical,
			rtoMinutes: o.rto.typical,
			monthlyUsd: o.monthlyUsd,
			rtoText: formatMinutes(o.rto.typical),
			rpoText: formatMinutes(o.rpo.typical),
			status: pointStatus(o),
			dominated: o.dominatedBy !== undefined,
			recommended: o.recommended,
		})),
	};
}

function marker(status: PointStatus, x: number, y: number, size = 1): SafeHtml {
	const f = (n: number) => Math.round(n * 10) / 10;
	if (status === 'meets')
		return html`<circle class="mark" cx="${f(x)}" cy="${f(y)}" r="${6 * size}"></circle>`;
	if (status === 'misses') {
		const p = [
			[x, y - 7 * size],
			[x + 6.5 * size, y + 5 * size],
			[x - 6.5 * size, y + 5 * size],
		]
			.map(([a, b]) => `${f(a ?? 0)},${f(b ?? 0)}`)
			.join(' ');
		return html`<polygon class="mark" points="${p}"></polygon>`;
	}
	const d = 5 * size;
	return html`<path
		class="mark"
		d="M${f(x - d)} ${f(y - d)}L${f(x + d)} ${f(y + d)}M${f(x + d)} ${f(y - d)}L${f(x - d)} ${f(y + d)}"
	></path>`;
}

const text = (s: TextSpot, cls: string): SafeHtml =>
	html`<text class="${cls}" x="${s.x}" y="${s.y}" text-anchor="${s.anchor}">${s.text}</text>`;

/** A line from (x1, y1) to (x2, y2); its look comes from its class. */
const line = (cls: string, x1: number, y1: number, x2: number, y2: number): SafeHtml =>
	html`<line class="${cls}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}"></line>`;

function detailText(p: ChartData['points'][number], axis: ChartAxis): string {
	const notes = [
		STATUS_WORDS[p.status],
		...(p.dominated ? ['dominated'] : []),
		...(p.recommended ? ["plan's choice"] : []),
	].join(', ');
	return `${axis === 'rto' ? `RPO ${p.rpoText}` : `RTO ${p.rtoText}`} · ${notes}`;
}

/** What the crosses stand for: ruled out, set aside as a preview, or either, as the points have it. */
export function crossWords(points: readonly Pick<ChartData['points'][number], 'status'>[]): string {
	const ruledOut = points.some((p) => p.status === 'ruled-out');
	const setAside = points.some((p) => p.status === 'set-aside');
	if (setAside && !ruledOut) return 'set aside as a preview';
	return setAside ? 'ruled out or set aside as a preview' : 'ruled out';
}

/** The chart's layout for a width: what the renderer draws. */
export function layoutFor(data: ChartData, width: number): ChartLayout {
	const rto = data.axis === 'rto';
	return layoutFrontierChart({
		width,
		targetRpoMinutes: rto ? data.targetRtoMinutes : data.targetRpoMinutes,
		targetLabel: rto ? `RTO target ${data.targetRtoText}` : `RPO target ${data.targetRpoText}`,
		axisTitle: rto ? 'RTO, typical (log scale)' : 'RPO, typical (log scale)',
		fitLow: rto,
		budgetUsd: data.budgetUsd,
		budgetText: data.budgetText,
		points: data.points.map((p) => ({
			rpoMinutes: rto ? p.rtoMinutes : p.rpoMinutes,
			monthlyUsd: p.monthlyUsd,
			name: p.name,
			detail: detailText(p, data.axis),
		})),
	});
}

/** What the chart plots, as its title says. */
export function chartTitle(data: Pick<ChartData, 'axis' | 'tier'>): string {
	return `${data.axis === 'rto' ? 'RTO' : 'RPO'} against monthly cost for the ${data.tier} tier`;
}

/** The chart as SVG markup, laid out for `width` px. */
export function renderFrontierChart(
	data: ChartData,
	options: ChartOptions,
	width = DEFAULT_WIDTH,
): SafeHtml {
	const { id, tableId } = options;
	const L = layoutFor(data, width);
	const { plot } = L;
	const meets = data.points.filter((p) => p.status === 'meets').length;
	const dominated = data.points.filter((p) => p.dominated).length;
	const budget = L.budget;
	const titleId = `${id}-title`;
	const descId = `${id}-desc`;
	return html`<svg
		class="frontier-chart"
		viewBox="0 0 ${L.width} ${L.height}"
		width="${L.width}"
		height="${L.height}"
		role="img"
		aria-labelledby="${titleId}"
		aria-describedby="${descId} ${tableId}"
		data-width="${L.width}"
	>
		<title id="${titleId}">${chartTitle(data)}</title>
		<desc id="${descId}">
			Each of the ${data.points.length} options for the ${data.tier} tier is a numbered point:
			${
				data.axis === 'rto'
					? `every option has the same RPO (${data.sharedRpoText ?? ''}), so across is its typical RTO on a log scale (further left is back sooner)`
					: 'across, its typical RPO on a log scale (further left loses less data)'
			};
			up, its monthly standby cost. The key gives each number's pattern and typical
			${data.axis === 'rto' ? 'RPO' : 'RTO'}. ${meets} meet the targets (circles), the others miss a
			target (triangles) or are ${crossWords(data.points)} (crosses); ${dominated} are dominated
			(hollow). The dashed vertical line is the ${data.axis === 'rto' ? 'RTO' : 'RPO'}
			target${data.budgetText === undefined ? '' : `; the budget for the whole workload is ${data.budgetText}${budget?.y === undefined ? ', above every option' : ', the dashed horizontal line'}`}.
			The table of options gives the same figures.
		</desc>
		<g class="axes">
			${L.yTicks.map(
				(t) => html`${line('grid', plot.left, t.gridY, plot.right, t.gridY)}${text(t, 'tick')}`,
			)}
			${L.xTicks.map(
				(t) => html`${line('grid', t.gridX, plot.top, t.gridX, plot.bottom)}${text(t, 'tick')}`,
			)}
			${line('axis', plot.left, plot.bottom, plot.right, plot.bottom)}
			${line('axis', plot.left, plot.top, plot.left, plot.bottom)}
			${line(
				'axis-break',
				(plot.left + plot.logLeft) / 2 - 3,
				plot.bottom + 5,
				(plot.left + plot.logLeft) / 2 + 3,
				plot.bottom - 5,
			)}
			${text(L.xTitle, 'axis-title')}
			<text
				class="axis-title"
				x="${L.yTitle.x}"
				y="${L.yTitle.y}"
				text-anchor="middle"
				transform="rotate(-90 ${L.yTitle.rotate.x} ${L.yTitle.rotate.y})"
			>
				${L.yTitle.text}
			</text>
		</g>
		<g class="target-lines">
			${line('target', L.target.x, plot.top - 6, L.target.x, plot.bottom)}
			${text(L.target.label, 'target-label')}
			${
				budget === undefined
					? ''
					: budget.y !== undefined
						? html`${line('target budget', plot.left, budget.y, plot.right, budget.y)}${text(
								budget.label,
								'target-label',
							)}`
						: text(budget.label, 'target-label budget-note')
			}
		</g>
		<g class="points">
			${L.points.map((p, i) => {
				const d = data.points[i]!;
				const classes = [
					'point',
					d.status,
					d.dominated ? 'dominated' : '',
					d.recommended ? 'recommended' : '',
				]
					.filter((c) => c !== '')
					.join(' ');
				return html`<g class="${classes}" data-option="${d.key}">
					${p.leader === undefined ? '' : line('leader', p.leader.x1, p.leader.y1, p.leader.x2, p.leader.y2)}
					${d.recommended ? html`<circle class="choice-ring" cx="${p.x}" cy="${p.y}" r="10"></circle>` : ''}
					${marker(d.status, p.x, p.y)} ${text(p.number, 'point-number')}
					<g class="key-entry">
						${text(p.key.number, 'key-number')} ${marker(d.status, p.key.markX, p.key.markY, 0.8)}
						${p.key.lines.map((l) => text(l, 'name'))} ${p.key.detail.map((l) => text(l, 'detail'))}
					</g>
				</g>`;
			})}
		</g>
	</svg>`;
}

/**
 * The chart in its wrapper: the figures as `data-chart` for a re-layout at the page's width,
 * and the SVG laid out for the default width, which scales until then (and without JavaScript).
 */
export function frontierChart(
	tier: TierComparison,
	targets: Comparison['targets'],
	options: ChartOptions,
): SafeHtml {
	const data = chartData(tier, targets);
	return html`<div
		class="frontier-chart-box"
		data-chart="${JSON.stringify(data)}"
		data-chart-ids="${JSON.stringify(options)}"
	>
		${renderFrontierChart(data, options)}
	</div>`;
}
