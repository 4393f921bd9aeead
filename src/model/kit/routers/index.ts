/**
 * The traffic routers a workload may name (`routing.router`), each one rule: the plan's routing
 * cost, the switch step and its time and the TTL trap read ROUTER_RULES; its Terraform and the
 * alert automation fires on, ROUTER_TERRAFORM (terraform.ts), keyed the same way, so adding a
 * router is one entry in each (a missing one is a type error).
 */
import type { Routing } from '../../schema/workload.ts';
import type { ROUTERS } from '../../schema/workloadValues.ts';
import { FRONT_DOOR } from './frontDoor.ts';
import { PRIVATE_DNS } from './privateDns.ts';
import type { RouterRule } from './rule.ts';
import { TRAFFIC_MANAGER } from './trafficManager.ts';

export const ROUTER_RULES: Record<(typeof ROUTERS)[number], RouterRule> = {
	'traffic-manager': TRAFFIC_MANAGER,
	'front-door': FRONT_DOOR,
	'private-dns': PRIVATE_DNS,
};

export function routerRule(routing: Pick<Routing, 'router'>): RouterRule {
	return ROUTER_RULES[routing.router];
}

export { ROUTED_ENDPOINTS } from './rule.ts';
export type { RouterRule, RoutingArithmetic } from './rule.ts';
