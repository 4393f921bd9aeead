/**
 * Writes test/fixtures/azurerm-schema.json: for each resource and data source type the Terraform
 * generator emits, its arguments (type, required) and nested blocks (required, at most one or
 * many) as the azurerm provider's machine-readable schema has them, read from the npm package
 * @cdktn/provider-azurerm, which is generated from that schema for one azurerm release. The
 * tests read the JSON; they neither run this script nor need the package.
 *
 *   npm pack @cdktn/provider-azurerm@16.1.0     # one 30 MB tarball, not a dependency
 *   node scripts/azurermSchema.ts cdktn-provider-azurerm-16.1.0.tgz
 *
 * The package's .jsii file describes every generated class: each `<Type>Config` struct lists the
 * arguments, optional or not, with their type; a nested block is a struct property whose type is
 * one struct (at most one block) or a list of structs; each property's documentation links to
 * the registry anchor of its Terraform name.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** Every type src/model/terraform may emit. Add one here, rerun, commit the JSON. */
export const RESOURCES = [
	'automation_account',
	'automation_job_schedule',
	'automation_runbook',
	'automation_schedule',
	'automation_webhook',
	'backup_policy_vm',
	'backup_protected_vm',
	'capacity_reservation',
	'capacity_reservation_group',
	'cdn_frontdoor_endpoint',
	'cdn_frontdoor_origin',
	'cdn_frontdoor_origin_group',
	'cdn_frontdoor_profile',
	'cdn_frontdoor_route',
	'linux_virtual_machine',
	'linux_virtual_machine_scale_set',
	'managed_disk',
	'monitor_action_group',
	'monitor_activity_log_alert',
	'monitor_alert_processing_rule_action_group',
	'monitor_metric_alert',
	'mssql_failover_group',
	'mssql_virtual_machine',
	'network_interface',
	'network_security_group',
	'orchestrated_virtual_machine_scale_set',
	'private_dns_a_record',
	'private_dns_zone',
	'private_dns_zone_virtual_network_link',
	'recovery_services_vault',
	'recovery_services_vault_resource_guard_association',
	'role_assignment',
	'shared_image',
	'shared_image_gallery',
	'shared_image_version',
	'site_recovery_fabric',
	'site_recovery_network_mapping',
	'site_recovery_protection_container',
	'site_recovery_protection_container_mapping',
	'site_recovery_replicated_vm',
	'site_recovery_replication_policy',
	'site_recovery_replication_recovery_plan',
	'storage_account',
	'storage_container',
	'storage_container_immutability_policy',
	'subnet',
	'subnet_network_security_group_association',
	'traffic_manager_azure_endpoint',
	'traffic_manager_profile',
	'virtual_machine_data_disk_attachment',
	'virtual_machine_scale_set_standby_pool',
	'virtual_network',
	'virtual_network_peering',
	'windows_virtual_machine',
];
export const DATA_SOURCES = ['resource_group'];

/** An argument's type as Terraform writes it: string, number, bool, list(string), map(string)… */
type ArgType = string;
export interface SchemaBlock {
	arguments: Record<string, { type: ArgType; required: boolean }>;
	blocks: Record<string, { required: boolean; max: 1 | 'many'; schema: SchemaBlock }>;
}

interface JsiiTypeRef {
	primitive?: string;
	fqn?: string;
	collection?: { kind: 'array' | 'map'; elementtype: JsiiTypeRef };
	union?: { types: JsiiTypeRef[] };
}
interface JsiiProperty {
	name: string;
	optional?: boolean;
	type: JsiiTypeRef;
	docs?: { summary?: string; remarks?: string };
}
interface JsiiType {
	properties?: JsiiProperty[];
	docs?: { summary?: string };
}

const snake = (camel: string) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string) => camel(s).replace(/^[a-z]/, (c) => c.toUpperCase());

function terraformName(p: JsiiProperty): string {
	const text = `${p.docs?.summary ?? ''} ${p.docs?.remarks ?? ''}`;
	const anchor = /#([a-z0-9_]+) /.exec(text)?.[1];
	return anchor ?? snake(p.name);
}

