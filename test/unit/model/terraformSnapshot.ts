/**
 * Checks generated Terraform against the azurerm provider's schema as committed in
 * test/fixtures/azurerm-schema.json (scripts/azurermSchema.ts extracts it from the npm package
 * @cdktn/provider-azurerm, generated from the provider's machine-readable schema for one azurerm
 * release). Parses the HCL (@cdktf/hcl2json, the HCL library compiled to WASM), then checks every
 * resource and data source: its type exists; every argument and block is in the schema, each
 * where it belongs (an argument is not written as a block, nor a block as an argument); literal
 * values have the argument's type; a block that takes at most one is not repeated; required
 * arguments and blocks are there. And every reference to a resource, data source or variable
 * resolves. This is not `terraform validate`: values the API checks are not known here.
 */
import { readFileSync } from 'node:fs';
import { parse } from '@cdktf/hcl2json';

interface SchemaBlock {
	arguments: Record<string, { type: string; required: boolean }>;
	blocks: Record<string, { required: boolean; max: 1 | 'many'; schema: SchemaBlock }>;
}
export interface ProviderSchema {
	package: string;
	packageVersion: string;
	sha1: string;
	sha256: string;
	provider: string;
	providerVersion: string;
	resources: Record<string, SchemaBlock>;
	dataSources: Record<string, SchemaBlock>;
}

/** The committed schema; fails when it is for another release than `version`. */
export function loadSnapshot(version: string): ProviderSchema {
	const schema = JSON.parse(
		readFileSync(new URL('../../fixtures/azurerm-schema.json', import.meta.url), 'utf8'),
	) as ProviderSchema;
	if (schema.providerVersion !== version)
		throw new Error(`The schema is for azurerm ${schema.providerVersion}, not ${version}.`);
	return schema;
}

export type HclJson = Record<string, unknown>;

export async function parseHcl(hcl: string): Promise<HclJson> {
	return (await parse('main.tf', hcl)) as HclJson;
}

/** Terraform's own arguments, valid in every resource. */
const META = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider']);
const ALLOWED_PROVIDERS = /^(azurerm|azapi|random)_/;

type Body = Record<string, unknown>;
const isBody = (v: unknown): v is Body => v !== null && typeof v === 'object' && !Array.isArray(v);
const bodies = (v: unknown): Body[] => (Array.isArray(v) ? v.filter(isBody) : []);
/** An expression (reference, function call, template): its type is known only at plan time. */
const isExpression = (v: unknown) => typeof v === 'string' && v.includes('${');

function typeProblem(type: string, v: unknown): string | undefined {
	if (isExpression(v)) return undefined;
	const ok =
		type === 'string'
			? typeof v === 'string'
			: type === 'number'
				? typeof v === 'number'
				: type === 'bool'
					? typeof v === 'boolean'
					: type.startsWith('list(')
						? Array.isArray(v) && v.every((x) => typeProblem(type.slice(5, -1), x) === undefined)
						: type.startsWith('map(')
							? isBody(v)
							: true;
	return ok ? undefined : `expects ${type}, got ${JSON.stringify(v)}`;
}

function checkBody(
	where: string,
	body: Body,
	schema: SchemaBlock,
	top: boolean,
	problems: string[],
) {
	const present = new Set<string>();
	// hcl2json writes dynamic blocks as one object (`dynamic: { name: [...] }`), not a list.
	const dynamic = body['dynamic'];
	for (const dyn of isBody(dynamic) ? [dynamic] : bodies(dynamic)) {
		for (const [name, list] of Object.entries(dyn)) {
			present.add(name);
			const nested = schema.blocks[name];
			if (nested === undefined) {
				problems.push(`${where}: dynamic "${name}" is not a block`);
				continue;
			}
			for (const d of bodies(list))
				for (const content of bodies(d['content']))
					checkBody(`${where}.${name}`, content, nested.schema, false, problems);
		}
	}
	for (const [key, value] of Object.entries(body)) {
		if (key === 'dynamic' || (top && META.has(key))) continue;
		present.add(key);
		if (top && key === 'id') {
			problems.push(`${where}: "id" is set by the provider, not by configuration`);
			continue;
		}
		const argument = schema.arguments[key];
		const nested = schema.blocks[key];
		if (argument !== undefined) {
			// A block parses as a list of objects: an argument written as a block.
			if (bodies(value).length > 0 && !argument.type.startsWith('list(map'))
				problems.push(`${where}: "${key}" is an argument, written as a block`);
			else {
				const t = typeProblem(argument.type, value);
				if (t !== undefined) problems.push(`${where}.${key}: ${t}`);
			}
		} else if (nested !== undefined) {
			const list = bodies(value);
			if (!Array.isArray(value) || list.length === 0)
				problems.push(`${where}: "${key}" is a block, written as an argument`);
			if (nested.max === 1 && list.length > 1)
				problems.push(`${where}: block "${key}" is allowed once, written ${list.length} times`);
			for (const b of list) checkBody(`${where}.${key}`, b, nested.schema, false, problems);
		} else problems.push(`${where}: unknown argument "${key}"`);
	}
	for (const [name, a] of Object.entries(schema.arguments))
		if (a.required && !present.has(name)) problems.push(`${where}: missing required "${name}"`);
	for (const [name, b] of Object.entries(schema.blocks))
		if (b.required && !present.has(name))
			problems.push(`${where}: missing required block "${name}"`);
}

