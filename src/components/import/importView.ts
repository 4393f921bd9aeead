/**
 * The import page's logic: from the file's text and the reader's choices to what the page
 * shows (groups, questions, notices, errors) and the wizard link. Pure, so it is unit-tested;
 * <dr-import> (importElement.ts) only puts it on the page.
 */
import {
	importAzVmList,
	toWorkloadInput,
	type ImportedTier,
	type SizeAnswer,
	type SizeQuestion,
} from '~/model/schema/import/index.ts';
import {
	readSizeAnswer,
	SIZE_ANSWER_FIELDS,
	type SizeAnswerKey,
} from '~/model/schema/import/sizeAnswer.ts';
import { regionByName } from '~/model/regions/index.ts';
import { workloadToQuery } from '~/model/schema/shareUrl.ts';
import { formatIssue, parseWorkload } from '~/model/schema/workload.ts';
import { html, type SafeHtml } from '../widgets/html.ts';
import { sizeAnswerInput } from './sizeAnswerInput.ts';

export const WIZARD_PATH = '/wizard/';

export interface ImportChoices {
	grouping: 'tag' | 'prefix';
	tagKey: string;
	/** What the reader typed for each unknown size, as text, by field. */
	answers: Readonly<Record<string, Partial<Record<SizeAnswerKey, string>>>>;
}

export interface AnswerIssue {
	vmSize: string;
	field: SizeAnswerKey;
	message: string;
}

export interface ImportView {
	error?: string;
	grouping?: 'tag' | 'prefix';
	tiers: ImportedTier[];
	/** Sizes still to answer. */
	questions: SizeQuestion[];
	/** Every size the table does not know, answered or not: its answers stay on the page to correct. */
	asked: SizeQuestion[];
	answerIssues: AnswerIssue[];
	notices: string[];
	region?: string;
	/** The wizard link, once every size is known. */
	wizardHref?: string;
	/** Why there is no wizard link yet. */
	blocked?: string;
}

export function importView(text: string, choices: ImportChoices): ImportView {
	const answers: Record<string, SizeAnswer> = {};
	const answerIssues: AnswerIssue[] = [];
	// Read as the estate page and the CLI read them (readSizeAnswer): vCPUs and memory, and an
	// optional hourly price per VM; a size with nothing typed stays a question.
	for (const [vmSize, typed] of Object.entries(choices.answers)) {
		const read = readSizeAnswer(vmSize, typed);
		if (read.kind === 'answer') answers[vmSize] = read.answer;
		if (read.kind === 'invalid') answerIssues.push(...read.errors.map((e) => ({ vmSize, ...e })));
	}
	const result = importAzVmList(text, {
		tagKey: choices.tagKey,
		prefixGrouping: choices.grouping === 'prefix',
		sizes: answers,
	});
	if (!result.ok) {
		return {
			error: result.error,
			tiers: [],
			questions: [],
			asked: [],
			answerIssues: [],
			notices: [],
		};
	}
	const region =
		result.workload.sourceRegion === undefined
			? undefined
			: regionByName(result.workload.sourceRegion);
	const view: ImportView = {
		grouping: result.grouping,
		tiers: result.workload.tiers,
		questions: result.questions,
		asked: result.asked,
		answerIssues,
		notices: result.notices,
		...(region === undefined ? {} : { region: `${region.displayName} (${region.name})` }),
	};
	const input = toWorkloadInput(result.workload, result.questions);
	if (!input.ok) return { ...view, blocked: `${input.error}.` };
	const parsed = parseWorkload(input.workload);
	if (!parsed.ok) {
		return { ...view, blocked: parsed.issues.map(formatIssue).join('; ') };
	}
	return { ...view, wizardHref: `${WIZARD_PATH}?${workloadToQuery(parsed.workload)}` };
}

const gib = (n: number | undefined) => (n === undefined ? 'unknown' : `${n} GiB`);

/** Where a tier's VMs sit: "1, 2 and 3", "1; 2 VMs in no zone", or "none (regional)". */
export function zonesText(t: Pick<ImportedTier, 'zones' | 'regionalVms' | 'vmCount'>): string {
	if (t.zones.length === 0) return 'none (regional)';
	const list =
		t.zones.length === 1
			? t.zones[0]!
			: `${t.zones.slice(0, -1).join(', ')} and ${t.zones.at(-1)!}`;
	const regional =
		t.regionalVms === 0 ? '' : `; ${t.regionalVms} VM${t.regionalVms === 1 ? '' : 's'} in no zone`;
	return `${list}${regional}`;
}

