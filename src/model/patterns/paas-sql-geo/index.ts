import type { PatternModule } from '../patternModule.ts';
import { paasSqlGeo } from './definition.ts';
import { estimatePaasSqlGeo } from './estimator.ts';
import { paasSqlGeoTerraform } from './terraform.ts';

export const paasSqlGeoModule: PatternModule = {
	definition: paasSqlGeo,
	estimator: estimatePaasSqlGeo,
	options: [
		{
			variant: 'failover-group',
			for: ['paas'],
			createdAtFailover: false,
			traps: [
				{
					id: 'sql-policy',
					text: 'use the customer-managed failover policy; the Microsoft-managed one waits at least {fact:sql.auto-failover-rto}.',
					factIds: ['sql.auto-failover-rto'],
				},
			],
		},
		{ variant: 'geo-restore', for: ['paas'], createdAtFailover: false },
	],
	treeOutcome: { nodeId: 'o-paas', note: 'Failover group, customer-managed.' },
	terraform: paasSqlGeoTerraform,
};
