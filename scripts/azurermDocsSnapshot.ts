/**
 * Writes test/fixtures/azurerm-<version>-arguments.json: for each resource (and data source)
 * type the Terraform generator emits, the argument names, the nested block names and the
 * arguments each block takes, read from the azurerm provider's own documentation
 * (website/docs/{r,d}/<type>.html.markdown) at a release tag. The tests read the snapshot;
 * they do not run this script.
 *
 *   node scripts/azurermDocsSnapshot.ts <provider git dir> <tag, e.g. v4.81.0>
 *
 * The provider directory is any clone of hashicorp/terraform-provider-azurerm with its tags.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

/** Every type src/model (kit/, patterns/, engine/) may emit. Add one here, rerun, commit the snapshot. */
const RESOURCES = [
	'recovery_services_vault',
	'site_recovery_fabric',
	'site_recovery_protection_container',
	'site_recovery_protection_container_mapping',
	'site_recovery_replication_policy',
	'site_recovery_network_mapping',
	'site_recovery_replicated_vm',
	'site_recovery_replication_recovery_plan',
	'storage_account',
	'storage_container',
	'backup_policy_vm',
	'backup_protected_vm',
	'shared_image_gallery',
	'shared_image',
	'shared_image_version',
	'linux_virtual_machine_scale_set',
	'virtual_machine_scale_set_standby_pool',
	'linux_virtual_machine',
	'network_interface',
	'virtual_network',
	'subnet',
	'mssql_failover_group',
	'traffic_manager_profile',
	'traffic_manager_azure_endpoint',
	'traffic_manager_external_endpoint',
	'cdn_frontdoor_profile',
	'cdn_frontdoor_endpoint',
	'cdn_frontdoor_origin_group',
	'cdn_frontdoor_origin',
	'cdn_frontdoor_route',
	'capacity_reservation_group',
	'capacity_reservation',
];
const DATA_SOURCES = ['resource_group'];

interface TypeArguments {
	arguments: string[];
	required: string[];
	blocks: Record<string, { arguments: string[]; required: string[] }>;
}

/** Reads the "Arguments Reference" section: top-level arguments, then each block's own. */
function parseDoc(markdown: string): TypeArguments {
	const start = markdown.search(/^## Arguments? Reference/m);
	const end = markdown.search(/^## Attributes? Reference/m);
	if (start < 0) throw new Error('no "Arguments Reference" section');
	const section = markdown.slice(start, end > start ? end : undefined);
	const result: TypeArguments = { arguments: [], required: [], blocks: {} };
	let current: { arguments: string[]; required: string[] } = result;
	for (const line of section.split('\n')) {
		const block = /^(?:An?|The|Each)\s+`([a-z0-9_]+)`\s+block\b/i.exec(line.trim());
		if (block?.[1] !== undefined) {
			const name = block[1];
			current = result.blocks[name] ?? { arguments: [], required: [] };
			result.blocks[name] = current;
			continue;
		}
		const arg = /^\*\s+`([a-z0-9_]+)`\s+-\s+(\(Required\))?/.exec(line);
		if (arg?.[1] !== undefined) {
			if (!current.arguments.includes(arg[1])) current.arguments.push(arg[1]);
			if (arg[2] !== undefined && !current.required.includes(arg[1])) current.required.push(arg[1]);
		}
	}
	return result;
}

function main(): void {
	const [gitDir, tag] = process.argv.slice(2);
	if (gitDir === undefined || tag === undefined) {
		process.stderr.write('Usage: node scripts/azurermDocsSnapshot.ts <provider git dir> <tag>\n');
		process.exitCode = 2;
		return;
	}
	const git = (...args: string[]) =>
		execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
	const commit = git('rev-list', '-n', '1', tag).trim();
	const date = git('log', '-1', '--format=%cs', commit).trim();
	const read = (kind: 'r' | 'd', name: string) =>
		parseDoc(git('show', `${commit}:website/docs/${kind}/${name}.html.markdown`));
	const snapshot = {
		provider: 'hashicorp/azurerm',
		version: tag.replace(/^v/, ''),
		commit,
		date,
		source: 'website/docs/{r,d}/<type>.html.markdown, "Arguments Reference" sections',
		note: 'Argument and block names from the provider documentation; this is not terraform validate.',
		resources: Object.fromEntries(RESOURCES.map((r) => [`azurerm_${r}`, read('r', r)])),
		dataSources: Object.fromEntries(DATA_SOURCES.map((d) => [`azurerm_${d}`, read('d', d)])),
	};
	const out = `test/fixtures/azurerm-${snapshot.version}-arguments.json`;
	writeFileSync(out, `${JSON.stringify(snapshot, null, '\t')}\n`);
	process.stdout.write(
		`${out}: ${RESOURCES.length} resources, ${DATA_SOURCES.length} data sources\n`,
	);
}

main();
