/** Every file below a folder, at any depth: one walker for the build, scripts, tests and bench. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Full paths of the files below `dir` whose name passes `keep`, sorted. */
export function filesUnder(dir: string, keep: (name: string) => boolean = () => true): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && keep(e.name))
		.map((e) => join(e.parentPath, e.name))
		.sort();
}