/** Drops cdktn's IResolvable from a union: what is left is the Terraform type. */
function concrete(t: JsiiTypeRef): JsiiTypeRef {
	if (t.union === undefined) return t;
	const rest = t.union.types.filter((x) => x.fqn !== 'cdktn.IResolvable');
	return rest.length === 1 && rest[0] !== undefined ? concrete(rest[0]) : t;
}

function typeName(t: JsiiTypeRef): ArgType {
	const c = concrete(t);
	if (c.primitive === 'string') return 'string';
	if (c.primitive === 'number') return 'number';
	if (c.primitive === 'boolean') return 'bool';
	if (c.union !== undefined && c.union.types.some((x) => x.primitive === 'boolean')) return 'bool';
	if (c.collection !== undefined) {
		const inner = typeName(c.collection.elementtype);
		return c.collection.kind === 'map' ? `map(${inner})` : `list(${inner})`;
	}
	return 'any';
}

function structOf(t: JsiiTypeRef): { fqn: string; max: 1 | 'many' } | undefined {
	const c = concrete(t);
	if (c.fqn !== undefined && !c.fqn.startsWith('cdktn.')) return { fqn: c.fqn, max: 1 };
	const el = c.collection?.kind === 'array' ? concrete(c.collection.elementtype) : undefined;
	if (el?.fqn !== undefined && !el.fqn.startsWith('cdktn.')) return { fqn: el.fqn, max: 'many' };
	return undefined;
}

function readStruct(types: Record<string, JsiiType>, fqn: string, top: boolean): SchemaBlock {
	const t = types[fqn];
	if (t === undefined) throw new Error(`${fqn}: not in the package`);
	const out: SchemaBlock = { arguments: {}, blocks: {} };
	for (const p of [...(t.properties ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
		const name = terraformName(p);
		// Timeouts are Terraform's own block, the same for every resource.
		if (top && name === 'timeouts') continue;
		const struct = structOf(p.type);
		if (struct !== undefined) {
			out.blocks[name] = {
				required: p.optional !== true,
				max: struct.max,
				schema: readStruct(types, struct.fqn, false),
			};
		} else out.arguments[name] = { type: typeName(p.type), required: p.optional !== true };
	}
	return out;
}

function main(): void {
	const tarball = process.argv[2];
	if (tarball === undefined) {
		process.stderr.write('Usage: node scripts/azurermSchema.ts <cdktn-provider-azurerm-…tgz>\n');
		process.exit(2);
	}
	const bytes = readFileSync(tarball);
	const read = (path: string) =>
		execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { maxBuffer: 512 * 1024 * 1024 });
	const pkg = JSON.parse(read('package.json').toString('utf8')) as {
		name: string;
		version: string;
		cdktn?: { provider?: { name: string; version: string } };
	};
	const jsii = JSON.parse(read('.jsii').toString('utf8')) as { types: Record<string, JsiiType> };
	const provider = pkg.cdktn?.provider;
	if (provider === undefined) throw new Error('package.json names no provider');
	const config = (prefix: 'resource' | 'data', type: string) => {
		const base = prefix === 'data' ? `data_azurerm_${type}` : type;
		return `${pkg.name}.${camel(base)}.${pascal(base)}Config`;
	};
	const schema = {
		package: pkg.name,
		packageVersion: pkg.version,
		sha1: createHash('sha1').update(bytes).digest('hex'),
		sha256: createHash('sha256').update(bytes).digest('hex'),
		provider: provider.name,
		providerVersion: provider.version,
		resources: Object.fromEntries(
			RESOURCES.map((r) => [`azurerm_${r}`, readStruct(jsii.types, config('resource', r), true)]),
		),
		dataSources: Object.fromEntries(
			DATA_SOURCES.map((d) => [`azurerm_${d}`, readStruct(jsii.types, config('data', d), true)]),
		),
	};
	const out = new URL('../test/fixtures/azurerm-schema.json', import.meta.url);
	writeFileSync(out, `${JSON.stringify(schema, null, '\t')}\n`);
	process.stdout.write(
		`${RESOURCES.length} resources, ${DATA_SOURCES.length} data source(s) from ${pkg.name} ${pkg.version} (azurerm ${provider.version}).\n`,
	);
}

main();
