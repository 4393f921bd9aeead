/**
 * Plain questions and names a reader types into the search box, each with the page that answers
 * it. test/browser/searchQuality.test.ts runs them against the built Pagefind index; the bar is
 * that at least 90 % find their page among the first three results.
 */
export interface ReaderQuery {
	query: string;
	/** The page that answers it (URL path). */
	expected: string;
}

const ASR = '/patterns/stateful/site-recovery-a2a/';
const IMAGE = '/patterns/stateless/captured-image/';
const SCALE_SET = '/patterns/stateless/scale-set-rebuild/';
const DISK_COPY = '/patterns/stateless/disk-copy/';
const SQL_GEO = '/patterns/data/paas-sql-geo/';
const GRS = '/patterns/false-friends/grs-vm-disks/';
const BACKUP = '/patterns/false-friends/azure-backup/';
const APP_REPLICATION = '/patterns/stateful/app-replication/';
const BACKUP_SHIPPING = '/patterns/stateful/app-backup-shipping/';
const INTERVAL_COPY = '/patterns/stateful/disk-copy-interval/';
const RTO_RPO = '/concepts/rto-and-rpo/';
const ROUTING = '/concepts/failover-routing/';
const ZONES = '/concepts/zones-vs-regions/';
const RISK = '/concepts/outage-risk/';
const HARDWARE = '/concepts/region-vs-hardware/';

export const READER_QUERIES: readonly ReaderQuery[] = [
	{ query: 'how much does site recovery cost', expected: ASR },
	{ query: 'ASR', expected: ASR },
	{ query: 'A2A', expected: ASR },
	{ query: 'azure site recovery replication', expected: ASR },
	{ query: 'golden image', expected: IMAGE },
	{ query: 'compute gallery', expected: IMAGE },
	{ query: 'scale set', expected: SCALE_SET },
	{ query: 'VMSS', expected: SCALE_SET },
	{ query: 'standby pool', expected: SCALE_SET },
	{ query: 'infrastructure as code redeploy', expected: SCALE_SET },
	{ query: 'copy snapshot to another region', expected: DISK_COPY },
	{ query: 'sql failover group', expected: SQL_GEO },
	{ query: 'geo-replication', expected: SQL_GEO },
	{ query: 'azure sql database disaster recovery', expected: SQL_GEO },
	{ query: 'GRS', expected: GRS },
	{ query: 'RA-GRS', expected: GRS },
	{ query: 'geo redundant storage for managed disks', expected: GRS },
	{ query: 'ransomware', expected: BACKUP },
	{ query: 'cross region restore', expected: BACKUP },
	{ query: 'AG', expected: APP_REPLICATION },
	{ query: 'always on availability group', expected: APP_REPLICATION },
	{ query: 'restore database backups in the other region', expected: BACKUP_SHIPPING },
	{ query: 'copy disks every hour', expected: INTERVAL_COPY },
	{ query: 'availability zones vs regions', expected: ZONES },
	{ query: 'zone redundant', expected: ZONES },
	{ query: 'dns failover ttl', expected: ROUTING },
	{ query: 'traffic manager probe', expected: ROUTING },
	{ query: 'front door', expected: ROUTING },
	{ query: 'what is rpo', expected: RTO_RPO },
	{ query: 'pilot light', expected: RTO_RPO },
	{ query: 'warm standby', expected: RTO_RPO },
	{ query: 'composite sla', expected: RISK },
	{ query: 'ultra disk', expected: '/concepts/protecting-the-copies/' },
	{ query: 'premium ssd v2', expected: '/concepts/protecting-the-copies/' },
	{ query: 'failback', expected: ASR },
	{ query: 'ASR cost', expected: ASR },
	{ query: 'DR cost', expected: '/concepts/standby-ladder/' },
	{ query: 'cost of downtime per hour', expected: RISK },
	{ query: 'hardware failure', expected: HARDWARE },
	{ query: 'plan my workload', expected: '/wizard/' },
	{ query: 'compare patterns', expected: '/compare/' },
	{ query: 'what changed since 2016', expected: '/reference/what-changed/' },
];
