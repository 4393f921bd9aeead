import type { SizeIssue, SizeTexts } from './estateSizeDom.ts';

/**
 * What the estate page and its Web Worker say to each other. The page sends the chosen file
 * itself (a Blob: the worker reads it, so the page never holds the export's text) or the pasted
 * text, the grouping and what the reader typed for sizes the table does not know; the worker
 * answers with progress after each workload, then the report written as HTML (estateView.ts),
 * its three exports and the size fields, or one message when the file cannot be read.
 */
export interface EstateRequest {
	/** Which run this is: replies of an older run are ignored (and its worker ended). */
	run: number;
	/** The chosen file, read by the worker, or the pasted text. */
	source: Blob | string;
	workloadTag: string;
	tierTag: string;
	tierBy: 'tag' | 'prefix';
	/** What the reader typed for sizes the table does not know (the page's fourth step). */
	sizeTexts: SizeTexts;
}

export type EstateReply =
	| { run: number; kind: 'progress'; done: number; total: number; workload: string }
	| {
			run: number;
			kind: 'done';
			html: string;
			workloads: number;
			planned: number;
			problems: number;
			markdown: string;
			csv: string;
			json: string;
			/** Sizes the table does not know, in the order met, and how many are still unanswered. */
			sizes: string[];
			answeredSizes: string[];
			unansweredSizes: number;
			/** The fields for those sizes, holding what was typed (estateSizeFields.ts). */
			sizesHtml: string;
			/** What was typed that cannot be used, each naming its field and range. */
			sizeIssues: SizeIssue[];
	  }
	| { run: number; kind: 'error'; message: string };
