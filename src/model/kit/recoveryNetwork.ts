/**
 * The network in the secondary region that recovered, rebuilt and replica VMs join: one virtual
 * network, a subnet and a network security group per tier; an isolated copy of it for test
 * failovers (drills); and, for tiers that run in the secondary region before a failover, peering
 * with the primary network.
 */
import { attr, expr } from './hcl.ts';
import { name, ref, step } from './patternTerraform.ts';
import type { TerraformBuilder, TierContext } from './terraformBuilder.ts';

const RECOVERY = 'azurerm_virtual_network.recovery';
const TEST = 'azurerm_virtual_network.test_failover';

function addressSpace(b: TerraformBuilder) {
	return b.variable('recovery_address_space', {
		type: 'string',
		description:
			'Address range (CIDR, /16 or larger) of the recovery network in the secondary region. For Site Recovery the same range as the primary network keeps the VMs\u2019 IP addresses; a network peered with the primary (application replication, active/active) needs a range that does not overlap it.',
		validation: {
			condition: 'can(cidrhost(var.recovery_address_space, 0))',
			message: 'recovery_address_space must be a CIDR range such as 10.20.0.0/16.',
		},
	});
}

function network(b: TerraformBuilder, key: 'recovery' | 'test_failover'): void {
	b.ensure(`network:${key}`, () => {
		b.resource(
			'azurerm_virtual_network',
			key,
			[
				attr('name', name(b, key === 'recovery' ? 'recovery-vnet' : 'test-failover-vnet')),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('location', b.secondaryLocation),
				attr('address_space', expr(`[${addressSpace(b).text}]`)),
			],
			key === 'recovery'
				? ['Recovery network in the secondary region: VMs join it after failover.']
				: [
						'Isolated network for test failovers (drills): the same addresses as the recovery network,',
						'never peered or connected, so a drill cannot reach production.',
					],
		);
	});
}

export interface TierSubnet {
	/** `azurerm_subnet.<tier>.id` */
	id: ReturnType<typeof expr>;
	/** `azurerm_subnet.<tier>.name` */
	name: ReturnType<typeof expr>;
	/** The same subnet's name in the test failover network. */
	testName: ReturnType<typeof expr>;
}

/** The tier's subnet in the recovery network, its NSG, and its twin in the test network. */
export function tierSubnet(b: TerraformBuilder, t: TierContext): TierSubnet {
	network(b, 'recovery');
	network(b, 'test_failover');
	b.ensure(`subnet:${t.id}`, () => {
		const index = b.resources.filter(
			(r) => r.type === 'azurerm_subnet' && !r.name.endsWith('_test'),
		).length;
		const prefixes = expr(`[cidrsubnet(${addressSpace(b).text}, 8, ${index})]`);
		b.resource(
			'azurerm_subnet',
			t.id,
			[
				attr('name', `${t.slug}-subnet`),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('virtual_network_name', ref(`${RECOVERY}.name`)),
				attr('address_prefixes', prefixes),
			],
			[step(t), `Subnet ${index} (a /24 of a /16) of the recovery network.`],
			t.plan.tier,
		);
		b.resource(
			'azurerm_network_security_group',
			t.id,
			[
				attr('name', name(b, `${t.slug}-nsg`)),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('location', b.secondaryLocation),
			],
			[
				"Azure's default rules only (traffic within the network allowed, inbound from the internet denied):",
				"copy the primary subnet's rules here; a recovered tier must not be more open than the original.",
			],
			t.plan.tier,
		);
		b.resource(
			'azurerm_subnet_network_security_group_association',
			t.id,
			[
				attr('subnet_id', ref(`azurerm_subnet.${t.id}.id`)),
				attr('network_security_group_id', ref(`azurerm_network_security_group.${t.id}.id`)),
			],
			[],
			t.plan.tier,
		);
		b.resource(
			'azurerm_subnet',
			`${t.id}_test`,
			[
				attr('name', `${t.slug}-subnet`),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('virtual_network_name', ref(`${TEST}.name`)),
				attr('address_prefixes', prefixes),
			],
			['The same subnet in the test failover network (Site Recovery drills use its name).'],
			t.plan.tier,
		);
	});
	return {
		id: ref(`azurerm_subnet.${t.id}.id`),
		name: ref(`azurerm_subnet.${t.id}.name`),
		testName: ref(`azurerm_subnet.${t.id}_test.name`),
	};
}

export const recoveryNetworkId = (b: TerraformBuilder) => {
	network(b, 'recovery');
	return ref(`${RECOVERY}.id`);
};
export const testNetworkId = (b: TerraformBuilder) => {
	network(b, 'test_failover');
	return ref(`${TEST}.id`);
};

export function primaryNetworkId(b: TerraformBuilder) {
	return b.variable('primary_network_id', {
		type: 'string',
		description: 'ID of the virtual network the VMs use in the primary region.',
	});
}

/**
 * Peering between the recovery network and the primary network, both directions, for tiers that
 * run in the secondary region before a failover (replicas that must reach their primary).
 */
export function peering(b: TerraformBuilder): void {
	network(b, 'recovery');
	b.ensure('peering', () => {
		b.resource(
			'azurerm_virtual_network_peering',
			'recovery_to_primary',
			[
				attr('name', 'recovery-to-primary'),
				attr('resource_group_name', b.secondaryResourceGroup),
				attr('virtual_network_name', ref(`${RECOVERY}.name`)),
				attr('remote_virtual_network_id', primaryNetworkId(b)),
				attr('allow_forwarded_traffic', true),
			],
			[
				'Replicas in the secondary region reach the primary over this peering (and the one below).',
				'recovery_address_space must not overlap the primary network.',
			],
		);
		b.resource(
			'azurerm_virtual_network_peering',
			'primary_to_recovery',
			[
				attr('name', 'primary-to-recovery'),
				attr('resource_group_name', b.primaryResourceGroup),
				attr(
					'virtual_network_name',
					b.variable('primary_network_name', {
						type: 'string',
						description:
							'Name of that primary virtual network (in primary_resource_group_name), for the peering back.',
					}),
				),
				attr('remote_virtual_network_id', ref(`${RECOVERY}.id`)),
				attr('allow_forwarded_traffic', true),
			],
			['The primary side of the peering.'],
		);
	});
}
