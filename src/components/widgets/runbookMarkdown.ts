/** The wizard's Markdown export: the model's runbook, the same text the CLI prints. */
export { mdText, runbookMarkdown } from '~/model/engine/runbook.ts';
