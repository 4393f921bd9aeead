/**
 * `npm run fixtures:full [dir]`: the full `--json` plans of the behaviour fixtures' workloads
 * (the five examples and the stored generated inputs), written to dir (default
 * test-results/plans/, not committed), to read or diff when a fixture's projection changes.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, runRecommend } from '../src/cli/runRecommend.ts';

const out = process.argv[2] ?? join('test-results', 'plans');
mkdirSync(out, { recursive: true });

const inputs: [string, string][] = readdirSync('examples')
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => [f.replace(/\.json$/, ''), readFileSync(join('examples', f), 'utf8')]);
const generated = JSON.parse(
	readFileSync(join('test', 'fixtures', 'recommend', 'generated-inputs.json'), 'utf8'),
) as unknown[];
generated.forEach((w, i) =>
	inputs.push([`generated-${String(i).padStart(2, '0')}`, JSON.stringify(w)]),
);

const args = parseArgs(['--json']);
if ('error' in args) throw new Error(args.error);
for (const [name, text] of inputs) {
	const r = runRecommend(args, text, name);
	if (r.code !== 0) throw new Error(`${name}: ${r.stderr}`);
	writeFileSync(join(out, `${name}.plan.json`), r.stdout);
}
process.stdout.write(`${inputs.length} full plans written to ${out}\n`);
