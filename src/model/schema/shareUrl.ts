/**
 * Workloads in URLs: versioned, short parameter names from the wizard questions.
 * Links are written at the newest version (v=2) and read at any version in READ_VERSIONS:
 * a question's `since` says which version first carried its field, and a link of an older
 * version ignores such parameters, so every v=1 link keeps its old meaning. A new field needs
 * only its question (with `since` set to the version that brings it).
 * Reading is defensive: unknown or malformed parameters are dropped with a notice, never
 * interpreted, and what is kept is validated by the same schema as every other input.
 */
import { referenceWorkloadInput } from './referenceWorkload.ts';
import {
	questionFor,
	tierQuestions,
	workloadQuestions,
	type WizardQuestion,
} from './wizardQuestions.ts';
import { setPath, valueAtPath } from './fieldPaths.ts';
import { textFromValue, valueFromText } from './fieldText.ts';
import { MAX_TIERS, parseWorkload, type Workload, type WorkloadInput } from './workload.ts';

export const URL_VERSION = '2';
/** The link versions this page reads. */
export const READ_VERSIONS = ['1', '2'] as const;

/** Whether a link of this version carries the question's field. */
const carries = (q: WizardQuestion, version: number) => (q.since ?? 1) <= version;
const MAX_NOTICE_NAME = 40;

/** The parameters that reproduce a workload; defaults are written too, so links stay exact. */
export function workloadToSearchParams(workload: Workload | WorkloadInput): URLSearchParams {
	const params = new URLSearchParams();
	params.set('v', URL_VERSION);
	for (const q of workloadQuestions) {
		const value = textFromValue(q.field, valueAtPath(workload, q.field), 'link');
		if (value !== undefined) params.set(q.param, value);
	}
	workload.tiers.forEach((tier, i) => {
		for (const q of tierQuestions) {
			const value = textFromValue(
				q.field,
				valueAtPath(tier, q.field.slice('tiers.*.'.length)),
				'link',
			);
			if (value !== undefined) params.set(`t${i}.${q.param}`, value);
		}
	});
	return params;
}

export function workloadToQuery(workload: Workload | WorkloadInput): string {
	return workloadToSearchParams(workload).toString();
}

/** Removes a dotted path's last key, where the path leads to an object. */
function deletePath(target: Record<string, unknown>, path: string): void {
	const keys = path.split('.');
	const last = keys.pop() ?? '';
	const container = keys.length === 0 ? target : valueAtPath(target, keys.join('.'));
	if (container !== null && typeof container === 'object')
		delete (container as Record<string, unknown>)[last];
}

/** `tiers.0.dataDiskSizesGiB` for an issue of its entry `tiers.0.dataDiskSizesGiB.1`. */
function listField(field: string): string {
	const m = /^(.+)\.\d+$/.exec(field);
	return m?.[1] !== undefined && questionFor(m[1])?.input === 'list' ? m[1] : field;
}

const shown = (name: string) =>
	name.length > MAX_NOTICE_NAME ? `${name.slice(0, MAX_NOTICE_NAME)}…` : name;

/** A question's label without its parenthesis: `VM size (optional, e.g. …)` → `VM size`. */
const shortLabel = (label: string) => label.replace(/\s*\([^)]*\)$/u, '');

/**
 * A field as a link's notice names it: the parameter the reader sees in the link, and the label
 * the wizard's form gives it (`t0.size (VM size, tier 1 “db”)`), whether the parameter could not
 * be read or the schema refused its value (issue paths such as `tiers.0.vmSize`). A path no
 * question asks is named as it is.
 */
export function linkFieldName(path: string, tierNameOf: (i: number) => unknown = () => undefined) {
	const tier = /^tiers\.(\d+)\.(.+)$/u.exec(path);
	if (tier === null) {
		const q = workloadQuestions.find((w) => w.field === path);
		return q === undefined ? path : `${q.param} (${shortLabel(q.label)})`;
	}
	const i = Number(tier[1]);
	const q = tierQuestions.find((t) => t.field === `tiers.*.${tier[2] ?? ''}`);
	if (q === undefined) return path;
	const name = tierNameOf(i);
	const named = typeof name === 'string' && name !== '' ? ` “${shown(name)}”` : '';
	return `t${i}.${q.param} (${shortLabel(q.label)}, tier ${i + 1}${named})`;
}

export interface FromUrl {
	workload: Workload;
	/** Plain-text notices about what was ignored; render them as text, never as HTML. */
	notices: string[];
	/** True when the URL held no workload and the reference workload is shown. */
	isReference: boolean;
}

/** At most this many notices are listed; the rest are counted in one last notice. */
export const MAX_NOTICES = 8;

/** Reads a workload from URL parameters. Never throws; falls back to the reference workload. */
export function workloadFromSearchParams(params: URLSearchParams): FromUrl {
	const read = readSearchParams(params);
	return { ...read, notices: capNotices(read.notices) };
}

/** A link with thousands of junk parameters yields a short notice, not thousands of lines. */
function capNotices(notices: readonly string[]): string[] {
	if (notices.length <= MAX_NOTICES) return [...notices];
	const last = notices[notices.length - 1] ?? '';
	// Keep the closing notice when the link fell back to the reference workload.
	const closing = last.includes('showing the reference workload') ? [last] : [];
	const listed = notices.slice(0, MAX_NOTICES - 1 - closing.length);
	const more = notices.length - listed.length - closing.length;
	return [...listed, `Ignored ${more} more parameters or values.`, ...closing];
}

