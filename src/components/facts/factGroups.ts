/** Groups facts for the facts page by the service their id starts with. */
import type { Fact } from '~/model/index.ts';

export const STATUS_LABELS: Record<Fact['status'], string> = {
	documented: 'documented by Microsoft',
	'third-party': 'third-party figure',
	estimate: 'our estimate',
	unconfirmed: 'unconfirmed',
	conflict: 'sources conflict',
};

const GROUP_TITLES: Record<string, string> = {
	asr: 'Azure Site Recovery',
	backup: 'Azure Backup',
	storage: 'Azure Storage redundancy',
	disks: 'Managed disks, snapshots and restore points',
	gallery: 'Azure Compute Gallery',
	vmss: 'Virtual Machine Scale Sets',
	regions: 'Regions and pairs',
	tm: 'Traffic Manager',
	afd: 'Front Door',
	glb: 'Global (cross-region) Load Balancer',
	traffic: 'Traffic routing',
	sql: 'Azure SQL',
	network: 'Network transfer',
	price: 'Prices',
	prices: 'Prices',
	sla: 'Service levels',
	vm: 'Virtual machines',
	zones: 'Availability zones',
	estimate: 'Our estimates',
	ops: 'Operations (our estimates)',
	'disk-backup': 'Azure Disk Backup',
	capacity: 'Capacity reservations',
	chaos: 'Azure Chaos Studio',
	resiliency: 'Resiliency in Azure',
};

export interface FactGroup {
	key: string;
	title: string;
	facts: Fact[];
}

export function groupKey(id: string): string {
	return id.split('.')[0] ?? id;
}

export function groupTitle(key: string): string {
	return GROUP_TITLES[key] ?? key.charAt(0).toUpperCase() + key.slice(1).replace(/-/g, ' ');
}

export function factGroups(facts: readonly Fact[]): FactGroup[] {
	const groups = new Map<string, Fact[]>();
	for (const fact of facts) {
		const key = groupKey(fact.id);
		groups.set(key, [...(groups.get(key) ?? []), fact]);
	}
	return [...groups.entries()]
		.map(([key, list]) => ({
			key,
			title: groupTitle(key),
			facts: [...list].sort((a, b) => a.id.localeCompare(b.id)),
		}))
		.sort((a, b) => a.title.localeCompare(b.title));
}

/** How many of a group's figures a folded group names in its summary line. */
const FIGURES_IN_SUMMARY = 3;

/**
 * A folded group's summary line: how many facts it holds, by status, and a few of its figures
 * (numbers, shortest labels first) so that the fold still says what is in it.
 */
export function groupSummary(
	group: FactGroup,
	format: (fact: Fact) => string,
): { count: string; figures: string[] } {
	const byStatus = new Map<Fact['status'], number>();
	for (const f of group.facts) byStatus.set(f.status, (byStatus.get(f.status) ?? 0) + 1);
	const statuses = (Object.keys(STATUS_LABELS) as Fact['status'][])
		.filter((s) => byStatus.has(s))
		.map((s) => `${String(byStatus.get(s))} ${STATUS_LABELS[s]}`);
	const n = group.facts.length;
	const figures = group.facts
		.filter((f) => typeof f.value === 'number')
		.sort((a, b) => a.label.length - b.label.length || a.id.localeCompare(b.id))
		.slice(0, FIGURES_IN_SUMMARY)
		.map((f) => `${f.label}: ${format(f)}`);
	return { count: `${String(n)} ${n === 1 ? 'fact' : 'facts'} (${statuses.join(', ')})`, figures };
}
