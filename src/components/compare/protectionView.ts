/**
 * What each compared option protects against, as a table per tier: a region outage, a zone
 * outage, corruption and deletion, each covered, partly or not, with the model's reason and its
 * figures linked to their sources. Options that protect alike (one pattern's standby sizes, with
 * or without a capacity reservation) share a row that names each of them, so every option is in
 * exactly one row. Shared by the build and the browser, like the rest of the comparison.
 */
import {
	getPattern,
	LAYER_SHORT_NAME,
	THREAT_LABELS,
	THREATS,
	type ComparedOption,
	type Coverage,
	type Protection,
	type TierComparison,
} from '~/model/index.ts';
import { factTextHtml } from '../facts/factTextHtml.ts';
import { html, type SafeHtml } from '../widgets/html.ts';

interface ProtectionRow {
	/** The pattern, with its variant where that protects differently, and its second layer. */
	label: string;
	/** The options that protect this way, in the plan's order. */
	options: ComparedOption[];
	protects: readonly Protection[];
}

export const COVERAGE_TEXT: Record<Coverage, string> = {
	yes: 'Covered',
	partial: 'Partly',
	no: 'Not covered',
};

const COVERAGE_MARK: Record<Coverage, string> = { yes: '✓', partial: '◐', no: '✕' };

function rowLabel(o: ComparedOption): string {
	const pattern = getPattern(o.patternId);
	const variant = pattern.variants?.find((v) => v.id === o.variant && v.protects !== undefined);
	const layered = o.evaluation.layers.length > 0 ? ` + ${LAYER_SHORT_NAME}` : '';
	return `${pattern.name}${variant !== undefined ? `: ${variant.name}` : ''}${layered}`;
}

/**
 * An option's name within its row, without what the row's label already says: "Cold: scale from
 * zero", "with capacity reservation", "on its own".
 */
export function shortOptionName(o: ComparedOption): string {
	const pattern = getPattern(o.patternId).name;
	let rest = o.name.startsWith(pattern) ? o.name.slice(pattern.length) : o.name;
	rest = rest.replace(` + ${LAYER_SHORT_NAME}`, '').replace(/^: /, '').trim();
	if (rest === '') return 'on its own';
	return rest.startsWith('+ ') ? `with ${rest.slice(2)}` : rest;
}

/** The tier's options grouped by pattern and what they protect against, in the plan's order. */
export function protectionRows(t: TierComparison): ProtectionRow[] {
	const rows = new Map<string, ProtectionRow>();
	for (const o of t.options) {
		const key = JSON.stringify([o.patternId, o.protects]);
		const row = rows.get(key);
		if (row === undefined)
			rows.set(key, { label: rowLabel(o), options: [o], protects: o.protects });
		else row.options.push(o);
	}
	// A row of one option is named as the option is in the table above.
	return [...rows.values()].map((row) =>
		row.options.length === 1 && row.options[0] !== undefined
			? { ...row, label: row.options[0].name }
			: row,
	);
}

function cell(p: Protection): SafeHtml {
	return html`<td role="cell" data-label="${THREAT_LABELS[p.threat]}" data-level="${p.level}">
		<span class="cmp-level"
			><span aria-hidden="true">${COVERAGE_MARK[p.level]}</span> ${COVERAGE_TEXT[p.level]}.</span
		>
		${factTextHtml(p.note)}
	</td>`;
}

/**
 * The table, with its elements' roles stated: a phone stacks the rows with display values under
 * which WebKit drops table semantics (Compare.css).
 */
export function protectionTableHtml(t: TierComparison, tableId: string): SafeHtml {
	return html`<div class="cmp-table-wrap">
		<table class="cmp-protects" id="${tableId}" role="table">
			<caption>
				What each option for the ${t.tier} tier protects against, and how (options that protect
				alike share a row)
			</caption>
			<thead role="rowgroup">
				<tr role="row">
					<th role="columnheader" scope="col">Options</th>
					${THREATS.map(
						(threat) => html`<th role="columnheader" scope="col">${THREAT_LABELS[threat]}</th>`,
					)}
				</tr>
			</thead>
			<tbody role="rowgroup">
				${protectionRows(t).map(
					(row) =>
						html`<tr role="row" data-options="${row.options.map((o) => o.key).join(' ')}">
							<th role="rowheader" scope="row">
								<span class="cmp-protect-label">${row.label}</span>
								${
									row.options.length > 1
										? html`<span class="cmp-protect-options"
												>${row.options.length} options:
												${row.options.map(shortOptionName).join('; ')}</span
											>`
										: ''
								}
							</th>
							${row.protects.map(cell)}
						</tr>`,
				)}
			</tbody>
		</table>
	</div>`;
}