/** Every problem found in the parsed HCL, one line each; none means it passes. */
export function checkAgainstSnapshot(json: HclJson, schema: ProviderSchema): string[] {
	const problems: string[] = [];
	const groups: [string, Record<string, SchemaBlock>][] = [
		['resource', schema.resources],
		['data', schema.dataSources],
	];
	for (const [kind, types] of groups) {
		const section = json[kind];
		if (section === undefined) continue;
		if (!isBody(section)) {
			problems.push(`${kind}: not an object`);
			continue;
		}
		for (const [type, named] of Object.entries(section)) {
			if (!ALLOWED_PROVIDERS.test(type)) problems.push(`${kind} ${type}: provider not allowed`);
			const s = types[type];
			if (s === undefined) {
				problems.push(`${kind} ${type}: not in the schema`);
				continue;
			}
			if (!isBody(named)) continue;
			for (const [name, list] of Object.entries(named))
				for (const body of bodies(list)) checkBody(`${type}.${name}`, body, s, true, problems);
		}
	}
	return problems;
}

function strings(v: unknown): string[] {
	if (typeof v === 'string') return [v];
	if (Array.isArray(v)) return v.flatMap(strings);
	if (isBody(v)) return Object.values(v).flatMap(strings);
	return [];
}

/** References to resources, data sources and variables that nothing in the file declares. */
export function unresolvedReferences(json: HclJson): string[] {
	const declared = new Set<string>(resourceAddresses(json));
	const data = json['data'];
	if (isBody(data))
		for (const [type, named] of Object.entries(data))
			if (isBody(named)) for (const n of Object.keys(named)) declared.add(`data.${type}.${n}`);
	const variables = json['variable'];
	if (isBody(variables)) for (const n of Object.keys(variables)) declared.add(`var.${n}`);
	const missing = new Set<string>();
	const sections = ['resource', 'data', 'variable', 'output', 'locals'].map((k) => json[k]);
	for (const text of sections.flatMap(strings)) {
		if (!text.includes('${')) continue;
		// Only what is inside interpolations: a description may mention a name in prose.
		for (const inner of text.match(/\$\{[^]*\}/g) ?? []) {
			const refs = inner.match(/\b(?:data\.)?azurerm_[a-z0-9_]+\.[a-z0-9_]+|\bvar\.[a-z0-9_]+/g);
			for (const ref of refs ?? []) if (!declared.has(ref)) missing.add(ref);
		}
	}
	return [...missing].sort();
}

/** The pinned azurerm version in `terraform { required_providers { … } }`. */
export function pinnedVersion(json: HclJson): string | undefined {
	for (const t of bodies(json['terraform']))
		for (const rp of bodies(t['required_providers'])) {
			const azurerm = rp['azurerm'];
			if (isBody(azurerm) && typeof azurerm['version'] === 'string') return azurerm['version'];
		}
	return undefined;
}

/** `type.name` of every resource block in the parsed HCL. */
export function resourceAddresses(json: HclJson): string[] {
	const section = json['resource'];
	if (!isBody(section)) return [];
	return Object.entries(section).flatMap(([type, named]) =>
		isBody(named) ? Object.keys(named).map((n) => `${type}.${n}`) : [],
	);
}
