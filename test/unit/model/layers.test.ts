/**
 * Imports run one way, down the layers written once in src/model/layers.ts: no file imports
 * from a layer above its own (type-only and dynamic imports included), the model imports
 * nothing outside itself, there is no circle of static imports, and the Terraform writers stay
 * out of what a calculator loads.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '~/build/filesUnder.ts';
import { MODEL_LAYERS } from '~/model/layers.ts';

const ROOT = process.cwd();
const SRC = join(ROOT, 'src');
const MODEL = join(SRC, 'model');

interface Import {
	from: string;
	to: string;
	/** `import('…')`: loaded when called, not with the importer. */
	dynamic: boolean;
	/** `import type`, or every name imported as a type: nothing is loaded. */
	typeOnly: boolean;
}

/** Every import of a source text that names a file of src/ (relative or `~/`). */
function importsOf(file: string, text: string): Import[] {
	const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
	const found: { spec: string; dynamic: boolean; typeOnly: boolean }[] = [];
	const visit = (node: ts.Node): void => {
		if (
			(ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
			node.moduleSpecifier !== undefined &&
			ts.isStringLiteral(node.moduleSpecifier)
		) {
			let typeOnly = false;
			if (ts.isImportDeclaration(node)) {
				const clause = node.importClause;
				const named = clause?.namedBindings;
				typeOnly =
					clause !== undefined &&
					(clause.isTypeOnly ||
						(clause.name === undefined &&
							named !== undefined &&
							ts.isNamedImports(named) &&
							named.elements.length > 0 &&
							named.elements.every((e) => e.isTypeOnly)));
			} else {
				const named = node.exportClause;
				typeOnly =
					node.isTypeOnly ||
					(named !== undefined &&
						ts.isNamedExports(named) &&
						named.elements.length > 0 &&
						named.elements.every((e) => e.isTypeOnly));
			}
			found.push({ spec: node.moduleSpecifier.text, dynamic: false, typeOnly });
		} else if (
			ts.isCallExpression(node) &&
			node.expression.kind === ts.SyntaxKind.ImportKeyword &&
			node.arguments[0] !== undefined &&
			ts.isStringLiteralLike(node.arguments[0])
		) {
			found.push({ spec: node.arguments[0].text, dynamic: true, typeOnly: false });
		} else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
			const literal = node.argument.literal;
			if (ts.isStringLiteral(literal))
				found.push({ spec: literal.text, dynamic: false, typeOnly: true });
		}
		ts.forEachChild(node, visit);
	};
	visit(source);
	return found.flatMap(({ spec, dynamic, typeOnly }) => {
		let to: string;
		if (spec.startsWith('./') || spec.startsWith('../')) to = resolve(dirname(file), spec);
		else if (spec.startsWith('~/')) to = join(SRC, spec.slice(2));
		else return [];
		return [{ from: file, to, dynamic, typeOnly }];
	});
}

function graphOf(files: readonly string[]): Import[] {
	return files.flatMap((file) => importsOf(file, readFileSync(file, 'utf8')));
}

const rel = (file: string) => relative(ROOT, file).split(sep).join('/');

/** A model file's layer index; files directly in src/model (the entry) sit above them all. */
function layerOf(file: string): number {
	const first = relative(MODEL, file).split(sep)[0] ?? '';
	const index = (MODEL_LAYERS as readonly string[]).indexOf(first);
	return index === -1 ? MODEL_LAYERS.length : index;
}

/** The imports that run up: to a higher layer, or out of the model. */
function importsUp(imports: readonly Import[]): string[] {
	return imports
		.filter(({ from, to }) => {
			if (!to.startsWith(MODEL + sep)) return true;
			return layerOf(to) > layerOf(from);
		})
		.map(({ from, to }) => `${rel(from)} -> ${rel(to)}`);
}

const modelFiles = filesUnder(MODEL, (name) => name.endsWith('.ts'));

