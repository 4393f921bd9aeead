/** A PaaS database's geo-replication as Terraform: the failover group (geo-restore deploys nothing). */
import { attr, block } from '../../kit/hcl.ts';
import { type PatternTerraform, name, step } from '../../kit/patternTerraform.ts';
import type { TerraformBuilder, TierContext } from '../../kit/terraformBuilder.ts';

function writeTier(b: TerraformBuilder, t: TierContext): boolean {
	if (t.plan.recommended.variant === 'geo-restore') {
		b.comment(
			`${step(t)}`,
			'Geo-restore deploys nothing ahead of time: keep the database backup storage geo-redundant',
			'and restore into the secondary region at failover.',
		);
		return false;
	}
	b.resource(
		'azurerm_mssql_failover_group',
		t.id,
		[
			attr('name', name(b, `${t.id}-fog`)),
			attr(
				'server_id',
				b.variable(`${t.id}_primary_server_id`, {
					type: 'string',
					description: `ID of the primary logical SQL server of tier "${t.plan.tier}".`,
				}),
			),
			attr(
				'databases',
				b.variable(`${t.id}_database_ids`, {
					type: 'list(string)',
					description: `IDs of the databases of tier "${t.plan.tier}" to put in the failover group.`,
				}),
			),
			block(
				'partner_server',
				[],
				[
					attr(
						'id',
						b.variable(`${t.id}_secondary_server_id`, {
							type: 'string',
							description: `ID of the logical SQL server in the secondary region for tier "${t.plan.tier}", with the primary's service tier.`,
						}),
					),
				],
			),
			block('read_write_endpoint_failover_policy', [], [attr('mode', 'Manual')]),
		],
		[step(t), 'Customer-managed (Manual) failover, as the plan assumes.'],
		t.plan.tier,
	);
	return true;
}

export const paasSqlGeoTerraform: PatternTerraform = { writeTier };
