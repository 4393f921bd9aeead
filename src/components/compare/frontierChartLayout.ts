/**
 * Where everything in the comparison chart goes, for a given width: numbers in, positions,
 * ticks and label boxes out. Pure and DOM-free, so it is unit-tested and runs the same at build
 * time and in the browser.
 *
 * Each option is a point numbered on the chart; its name and details sit in a key beside the
 * plot on a wide chart and below it on a narrow one. A point's number is placed greedily on the
 * first free spot around it (with a leader line when it had to move away), so no two labels
 * overlap. Text widths are estimated on the generous side of the site's fonts.
 */

import { costTicks, RPO_TICKS, usdTick } from './frontierChartTicks.ts';

export { costTicks, RPO_TICKS, usdTick };

/** Font sizes, in px, matching the chart's CSS. */
export const FONT = { tick: 12, title: 13, name: 13, detail: 12, number: 12 } as const;
/** A generous average glyph width as a share of the font size. */
const GLYPH = 0.62;
const LINE = 18;
/** The default width, used at build time before the page knows its column. */
export const DEFAULT_WIDTH = 900;
/** At or above this width the key sits beside the plot, below it otherwise. */
export const SIDE_KEY_MIN_WIDTH = 720;
const ZERO_GAP = 30;

/** `set-aside`: the engine passed it over for a generally available option (its feature is in preview). */
export type PointStatus = 'meets' | 'misses' | 'ruled-out' | 'set-aside';

export interface ChartPointInput {
	/** The figure across, in minutes: the RPO, or the RTO where `axisTitle` says so. */
	rpoMinutes: number;
	monthlyUsd: number;
	/** The key's text: the name (wrapped) and one line of details. */
	name: string;
	detail: string;
}

