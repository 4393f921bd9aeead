/**
 * `npm run bundle`: the built site (dist/) as one zip, bundle/azure-vm-dr-guides.zip, to read
 * offline. It must be served over HTTP from its root (pages link to /…, and search loads its
 * index with fetch); the README inside says how, with tools most machines already have.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { filesUnder } from '../src/build/filesUnder.ts';

export const BUNDLE_NAME = 'azure-vm-dr-guides';

export const BUNDLE_README = `Azure VM DR Guides, offline copy
================================

The whole site, search included. Browsers do not run it from files opened directly
(search fetches its index, and links start at the site's root), so serve this folder
over HTTP on your machine and open the address it prints:

    cd ${BUNDLE_NAME}
    python3 -m http.server 8080 --bind 127.0.0.1     # then open http://127.0.0.1:8080/

or, with Node.js:

    npx serve ${BUNDLE_NAME}                          # then open http://localhost:3000/

Nothing is loaded from the internet: every page, script, style and the search index
are in this folder.
`;

/** Zips `distDir` under a top-level folder, with README.txt; returns the zip's size in bytes. */
export function bundleSite(distDir: string, outFile: string): number {
	const entries: Zippable = {
		[`${BUNDLE_NAME}/README.txt`]: [new TextEncoder().encode(BUNDLE_README), { level: 9 }],
	};
	// A fixed date keeps the zip identical for identical input.
	const mtime = new Date('2026-01-01T00:00:00Z');
	for (const file of filesUnder(distDir)) {
		const name = `${BUNDLE_NAME}/${relative(distDir, file).split(sep).join('/')}`;
		const precompressed = /\.(png|ico|woff2?|pf_fragment|pf_index|pf_meta|pf_filter|wasm|gz)$/.test(
			file,
		);
		entries[name] = [readFileSync(file), { level: precompressed ? 0 : 9, mtime }];
	}
	const zip = zipSync(entries, { mtime });
	mkdirSync(dirname(outFile), { recursive: true });
	writeFileSync(outFile, zip);
	return zip.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const root = process.cwd();
	const out = join(root, 'bundle', `${BUNDLE_NAME}.zip`);
	const bytes = bundleSite(join(root, 'dist'), out);
	process.stdout.write(
		`bundle: ${relative(root, out)} (${(bytes / 1024).toFixed(0)} KB). Unzip it, then see README.txt inside.\n`,
	);
}
