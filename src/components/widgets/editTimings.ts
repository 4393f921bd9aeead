/**
 * The User Timing entries the wizard writes for each edit, by name: the browser's performance
 * panel shows them, and `npm run bench` reads them (bench/run.ts).
 */
export const EDIT_TIMINGS = {
	/** From reading the form to the plan written into the page. */
	edit: 'dr:edit',
	/** The same, through the style and layout of the frame that shows it. */
	frame: 'dr:edit-frame',
	/** From the edit sent to the wizard's worker to the sensitivity table written, after the plan. */
	sensitivity: 'dr:sensitivity',
} as const;