export interface ChartLayoutInput {
	width: number;
	points: readonly ChartPointInput[];
	targetRpoMinutes: number;
	targetLabel: string;
	/** The across axis's title: RPO unless the chart plots RTO (every option shares one RPO). */
	axisTitle?: string | undefined;
	/** Start the log scale at the tick below the smallest figure rather than at 1 s. */
	fitLow?: boolean | undefined;
	budgetUsd?: number | undefined;
	/** The budget as text ("US$150"); the label says what it is. */
	budgetText?: string | undefined;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface TextSpot {
	x: number;
	/** Baseline. */
	y: number;
	anchor: 'start' | 'middle' | 'end';
	text: string;
	box: Box;
}

export interface PointLayout {
	x: number;
	y: number;
	number: TextSpot;
	/** From the point to its number, when the number had to move away. */
	leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
	key: { number: TextSpot; markX: number; markY: number; lines: TextSpot[]; detail: TextSpot[] };
}

export interface ChartLayout {
	width: number;
	height: number;
	plot: { left: number; right: number; top: number; bottom: number; logLeft: number };
	xTicks: (TextSpot & { gridX: number })[];
	yTicks: (TextSpot & { gridY: number })[];
	xTitle: TextSpot;
	yTitle: TextSpot & { rotate: { x: number; y: number } };
	target: { x: number; label: TextSpot };
	budget?: { y: number | undefined; label: TextSpot } | undefined;
	points: PointLayout[];
	keySide: boolean;
}

const fixed = (n: number) => Math.round(n * 10) / 10;

/** Estimated width of a line of text. */
export function textWidth(text: string, size: number): number {
	return text.length * size * GLYPH;
}

function spot(
	text: string,
	x: number,
	y: number,
	size: number,
	anchor: TextSpot['anchor'] = 'start',
): TextSpot {
	const width = textWidth(text, size);
	const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
	return {
		x: fixed(x),
		y: fixed(y),
		anchor,
		text,
		box: { x: left, y: y - size, width, height: size * 1.3 },
	};
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
	return (
		a.x < b.x + b.width + gap &&
		b.x < a.x + a.width + gap &&
		a.y < b.y + b.height + gap &&
		b.y < a.y + a.height + gap
	);
}

/** Word-wraps text into lines of at most `width` characters (long words are kept whole). */
export function wrapText(text: string, width: number): string[] {
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

/** Keeps the ticks, in order, whose labels do not crowd the last kept one. */
export function thinTicks<T extends { box: Box }>(ticks: readonly T[], gap: number): T[] {
	const kept: T[] = [];
	for (const t of ticks) {
		const last = kept.at(-1);
		if (last === undefined || !overlaps(last.box, t.box, gap)) kept.push(t);
	}
	return kept;
}

/**
 * The first spot around (x, y) where a box of this size touches none of `taken` and stays in
 * `bounds`: rings of eight directions at growing distances. Falls back to the least crowded.
 */
export function placeNear(
	x: number,
	y: number,
	width: number,
	height: number,
	taken: readonly Box[],
	bounds: Box,
): { box: Box; moved: boolean } {
	const inside = (b: Box) =>
		b.x >= bounds.x &&
		b.y >= bounds.y &&
		b.x + b.width <= bounds.x + bounds.width &&
		b.y + b.height <= bounds.y + bounds.height;
	const dirs = [
		[1, 0],
		[-1, 0],
		[0, -1],
		[0, 1],
		[1, -1],
		[-1, -1],
		[1, 1],
		[-1, 1],
	] as const;
	let best: { box: Box; hits: number; moved: boolean } | undefined;
	for (let ring = 0; ring < 8; ring++) {
		const r = 9 + ring * 12;
		for (const [dx, dy] of dirs) {
			const cx = x + dx * (r + width / 2);
			const cy = y + dy * (r + height / 2);
			const box = { x: cx - width / 2, y: cy - height / 2, width, height };
			if (!inside(box)) continue;
			const hits = taken.filter((t) => overlaps(t, box, 1)).length;
			if (hits === 0) return { box, moved: ring > 0 };
			if (best === undefined || hits < best.hits) best = { box, hits, moved: true };
		}
	}
	return best ?? { box: { x: x + 9, y: y - height / 2, width, height }, moved: false };
}

function rpoScale(maxMinutes: number, left: number, right: number, minMinutes?: number) {
	// Start at the tick at or below the smallest figure when asked (an RTO axis: no option is
	// back within seconds, and a scale from 1 s bunched every point at its right end).
	const floor =
		minMinutes === undefined
			? undefined
			: [...RPO_TICKS].reverse().find((t) => t.minutes <= minMinutes);
	const lo = (floor ?? RPO_TICKS[0]!).minutes;
	const hiTick =
		RPO_TICKS.find((t) => t.minutes >= Math.max(maxMinutes, 1440)) ?? RPO_TICKS.at(-1)!;
	const hi = Math.max(hiTick.minutes, maxMinutes);
	const logLeft = left + ZERO_GAP;
	const x = (minutes: number): number => {
		if (!(minutes > 0)) return left;
		const m = Math.min(Math.max(minutes, lo), hi);
		return (
			logLeft + ((Math.log(m) - Math.log(lo)) / (Math.log(hi) - Math.log(lo))) * (right - logLeft)
		);
	};
	const ticks = [
		{ minutes: 0, label: '0' },
		...RPO_TICKS.filter((t) => t.minutes >= lo && t.minutes <= hi),
	];
	return { x, ticks, logLeft };
}

/** Lays the chart out for `input.width` px (at least 300). */
export function layoutFrontierChart(input: ChartLayoutInput): ChartLayout {
	const width = Math.max(300, Math.round(Number.isFinite(input.width) ? input.width : 0));
	const keySide = width >= SIDE_KEY_MIN_WIDTH;
	const finite = (n: number) => (Number.isFinite(n) ? n : 0);
	const pts = input.points.map((p) => ({
		...p,
		rpoMinutes: finite(p.rpoMinutes),
		monthlyUsd: finite(p.monthlyUsd),
	}));

	// Cost axis: a budget far above every option would squash the points: it is then noted.
	const maxOption = Math.max(0, ...pts.map((p) => p.monthlyUsd));
	const budget = input.budgetUsd;
	const budgetOnChart = budget !== undefined && (budget <= maxOption * 2 || maxOption === 0);
	const yValues = costTicks(Math.max(budgetOnChart ? budget : 0, maxOption));
	const yMax = yValues.at(-1) ?? 1;
	const yLabels = yValues.map((t) => usdTick(t, yValues));
	const tickLabelWidth = Math.max(...yLabels.map((l) => textWidth(l, FONT.tick)));

	// Horizontal frame.
	const titleBand = 22;
	const left = Math.ceil(titleBand + tickLabelWidth + 12);
	const keyWidth = keySide ? Math.min(380, Math.round(width * 0.38)) : width - 16;
	const maxRpo = Math.max(input.targetRpoMinutes, ...pts.map((p) => p.rpoMinutes));
	// Room for half the last RPO tick's label past the plot's right edge.
	const positive = pts.map((p) => p.rpoMinutes).filter((m) => m > 0);
	const minX =
		input.fitLow === true && positive.length > 0
			? Math.min(input.targetRpoMinutes > 0 ? input.targetRpoMinutes : Infinity, ...positive)
			: undefined;
	const lastTick = rpoScale(maxRpo, 0, 1, minX).ticks.at(-1)?.label ?? '';
	const keyGap = Math.ceil(Math.max(24, textWidth(lastTick, FONT.tick) / 2 + 8));
	const right = keySide ? width - keyWidth - keyGap : width - keyGap;

	// The key: one entry per option.
	const numberWidth = textWidth(`${pts.length}.`, FONT.number) + 4;
	const keyTextX = (keySide ? right + keyGap : 8) + numberWidth + 18;
	const keyChars = Math.max(12, Math.floor((keyWidth - numberWidth - 22) / (FONT.name * GLYPH)));
	const detailChars = Math.max(
		12,
		Math.floor((keyWidth - numberWidth - 22) / (FONT.detail * GLYPH)),
	);
	const entries = pts.map((p) => ({
		lines: wrapText(p.name, keyChars),
		detail: wrapText(p.detail, detailChars),
	}));
	const entryHeight = (e: (typeof entries)[number]) =>
		(e.lines.length + e.detail.length) * LINE + 8;
	const keyHeight = entries.reduce((sum, e) => sum + entryHeight(e), 0);

	// Vertical frame: the target's label above the plot, ticks and the axis title below.
	const top = 34;
	const plotHeight = keySide
		? Math.max(320, keyHeight - 8)
		: Math.max(220, Math.round(width * 0.6));
	const bottom = top + plotHeight;
	// The budget's label sits by its line when it fits in the plot, under the axis otherwise.
	// The longest wording that fits: in the plot by its line, else under the axis title.
	const fits = (text: string, room: number) => textWidth(text, FONT.tick) <= room;
	const amount = input.budgetText ?? '';
	const inPlotLabel = `Budget, whole workload ${amount}`;
	const budgetInPlot = budgetOnChart && fits(inPlotLabel, right - left - 12);
	const belowLabel = [
		...(budgetOnChart
			? [inPlotLabel, `Budget ${amount}`]
			: [`${inPlotLabel}: above this chart`, `Budget ${amount}: above this chart`]),
	].find((l) => fits(l, width - 16));
	const budgetBelow = budget !== undefined && input.budgetText !== undefined && !budgetInPlot;
	const axisBelow = budgetBelow ? 74 : 54;
	const keyTop = keySide ? top - 6 : bottom + axisBelow + 10;
	const height = Math.ceil(keySide ? bottom + axisBelow : keyTop + keyHeight + 4);

	const rx = rpoScale(maxRpo, left, right, minX);
	const y = (usd: number) => bottom - (Math.min(Math.max(usd, 0), yMax) / yMax) * (bottom - top);

	const xTicks = thinTicks(
		rx.ticks.map((t) => ({
			...spot(t.label, rx.x(t.minutes), bottom + 18, FONT.tick, 'middle'),
			gridX: fixed(rx.x(t.minutes)),
		})),
		6,
	);
	const yTicks = thinTicks(
		yValues.map((t, i) => ({
			...spot(yLabels[i] ?? '', left - 10, y(t) + 4, FONT.tick, 'end'),
			gridY: fixed(y(t)),
		})),
		2,
	);
	const xTitle = spot(
		input.axisTitle ?? 'RPO, typical (log scale)',
		(left + right) / 2,
		bottom + 44,
		FONT.title,
		'middle',
	);
	const yTitleText = 'Monthly standby cost (US$)';
	const midY = (top + bottom) / 2;
	const yTitleWidth = textWidth(yTitleText, FONT.title);
	const yTitle = {
		x: 14,
		y: fixed(midY),
		anchor: 'middle' as const,
		text: yTitleText,
		box: {
			x: 14 - FONT.title,
			y: midY - yTitleWidth / 2,
			width: FONT.title * 1.3,
			height: yTitleWidth,
		},
		rotate: { x: 14, y: fixed(midY) },
	};

	const targetX = rx.x(input.targetRpoMinutes);
	const onLeft = targetX < (left + right) / 2;
	const target = {
		x: fixed(targetX),
		label: spot(
			input.targetLabel,
			onLeft ? targetX + 4 : targetX - 4,
			top - 12,
			FONT.tick,
			onLeft ? 'start' : 'end',
		),
	};

	let budgetLayout: ChartLayout['budget'];
	if (budget !== undefined && input.budgetText !== undefined) {
		if (budgetInPlot) {
			const by = y(budget);
			// Under the line when it runs along the top of the plot, above it otherwise.
			const labelY = by - top < 18 ? by + 16 : by - 5;
			budgetLayout = {
				y: fixed(by),
				label: spot(inPlotLabel, right - 4, labelY, FONT.tick, 'end'),
			};
		} else {
			// Noted under the axis title, where it has the whole width.
			budgetLayout = {
				y: budgetOnChart ? fixed(y(budget)) : undefined,
				label: spot(
					belowLabel ?? `${amount}${budgetOnChart ? '' : ': above this chart'}`,
					8,
					bottom + 66,
					FONT.tick,
				),
			};
		}
	}

	// Points, then their numbers, placed clear of every mark and of the labels inside the plot.
	const xy = pts.map((p) => ({ x: rx.x(p.rpoMinutes), y: y(p.monthlyUsd) }));
	const taken: Box[] = xy.map((p) => ({ x: p.x - 8, y: p.y - 8, width: 16, height: 16 }));
	if (budgetLayout !== undefined) taken.push(budgetLayout.label.box);
	const bounds = { x: left + 2, y: top - 2, width: right - left - 2, height: bottom - top + 2 };
	let keyY = keyTop;
	const points = pts.map((_, i): PointLayout => {
		const p = xy[i]!;
		const label = `${i + 1}`;
		const w = textWidth(label, FONT.number) + 2;
		const h = FONT.number * 1.2;
		const placed = placeNear(p.x, p.y, w, h, taken, bounds);
		taken.push(placed.box);
		const cx = placed.box.x + w / 2;
		const number = {
			x: fixed(cx),
			y: fixed(placed.box.y + h * 0.82),
			anchor: 'middle' as const,
			text: label,
			box: placed.box,
		};
		const leader = placed.moved
			? { x1: fixed(p.x), y1: fixed(p.y), x2: fixed(cx), y2: fixed(placed.box.y + h / 2) }
			: undefined;
		const e = entries[i]!;
		const x0 = keySide ? right + keyGap : 8;
		const first = keyY + FONT.name + 2;
		const lines = e.lines.map((l, j) => spot(l, keyTextX, first + j * LINE, FONT.name));
		const detail = e.detail.map((l, j) =>
			spot(l, keyTextX, first + (e.lines.length + j) * LINE, FONT.detail),
		);
		const key = {
			number: spot(`${label}.`, x0 + numberWidth, first, FONT.number, 'end'),
			markX: fixed(x0 + numberWidth + 9),
			markY: fixed(first - 4),
			lines,
			detail,
		};
		keyY += entryHeight(e);
		return { x: fixed(p.x), y: fixed(p.y), number, leader, key };
	});

	return {
		width,
		height,
		plot: { left, right: fixed(right), top, bottom, logLeft: fixed(rx.logLeft) },
		xTicks,
		yTicks,
		xTitle,
		yTitle,
		target,
		budget: budgetLayout,
		points,
		keySide,
	};
}

/** Every text box of a layout, for checking that none overlap. */
export function textBoxes(layout: ChartLayout): Box[] {
	return [
		...layout.xTicks.map((t) => t.box),
		...layout.yTicks.map((t) => t.box),
		layout.xTitle.box,
		layout.yTitle.box,
		layout.target.label.box,
		...(layout.budget !== undefined ? [layout.budget.label.box] : []),
		...layout.points.flatMap((p) => [
			p.number.box,
			p.key.number.box,
			...p.key.lines.map((l) => l.box),
			...p.key.detail.map((l) => l.box),
		]),
	];
}
