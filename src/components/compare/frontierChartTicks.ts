/**
 * The comparison chart's axes: the RPO ticks of its log scale and round cost ticks with their
 * labels. Pure; frontierChartLayout.ts places them.
 */

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

/** A cost tick: thousands as "k" on a large scale, whole dollars when every tick is whole. */
export function usdTick(value: number, ticks: readonly number[]): string {
	if ((ticks.at(-1) ?? 0) >= 10_000) return `US$${(value / 1000).toLocaleString('en-US')}k`;
	const whole = ticks.every((t) => Number.isInteger(t));
	return `US$${value.toLocaleString('en-US', {
		minimumFractionDigits: whole ? 0 : 2,
		maximumFractionDigits: whole ? 0 : 2,
	})}`;
}
