/**
 * The names readers type for the things these guides explain: abbreviations, older product
 * names and industry terms, each with what it means here and the page that answers it. Search
 * indexes every term on its page (and the glossary lists them all), so "ASR" or "golden image"
 * finds the pattern, not only the facts table.
 */

import type { PatternId } from './ids.ts';

/** Where a term is answered: a pattern's page, or a site page by its URL path. */
export type SynonymTarget = { pattern: PatternId } | { page: string };

export interface Synonym {
	/** What readers type. */
	term: string;
	/** What it means in these guides, in a few words. */
	meaning: string;
	target: SynonymTarget;
}

const ASR: SynonymTarget = { pattern: 'site-recovery-a2a' };
const IMAGE: SynonymTarget = { pattern: 'captured-image' };
const SCALE_SET: SynonymTarget = { pattern: 'scale-set-rebuild' };
const SQL_GEO: SynonymTarget = { pattern: 'paas-sql-geo' };
const GRS: SynonymTarget = { pattern: 'grs-vm-disks' };
const APP_REPLICATION: SynonymTarget = { pattern: 'app-replication' };
const ROUTING: SynonymTarget = { pattern: 'dns-failover' };
const STANDBY_LEVELS: SynonymTarget = { page: '/concepts/rto-and-rpo/' };
const ZONES: SynonymTarget = { page: '/concepts/zones-vs-regions/' };
const RISK: SynonymTarget = { page: '/concepts/outage-risk/' };
const COPIES: SynonymTarget = { page: '/concepts/protecting-the-copies/' };
const STANDBY_COST: SynonymTarget = { page: '/concepts/standby-ladder/' };

export const synonyms: readonly Synonym[] = [
	// The cost names first, as one entry: search's excerpt for "ASR cost" comes from this line (the
	// only place the page says "ASR"), and then leads with what Site Recovery charges.
	{
		term: 'ASR cost, ASR price, Azure Site Recovery cost, Site Recovery pricing',
		meaning:
			'how much Site Recovery costs: what it charges per protected VM, plus replica disks and cache',
		target: ASR,
	},
	{ term: 'ASR', meaning: 'Azure Site Recovery', target: ASR },
	{ term: 'A2A', meaning: 'Azure-to-Azure replication in Site Recovery', target: ASR },
	{
		term: 'failback, fail back, reprotect, re-protect',
		meaning: 'returning to the primary region after a failover: each pattern page has its steps',
		target: ASR,
	},
	{ term: 'golden image', meaning: 'a prepared VM image kept as an image version', target: IMAGE },
	{
		term: 'Shared Image Gallery (SIG)',
		meaning: 'the former name of Azure Compute Gallery',
		target: IMAGE,
	},
	{ term: 'VMSS', meaning: 'Virtual Machine Scale Sets', target: SCALE_SET },
	{
		term: 'infrastructure as code (IaC), Bicep, Terraform, ARM templates',
		meaning: 'the recipe a scale set is redeployed from',
		target: SCALE_SET,
	},
	{ term: 'GRS', meaning: 'geo-redundant storage', target: GRS },
	{ term: 'RA-GRS', meaning: 'read-access geo-redundant storage', target: GRS },
	{ term: 'GZRS, RA-GZRS', meaning: 'geo-zone-redundant storage', target: GRS },
	{
		term: 'geo-replication',
		meaning: 'active geo-replication of Azure SQL Database',
		target: SQL_GEO,
	},
	{
		term: 'failover group, auto-failover group',
		meaning: 'Azure SQL failover groups',
		target: SQL_GEO,
	},
	{ term: 'AG', meaning: 'SQL Server Always On availability group', target: APP_REPLICATION },
	{
		term: 'Always On availability group',
		meaning: 'SQL Server’s own replication to replicas in the other region',
		target: APP_REPLICATION,
	},
	{
		term: 'log shipping',
		meaning: 'database backups and log backups shipped to the other region and restored there',
		target: { pattern: 'app-backup-shipping' },
	},
	{
		term: 'CRR',
		meaning: 'Cross Region Restore in Azure Backup',
		target: { pattern: 'azure-backup' },
	},
	{
		term: 'snapshot copy',
		meaning: 'incremental snapshots copied to another region',
		target: { pattern: 'disk-copy' },
	},
	{ term: 'TM', meaning: 'Azure Traffic Manager', target: ROUTING },
	{ term: 'AFD', meaning: 'Azure Front Door', target: ROUTING },
	{
		term: 'DNS failover',
		meaning: 'moving users by answering DNS with the other region',
		target: ROUTING,
	},
	{
		term: 'pilot light',
		meaning: 'a standby level: only the data tier runs in the secondary region',
		target: STANDBY_LEVELS,
	},
	{
		term: 'warm standby',
		meaning: 'a standby level: a reduced copy runs and is scaled up on failover',
		target: STANDBY_LEVELS,
	},
	{
		term: 'cold standby',
		meaning: 'a standby level: data replicated, compute created on failover',
		target: STANDBY_LEVELS,
	},
	{
		term: 'Ultra Disk, Ultra SSD, Premium SSD v2',
		meaning: 'newer managed disk types, which not every copy method supports',
		target: COPIES,
	},
	{
		term: 'disk type, Premium SSD, Standard SSD, Standard HDD',
		meaning: 'managed disk types, and which copy and backup methods support each',
		target: COPIES,
	},
	{
		term: 'DR cost, cost of disaster recovery, standby cost',
		meaning: 'what a secondary region costs a month at each standby level',
		target: STANDBY_COST,
	},
	{
		term: 'how much does DR cost, is DR expensive',
		meaning: 'the monthly standby cost of each option for your own tiers',
		target: { page: '/compare/' },
	},
	{ term: 'AZ', meaning: 'availability zone', target: ZONES },
	{
		term: 'availability zones vs regions',
		meaning: 'what zones protect against, and what only another region does',
		target: ZONES,
	},
	{ term: 'ZRS', meaning: 'zone-redundant storage', target: ZONES },
	{
		term: 'composite SLA',
		meaning: 'the availability of several services that all have to work',
		target: RISK,
	},
	{ term: 'cost of downtime', meaning: 'what an hour of outage costs the business', target: RISK },
	{
		term: 'DR plan for a workload',
		meaning: 'describe your tiers and targets, get a recommended plan',
		target: { page: '/wizard/' },
	},
	{
		term: 'plan my workload',
		meaning: 'the wizard plans your own workload; the workload file is the same form as JSON',
		target: { page: '/wizard/' },
	},
];

/** The synonyms answered by a page: the page's pattern, or its URL path. */
export function synonymsFor(page: { pattern?: string | undefined; path: string }): Synonym[] {
	return synonyms.filter((s) =>
		'pattern' in s.target ? s.target.pattern === page.pattern : s.target.page === page.path,
	);
}