function readSearchParams(params: URLSearchParams): FromUrl {
	const notices: string[] = [];
	const reference = parseWorkload(referenceWorkloadInput);
	if (!reference.ok) throw new Error('Invalid reference workload.');
	const keys = [...new Set(params.keys())];
	if (keys.length === 0) return { workload: reference.workload, notices, isReference: true };
	const version = params.get('v');
	if (version === null || !(READ_VERSIONS as readonly string[]).includes(version)) {
		notices.push(
			version === null
				? `The link has no version (v=${URL_VERSION}); showing the reference workload.`
				: `The link’s version “${shown(version)}” is not one this page reads; showing the reference workload.`,
		);
		return { workload: reference.workload, notices, isReference: true };
	}
	const linkVersion = Number(version);
	const tierIndex = (key: string): number | undefined => {
		const m = /^t(\d+)\.(.+)$/.exec(key);
		if (m === null || Number(m[1]) >= MAX_TIERS) return undefined;
		return tierQuestions.some((t) => t.param === m[2]) ? Number(m[1]) : undefined;
	};
	const indices = keys.map(tierIndex).filter((i): i is number => i !== undefined);
	const tierCount = indices.length === 0 ? 0 : Math.max(...indices) + 1;
	const refTiers = referenceWorkloadInput.tiers;
	// A tier whose name and kind are in the link was written whole (workloadToSearchParams
	// writes every field a tier holds), so its optional fields are absent unless the link has
	// them: they must not be borrowed from the reference tier at the same index.
	const optionalTierFields = tierQuestions
		.filter((q) => q.optional === true)
		.map((q) => q.field.slice('tiers.*.'.length));
	// Fields a link leaves out come from the reference tier of the same kind (a stateless tier
	// must not borrow the database tier's data answer), or of the same position without a kind.
	const referenceTier = (i: number) =>
		refTiers.find((t) => t.kind === params.get(`t${i}.kind`)) ?? refTiers[i % refTiers.length];
	const startTier = (i: number): Record<string, unknown> => {
		const tier: Record<string, unknown> = {
			...structuredClone(referenceTier(i) ?? {}),
			name: i < refTiers.length ? (refTiers[i]?.name ?? `tier ${i + 1}`) : `tier ${i + 1}`,
		};
		if (params.has(`t${i}.name`) && params.has(`t${i}.kind`))
			for (const field of optionalTierFields) delete tier[field];
		return tier;
	};
	const input: Record<string, unknown> = {
		...structuredClone(referenceWorkloadInput),
		tiers:
			tierCount > 0
				? Array.from({ length: tierCount }, (_, i) => startTier(i))
				: structuredClone(refTiers),
	};
	// The tier's name as the link gives it, for notices (the reference tier's is no help).
	const tierName = (i: number) => params.get(`t${i}.name`) ?? undefined;
	for (const key of keys) {
		if (key === 'v') continue;
		const raw = params.get(key) ?? '';
		const tierMatch = /^t(\d+)\.(.+)$/.exec(key);
		const q =
			tierMatch !== null
				? tierQuestions.find((t) => t.param === tierMatch[2])
				: workloadQuestions.find((w) => w.param === key);
		if (q === undefined) {
			notices.push(`Ignored unknown parameter “${shown(key)}”.`);
			continue;
		}
		if (!carries(q, linkVersion)) {
			notices.push(
				`Ignored “${shown(key)}”: links of version ${linkVersion} do not carry it (v=${q.since ?? 1} and later do).`,
			);
			continue;
		}
		if (tierMatch !== null && Number(tierMatch[1]) >= MAX_TIERS) {
			notices.push(`Ignored “${shown(key)}”: a workload has at most ${MAX_TIERS} tiers.`);
			continue;
		}
		const field = tierMatch !== null ? q.field.slice('tiers.*.'.length) : q.field;
		const path = tierMatch !== null ? `tiers.${tierMatch[1]}.${field}` : q.field;
		const decoded = valueFromText(path, raw);
		if (!decoded.ok) {
			notices.push(`Ignored ${linkFieldName(path, tierName)}: it ${decoded.message}.`);
			continue;
		}
		const target =
			tierMatch !== null
				? ((input['tiers'] as Record<string, unknown>[])[Number(tierMatch[1])] ?? {})
				: input;
		// An optional field left empty has no value: the reference's is not kept either.
		if (decoded.value === undefined) deletePath(target, field);
		else setPath(target, field, decoded.value);
	}
	// Drop the values the schema rejects, one field at a time, and say why.
	const tried = new Set<string>();
	for (let attempt = 0; attempt < 100; attempt++) {
		const result = parseWorkload(input);
		if (result.ok) return { workload: result.workload, notices, isReference: false };
		const first = result.issues[0];
		// An entry of a list (a tier's data disk sizes) is dropped with its list, not alone.
		const issue = first === undefined ? undefined : { ...first, field: listField(first.field) };
		if (issue === undefined || tried.has(issue.field)) break;
		tried.add(issue.field);
		notices.push(`Ignored ${linkFieldName(issue.field, tierName)}: it ${issue.message}.`);
		const tierField = /^tiers\.(\d+)\.(.+)$/.exec(issue.field);
		const fallback =
			tierField !== null
				? tierField[2] === 'name'
					? `tier ${Number(tierField[1]) + 1}`
					: valueAtPath(referenceTier(Number(tierField[1])), tierField[2] ?? '')
				: valueAtPath(referenceWorkloadInput, issue.field);
		const parent = issue.field.split('.').slice(0, -1).join('.');
		const last = issue.field.split('.').pop() ?? '';
		const container = parent === '' ? input : valueAtPath(input, parent);
		if (container === null || typeof container !== 'object') break;
		if (fallback === undefined) delete (container as Record<string, unknown>)[last];
		else (container as Record<string, unknown>)[last] = fallback;
	}
	notices.push('The link’s values could not be used; showing the reference workload.');
	return { workload: reference.workload, notices, isReference: true };
}