describe('the model layers', () => {
	it('finds an import that runs up, a type-only one included', () => {
		const kit = join(MODEL, 'kit', 'example.ts');
		const fake = importsOf(
			kit,
			`import type { Plan } from '../engine/recommend.ts';\nimport { x } from '../facts/fact.ts';\nconst t = import('~/components/x.ts');`,
		);
		expect(importsUp(fake)).toEqual([
			'src/model/kit/example.ts -> src/model/engine/recommend.ts',
			'src/model/kit/example.ts -> src/components/x.ts',
		]);
	});

	it('puts every folder of src/model in a layer', () => {
		const folders = new Set(
			modelFiles
				.map((file) => relative(MODEL, file).split(sep))
				.filter((p) => p.length > 1)
				.map((p) => p[0]),
		);
		expect(
			[...folders].filter((f) => !(MODEL_LAYERS as readonly string[]).includes(f ?? '')),
		).toEqual([]);
	});

	it('never imports from a layer above', () => {
		expect(modelFiles.length).toBeGreaterThan(100);
		expect(importsUp(graphOf(modelFiles))).toEqual([]);
	});

	it('has no circle of static imports', () => {
		const edges = new Map<string, string[]>();
		for (const { from, to, dynamic } of graphOf(modelFiles)) {
			if (dynamic) continue;
			edges.set(from, [...(edges.get(from) ?? []), to]);
		}
		const done = new Set<string>();
		const onPath: string[] = [];
		const circles: string[] = [];
		const visit = (file: string): void => {
			const at = onPath.indexOf(file);
			if (at !== -1) {
				circles.push([...onPath.slice(at), file].map(rel).join(' -> '));
				return;
			}
			if (done.has(file)) return;
			onPath.push(file);
			for (const to of edges.get(file) ?? []) visit(to);
			onPath.pop();
			done.add(file);
		};
		for (const file of modelFiles) visit(file);
		expect(circles).toEqual([]);
	});
});

describe('the Terraform writers', () => {
	const widgets = filesUnder(join(SRC, 'components'), (name) => name.endsWith('.ts'));
	const edges = graphOf([...modelFiles, ...widgets]);

	/** The files a module loads before it runs: its static imports, transitively. */
	function staticClosure(start: string): Set<string> {
		const seen = new Set([start]);
		const queue = [start];
		for (let file = queue.pop(); file !== undefined; file = queue.pop())
			for (const { from, to, dynamic, typeOnly } of edges)
				if (from === file && !dynamic && !typeOnly && !seen.has(to)) {
					seen.add(to);
					queue.push(to);
				}
		return seen;
	}

	it('are not loaded with the calculators, the wizard or the comparison', () => {
		const writers = modelFiles.filter(
			(file) =>
				/[/\\]patterns[/\\][^/\\]+[/\\]terraform\.ts$/.test(file) || file.endsWith(`${sep}hcl.ts`),
		);
		expect(writers.length).toBeGreaterThan(5);
		for (const entry of [
			'widgets/evaluationView.ts',
			'wizard/wizardCompute.ts',
			'compare/compareView.ts',
		]) {
			const loaded = staticClosure(join(SRC, 'components', ...entry.split('/')));
			expect(loaded.size, entry).toBeGreaterThan(10);
			expect(writers.filter((w) => loaded.has(w)).map(rel), entry).toEqual([]);
		}
	});
});

describe('the model files', () => {
	it('hold at most 450 lines of logic each (facts tables excepted)', () => {
		const tables = (file: string) =>
			file.startsWith(join(MODEL, 'facts') + sep) || file.endsWith('Table.ts');
		const long = modelFiles
			.filter((file) => !tables(file))
			.map((file) => ({ file: rel(file), lines: readFileSync(file, 'utf8').split('\n').length }))
			.filter(({ lines }) => lines > 450);
		expect(long).toEqual([]);
	});
});

describe('the component files', () => {
	it('hold at most 450 lines of logic each: a .ts file, or an .astro file’s frontmatter and scripts', () => {
		const COMPONENTS = join(SRC, 'components');
		const logicLines = (file: string): number => {
			const text = readFileSync(file, 'utf8');
			if (file.endsWith('.ts')) return text.split('\n').length;
			const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
			const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
				(m) => m[1] ?? '',
			);
			return [frontmatter, ...scripts].reduce((n, part) => n + part.split('\n').length, 0);
		};
		const long = filesUnder(
			COMPONENTS,
			(name) => /\.(ts|astro)$/.test(name) && !name.endsWith('.d.ts'),
		)
			.map((file) => ({ file: rel(file), lines: logicLines(file) }))
			.filter(({ lines }) => lines > 450);
		expect(long).toEqual([]);
	});
});
