/** The wizard's Markdown export: the model's runbook, the same text the CLI prints. */
export { mdText, runbookMarkdown } from '~/model/runbook.ts';
