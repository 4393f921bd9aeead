/**
 * Each router's Terraform, keyed like ROUTER_RULES (index.ts): the plan's Terraform and its
 * automation alert read the same router as its cost and steps.
 */
import type { Routing } from '../../schema/workload.ts';
import type { ROUTERS } from '../../schema/workloadValues.ts';
import { FRONT_DOOR_TERRAFORM } from './frontDoorTerraform.ts';
import { PRIVATE_DNS_TERRAFORM } from './privateDnsTerraform.ts';
import type { RouterTerraform } from './terraformRule.ts';
import { TRAFFIC_MANAGER_TERRAFORM } from './trafficManagerTerraform.ts';

export const ROUTER_TERRAFORM: Record<(typeof ROUTERS)[number], RouterTerraform> = {
	'traffic-manager': TRAFFIC_MANAGER_TERRAFORM,
	'front-door': FRONT_DOOR_TERRAFORM,
	'private-dns': PRIVATE_DNS_TERRAFORM,
};

export function routerTerraform(routing: Pick<Routing, 'router'>): RouterTerraform {
	return ROUTER_TERRAFORM[routing.router];
}

export type { HealthAlert, RouterTerraform } from './terraformRule.ts';
