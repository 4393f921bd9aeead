/**
 * Checks generated Terraform against the committed snapshot of the azurerm documentation:
 * parses it as HCL (@cdktf/hcl2json, the HCL library compiled to WASM), then checks every
 * resource and data source type, argument and nested block name, and the required arguments.
 * This is not `terraform validate`: types, values and cross-argument rules are not checked.
 */
import { readFileSync } from 'node:fs';
import { parse } from '@cdktf/hcl2json';

interface DocBlock {
	arguments: string[];
	required: string[];
}
interface DocType extends DocBlock {
	blocks: Record<string, DocBlock>;
}
export interface ArgumentSnapshot {
	version: string;
	commit: string;
	date: string;
	resources: Record<string, DocType>;
	dataSources: Record<string, DocType>;
}

export function loadSnapshot(version: string): ArgumentSnapshot {
	return JSON.parse(
		readFileSync(
			new URL(`../../fixtures/azurerm-${version}-arguments.json`, import.meta.url),
			'utf8',
		),
	) as ArgumentSnapshot;
}

export type HclJson = Record<string, unknown>;

export async function parseHcl(hcl: string): Promise<HclJson> {
	return (await parse('main.tf', hcl)) as HclJson;
}

/** Terraform's own arguments, valid in every resource. */
const META = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'timeouts']);
const ALLOWED_PROVIDERS = /^(azurerm|azapi|random)_/;

type Body = Record<string, unknown>;
const isBody = (v: unknown): v is Body => v !== null && typeof v === 'object' && !Array.isArray(v);
const bodies = (v: unknown): Body[] => (Array.isArray(v) ? v.filter(isBody) : []);

function checkBody(
	where: string,
	body: Body,
	doc: DocBlock,
	type: DocType,
	top: boolean,
	problems: string[],
): void {
	const keys = Object.keys(body).filter((k) => !(top && META.has(k)) && k !== 'dynamic');
	const present = new Set(keys);
	for (const dyn of bodies(body['dynamic'])) {
		for (const [name, list] of Object.entries(dyn)) {
			present.add(name);
			const nested = type.blocks[name];
			if (!doc.arguments.includes(name)) problems.push(`${where}: unknown block "${name}"`);
			else if (nested === undefined) problems.push(`${where}: no documented block "${name}"`);
			for (const d of bodies(list))
				for (const content of bodies(d['content']))
					checkBody(`${where}.${name}`, content, nested ?? doc, type, false, problems);
		}
	}
	for (const key of keys) {
		if (!doc.arguments.includes(key)) {
			problems.push(`${where}: unknown argument "${key}"`);
			continue;
		}
		const nested = type.blocks[key];
		const value = body[key];
		// A block parses as a list of objects; an argument whose value is a map parses as an object.
		if (nested !== undefined && Array.isArray(value))
			for (const b of bodies(value)) checkBody(`${where}.${key}`, b, nested, type, false, problems);
	}
	for (const req of doc.required)
		if (!present.has(req)) problems.push(`${where}: missing required "${req}"`);
}

/** Every problem found in the parsed HCL, one line each; none means it passes. */
export function checkAgainstSnapshot(json: HclJson, snapshot: ArgumentSnapshot): string[] {
	const problems: string[] = [];
	const groups: [string, Record<string, DocType>][] = [
		['resource', snapshot.resources],
		['data', snapshot.dataSources],
	];
	for (const [kind, docs] of groups) {
		const section = json[kind];
		if (section === undefined) continue;
		if (!isBody(section)) {
			problems.push(`${kind}: not an object`);
			continue;
		}
		for (const [type, named] of Object.entries(section)) {
			if (!ALLOWED_PROVIDERS.test(type)) problems.push(`${kind} ${type}: provider not allowed`);
			const doc = docs[type];
			if (doc === undefined) {
				problems.push(`${kind} ${type}: not in the snapshot`);
				continue;
			}
			if (!isBody(named)) continue;
			for (const [name, list] of Object.entries(named))
				for (const body of bodies(list))
					checkBody(`${type}.${name}`, body, doc, doc, true, problems);
		}
	}
	return problems;
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
