/** Azure SQL Database across regions: a failover group, or geo-restore from backups. */
import { factNumber } from '../../facts/factRegistry.ts';
import {
	computeLine,
	line,
	regionOf,
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
	const standby =
		ctx.tier.hourlyPriceUsd === undefined ? factNumber('sql.standby-compute-share') : 1;
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
		// A secondary used only for DR is designated standby: licence-free, billed for compute
		// and storage only (licensing.sql-db-standby-replica).
		lines: [
			withFacts(
				computeLine(
					ctx,
					'Geo-secondary database, designated standby (licence-free)',
					ctx.n,
					ratio * standby,
					'sql.secondary-price',
				),
				'sql.standby-compute-share',
				'licensing.sql-db-standby-replica',
			),
		],
		drillUnits: 0,
		failedOverDayUsd: 0,
		failedOverDayFormula:
			'The secondary is already paid for, so a day failed over costs nothing extra',
		blockers: [],
		assumptions: [
			'Customer-managed failover policy.',
			'The secondary has the primary’s service tier and size.',
		],
	};
};
