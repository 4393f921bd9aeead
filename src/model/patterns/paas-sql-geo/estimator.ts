/** Azure SQL Database across regions: a failover group, or geo-restore from backups. */
import { factNumber } from '../../facts/factRegistry.ts';
import { formatDecimal } from '../../facts/format.ts';
import {
	computeLine,
	line,
	meterOf,
	priceIds,
	regionOf,
	round1,
	step,
	withFacts,
	type Estimator,
} from '../../kit/estimateParts.ts';
import { constant } from '../../kit/range.ts';

export const estimatePaasSqlGeo: Estimator = (ctx, variant) => {
	if (variant === 'geo-restore') {
		return {
			steps: [
				step(
					ctx,
					'restore',
					'Geo-restore the database',
					constant(factNumber('sql.geo-restore-rto') * 60),
					'Microsoft’s recovery target for geo-restore.',
					['sql.geo-restore-rto'],
				),
			],
			rpo: {
				minutes: constant(factNumber('sql.geo-restore-rpo') * 60),
				driver: 'The last geo-replicated backup.',
				formula: 'Microsoft’s RPO for geo-restore.',
				factIds: ['sql.geo-restore-rpo'],
				bounded: true,
			},
			lines: [
				line(
					ctx,
					'storage',
					'Geo-redundant backup storage',
					0,
					'Included in the database price up to its size (assumption).',
					[],
					{
						service: 'Azure SQL Database',
						sku: 'Backup storage, RA-GRS (included up to the database size)',
						quantity: 0,
						unit: 'GiB a month',
						unitPriceUsd: 0,
						region: regionOf(ctx, 'source'),
					},
				),
			],
			drillUnits: 0,
			failedOverDayUsd: 0,
			failedOverDayFormula:
				'The restored database replaces the primary, so a day failed over costs nothing extra',
			blockers: [],
			assumptions: ['Backup storage redundancy is set to geo-redundant.'],
		};
	}
	const ratio = factNumber('sql.secondary-price');
	// Your own hourly price is taken as what the secondary costs.
	const own = ctx.tier.hourlyPriceUsd !== undefined;
	const standby = own ? 1 : factNumber('sql.standby-compute-share');
	const share = ratio * standby;
	const hours = ctx.n * ctx.prices.hoursPerMonth;
	// A secondary used only for DR is designated standby: licence-free, billed for compute
	// and storage only (licensing.sql-db-standby-replica). The calculator bills it for every hour
	// of the month at the standby's price, so the meter says that, not a share of the hours.
	const compute = withFacts(
		computeLine(
			ctx,
			'Geo-secondary database, designated standby (licence-free)',
			ctx.n,
			share,
			'sql.secondary-price',
		),
		'sql.standby-compute-share',
		'licensing.sql-db-standby-replica',
	);
	const meter = {
		...compute.meter,
		sku: `${compute.meter.sku}${own ? '' : ', standby replica (licence-free)'}`,
		quantity: hours,
		unitPriceUsd: ctx.hourly.usd * share,
	};
	const storagePrice = ctx.prices.sqlStoragePerGibMonth;
	const gib = ctx.tier.dataGiB;
	const storage = line(
		ctx,
		'storage',
		'Geo-secondary database storage',
		ctx.n * gib * storagePrice.usd,
		`${round1(gib)} GiB (the database’s data) × ${ctx.n} × US$${storagePrice.usd}/GiB a month`,
		[...priceIds(storagePrice), 'licensing.sql-db-standby-replica'],
		meterOf(ctx, storagePrice, ctx.n * gib),
	);
	// At failover the standby becomes the primary and pays the vCore licence it did not pay,
	// unless Azure Hybrid Benefit brings the licence (licensing.sql-db-standby-replica).
	const licenceShare = own || ctx.tier.hybridBenefit === true ? 0 : 1 - share;
	const failedOverDayUsd = ctx.n * ctx.hourly.usd * licenceShare * 24;
	const failedOverDayFormula = own
		? 'Your hourly price is taken as what the secondary costs, serving or not, so a day failed over costs nothing extra'
		: ctx.tier.hybridBenefit === true
			? 'The standby becomes the primary; its licence is your own (Azure Hybrid Benefit), so it is still billed for compute and storage only and a day failed over costs nothing extra'
			: `The standby becomes the primary and pays the vCore licence it did not pay: ${ctx.n} × (${ctx.hourly.formula}) × ${formatDecimal(licenceShare * 100, 1)}% × 24 h`;
	return {
		steps: [
			step(
				ctx,
				'restore',
				'Customer-managed failover of the group',
				constant(factNumber('sql.manual-failover-rto') / 60),
				'Microsoft’s recovery target for a manual failover.',
				['sql.manual-failover-rto'],
			),
		],
		rpo: {
			minutes: constant(factNumber('sql.geo-rpo') / 60),
			driver: 'Geo-replication lag, about five seconds.',
			formula: 'Microsoft’s RPO for geo-replication.',
			factIds: ['sql.geo-rpo'],
			bounded: true,
		},
		lines: [{ ...compute, meter }, storage],
		drillUnits: 0,
		failedOverDayUsd,
		failedOverDayFormula,
		blockers: [],
		assumptions: [
			'Customer-managed failover policy.',
			'The secondary has the primary’s service tier and size.',
		],
	};
};
