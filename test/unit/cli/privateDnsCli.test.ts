/**
 * routing.router private-dns through the command line and share links: the import writes it
 * when asked (--router), an unknown one is refused naming the accepted values, npm run recommend
 * plans it with the private zone's cost and Terraform, and a v=2 link carries it both ways.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImportArgs, runImport } from '~/cli/runImport.ts';
import { parseArgs, runRecommend } from '~/cli/runRecommend.ts';
import { parseWorkload, workloadFromSearchParams, workloadToQuery } from '~/model/index.ts';

const sample = readFileSync(
	new URL('../../../examples/import/az-vm-list-sample.json', import.meta.url),
	'utf8',
);

function imported(router?: string) {
	const parsed = parseImportArgs([
		'--size',
		'Standard_A2_v2=2,4',
		...(router === undefined ? [] : ['--router', router]),
		'vms.json',
	]);
	if ('error' in parsed) throw new Error(parsed.error);
	return runImport(parsed, sample, 'vms.json');
}

describe('a private DNS router from the command line', () => {
	it('the import writes routing.router when --router names it, and nothing without it', () => {
		expect(JSON.parse(imported('private-dns').stdout)).toMatchObject({
			routing: { router: 'private-dns' },
		});
		expect(JSON.parse(imported().stdout)).not.toHaveProperty('routing');
	});
	it('the import refuses an unknown router, naming the accepted values', () => {
		expect(parseImportArgs(['--router', 'dns', 'f'])).toEqual({
			error: '--router dns: must be one of traffic-manager, front-door, private-dns',
		});
	});
	it('npm run recommend plans it: the zone in the cost and the Terraform, no Traffic Manager', () => {
		const workload = imported('private-dns').stdout;
		const plain = parseArgs(['w.json']);
		const tf = parseArgs(['--terraform', 'w.json']);
		if ('error' in plain || 'error' in tf) throw new Error('bad args');
		const text = runRecommend(plain, workload, 'w.json');
		expect(text.code).toBe(0);
		expect(text.stdout).toMatch(
			/Private DNS zone: US\$[\d.]+ = 1 zone × US\$[\d.]+ a month \(estimate\)/,
		);
		expect(text.stdout).toContain('Switch the private DNS record');
		expect(text.stdout).not.toContain('Traffic Manager health checks');
		const hcl = runRecommend(tf, workload, 'w.json');
		expect(hcl.stdout).toContain('resource "azurerm_private_dns_zone" "dr"');
		expect(hcl.stdout).not.toContain('azurerm_traffic_manager_profile');
	});
	it('a share link carries it, and reads back the same workload', () => {
		const parsed = parseWorkload(JSON.parse(imported('private-dns').stdout));
		if (!parsed.ok) throw new Error('invalid');
		const query = workloadToQuery(parsed.workload);
		expect(query).toContain('router=private-dns');
		const back = workloadFromSearchParams(new URLSearchParams(query));
		expect(back.notices).toEqual([]);
		expect(back.workload.routing.router).toBe('private-dns');
	});
});
