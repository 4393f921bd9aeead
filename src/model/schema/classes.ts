/** Coarse classes for filtering and sorting the catalogue: RTO and cost bands. */

export type RtoClass = 'minutes' | 'hours' | 'days';
export type CostClass = 'low' | 'medium' | 'high';

export const RTO_CLASS_LABELS: Record<RtoClass, string> = {
	minutes: 'RTO under an hour',
	hours: 'RTO in hours',
	days: 'RTO of a day or more',
};

export const COST_CLASS_LABELS: Record<CostClass, string> = {
	low: 'Under US$100 a month',
	medium: 'US$100 to US$1,000 a month',
	high: 'Over US$1,000 a month',
};

export function rtoClass(minutes: number): RtoClass {
	if (minutes < 60) return 'minutes';
	if (minutes < 24 * 60) return 'hours';
	return 'days';
}

export function costClass(monthlyUsd: number): CostClass {
	if (monthlyUsd < 100) return 'low';
	if (monthlyUsd < 1000) return 'medium';
	return 'high';
}
