/**
 * The estate page's Web Worker: reads the export (the chosen file itself, or the pasted text) and plans it workload by workload
 * (planEstateSteps), posting progress after each, then the report as HTML and its exports, with
 * the answers the reader typed for sizes the table does not know (estateSizeFields.ts). The
 * page ends the worker to cancel a run (a new file, new tags), so the page itself never waits on
 * the plan. Nothing leaves the browser: the worker fetches nothing.
 */
import {
	estateCsv,
	estateJson,
	estateMarkdown,
	planEstateSteps,
	readVmExport,
} from '~/model/engine/estate/index.ts';
import { estateReportHtml } from './estateView.ts';
import { answersFromTexts, sizeQuestionsHtml } from './estateSizeFields.ts';
import type { EstateReply, EstateRequest } from './estateMessages.ts';

const reply = (message: EstateReply) => {
	postMessage(message);
};

addEventListener('message', (event: MessageEvent<EstateRequest>) => {
	const { run, source } = event.data;
	if (typeof source === 'string') {
		plan(event.data, source);
		return;
	}
	source.text().then(
		(text) => {
			plan(event.data, text);
		},
		(error: unknown) => {
			reply({
				run,
				kind: 'error',
				message: `The file could not be read (${error instanceof Error ? error.name : 'unknown error'}). Choose it again.`,
			});
		},
	);
});

function plan(request: EstateRequest, text: string): void {
	const { run, workloadTag, tierTag, tierBy, sizeTexts } = request;
	const answers = answersFromTexts(sizeTexts);
	try {
		const read = readVmExport(text);
		if (!read.ok) {
			reply({ run, kind: 'error', message: read.error });
			return;
		}
		const steps = planEstateSteps(read.vms, {
			workloadTag,
			tierTag,
			tierBy,
			sizes: answers.sizes,
			fileProblems: read.problems,
			format: read.format,
		});
		for (let step = steps.next(); ; step = steps.next()) {
			if (step.done === true) {
				const report = step.value;
				reply({
					run,
					kind: 'done',
					html: estateReportHtml(report).value,
					workloads: report.totals.workloads,
					planned: report.totals.planned,
					problems: report.problems.length,
					markdown: estateMarkdown(report),
					csv: estateCsv(report),
					json: estateJson(report),
					sizes: report.sizeQuestions.map((q) => q.vmSize),
					answeredSizes: report.sizeQuestions
						.filter((q) => q.answer !== undefined)
						.map((q) => q.vmSize),
					unansweredSizes: report.sizeQuestions.filter((q) => q.answer === undefined).length,
					sizesHtml: sizeQuestionsHtml(report.sizeQuestions, sizeTexts).value,
					sizeIssues: answers.issues,
				});
				return;
			}
			reply({ run, kind: 'progress', ...step.value });
		}
	} catch (error) {
		// A bug, not the reader's file: said plainly, never a stack trace.
		reply({
			run,
			kind: 'error',
			message: `The plan stopped on an error (${error instanceof Error ? error.message : String(error)}). The file itself was read; please report this with the file's shape, not its contents.`,
		});
	}
}