export function importViewHtml(view: ImportView, typed: ImportChoices['answers']): SafeHtml {
	if (view.error !== undefined) {
		return html`<p class="import-error" role="alert">${view.error}</p>`;
	}
	const issueFor = (vmSize: string, field: AnswerIssue['field']) =>
		view.answerIssues.find((i) => i.vmSize === vmSize && i.field === field);
	const sizeId = (vmSize: string, field: string) =>
		`imp-${vmSize.replace(/[^A-Za-z0-9]/g, '-')}-${field}`;
	const questionHtml = (q: SizeQuestion) => {
		const fields = SIZE_ANSWER_FIELDS.map((f) => {
			const field = f.key;
			const id = sizeId(q.vmSize, field);
			const issue = issueFor(q.vmSize, field);
			return html`<p>
				<label for="${id}">${f.label}</label>
				${sizeAnswerInput(
					id,
					f,
					typed[q.vmSize]?.[field] ?? '',
					html`data-size="${q.vmSize}" data-field="${field}"
					${field === 'hourlyPriceUsd' ? '' : html`data-needed`}
					${issue === undefined ? '' : html`aria-invalid="true" aria-describedby="${id}-err"`}`,
				)}
				${issue === undefined ? '' : html`<span class="import-issue" id="${id}-err">${issue.message}</span>`}
			</p>`;
		});
		return html`<fieldset class="import-question">
			<legend>${q.vmSize}: used by ${q.vms.join(', ')}</legend>
			${fields}
		</fieldset>`;
	};
	return html`<section aria-labelledby="import-groups-heading">
			<h2 id="import-groups-heading">Tiers found</h2>
			<p>
				Grouped by ${view.grouping === 'tag' ? 'tag' : 'name prefix'}.
				${view.region === undefined ? '' : html`Source region: ${view.region}.`}
			</p>
			<div class="region-table-wrap" tabindex="0">
				<table class="import-tiers">
					<thead>
						<tr>
							<th scope="col">Tier</th>
							<th scope="col">VMs</th>
							<th scope="col">vCPUs per VM</th>
							<th scope="col">Memory per VM</th>
							<th scope="col">Disks per VM</th>
							<th scope="col">Disk size per VM</th>
							<th scope="col">Zones</th>
							<th scope="col">Kind</th>
						</tr>
					</thead>
					<tbody>
						${view.tiers.map(
							(t) =>
								html`<tr data-tier="${t.name}">
									<th scope="row">${t.name}</th>
									<td>${t.vmCount}</td>
									<td>${t.vcpu ?? 'unknown'}</td>
									<td>${gib(t.memoryGiB)}</td>
									<td>${t.disksPerVm}</td>
									<td>${gib(t.dataGiB)}</td>
									<td>${zonesText(t)}</td>
									<td>${t.kind}</td>
								</tr>`,
						)}
					</tbody>
				</table>
			</div>
		</section>
		${
			view.asked.length === 0
				? ''
				: html`<section aria-labelledby="import-questions-heading">
						<h2 id="import-questions-heading">Sizes to tell us</h2>
						<p>
							These sizes are not in the site's size table. Give their vCPUs and memory (from the
							size's page on Microsoft Learn, or <code>az vm list-sizes</code>); nothing is guessed.
							Without an hourly price, the plan prices the size at its family's rate per vCPU, as an
							estimate.
						</p>
						${view.asked.map(questionHtml)}
					</section>`
		}
		${
			view.notices.length === 0
				? ''
				: html`<section aria-labelledby="import-notes-heading">
						<h2 id="import-notes-heading">Notes</h2>
						<ul>
							${view.notices.map((n) => html`<li>${n}</li>`)}
						</ul>
					</section>`
		}
		<p class="import-open">
			${
				view.wizardHref === undefined
					? html`<span role="status">${view.blocked ?? ''}</span>`
					: html`<a href="${view.wizardHref}" data-open-wizard>Open these tiers in the wizard</a>
							<span> RTO and RPO start at the wizard's reference targets; set yours there. </span>`
			}
		</p>`;
}
