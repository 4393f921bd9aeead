/**
 * What the estate page and its Web Worker say to each other. The page sends the chosen file
 * itself (a Blob: the worker reads it, so the page never holds the export's text) or the pasted
 * text, and the grouping; the worker answers with progress after each workload, then the report written
 * as HTML (estateView.ts) and its three exports, or one message when the file cannot be read.
 */
export interface EstateRequest {
	/** Which run this is: replies of an older run are ignored (and its worker ended). */
	run: number;
	/** The chosen file, read by the worker, or the pasted text. */
	source: Blob | string;
	workloadTag: string;
	tierTag: string;
	tierBy: 'tag' | 'prefix';
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
	  }
	| { run: number; kind: 'error'; message: string };
