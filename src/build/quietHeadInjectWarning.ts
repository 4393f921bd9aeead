/**
 * A Vite plugin that drops one known-harmless upstream build warning and nothing else: Rolldown's
 * MODULE_LEVEL_DIRECTIVE warning for Astro's own `"use astro:head-inject"` marker, printed once per
 * MDX page (withastro/astro#18087, open). Astro reads the marker before bundling, so losing it in
 * the bundle changes nothing; every other log, including other directives, passes through.
 * Remove this plugin once Astro no longer emits the marker into bundled modules.
 */
interface RolldownLog {
	code?: string;
	message: string;
}

export function isHeadInjectDirectiveWarning(log: RolldownLog): boolean {
	return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

export function quietHeadInjectWarning() {
	return {
		name: 'dr-guides:quiet-head-inject-warning',
		onLog(_level: string, log: RolldownLog): false | undefined {
			return isHeadInjectDirectiveWarning(log) ? false : undefined;
		},
	};
}
