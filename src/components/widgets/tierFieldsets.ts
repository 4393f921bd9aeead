/**
 * Tier groups of the workload forms (wizard and comparison): renumbering a control's name, id
 * or reference when tiers are added or removed, naming a new tier, and the legend a tier shows.
 */

/** The attributes that carry a tier's index ("tiers.0.name", "wz-tiers-0-name-hint"). */
export const TIER_ATTRIBUTES = [
	'name',
	'id',
	'for',
	'aria-describedby',
	'data-error-for',
	'data-field',
] as const;

/** Rewrites every tier index in an attribute value to `index`. */
export function renumberTierAttr(value: string, index: number): string {
	return value.replace(/tiers([.-])\d+(?=[.-])/g, `tiers$1${index}`);
}

/** A name for a new tier that no existing tier uses: "tier N", from N = count + 1 upwards. */
export function uniqueTierName(existing: readonly string[]): string {
	const taken = new Set(existing.map((n) => n.trim()));
	for (let n = existing.length + 1; ; n++) {
		const name = `tier ${n}`;
		if (!taken.has(name)) return name;
	}
}

/** The legend of the tier at `index`, which also names its group for assistive technology. */
export function tierLegend(index: number, name: string): string {
	const shown = name.trim();
	return `Tier ${index + 1}: ${shown === '' ? '(no name yet)' : shown}`;
}

/** Gives every control of one tier's group the tier's index, in each attribute that holds it. */
export function renumberTierGroup(group: HTMLElement, index: number): void {
	// The group's own index is written last, so a group that has it has every attribute
	// renumbered already and is left alone: this runs on each edit for every tier, and reading
	// every control's attributes took a tenth of an edit's work on the page.
	if (group.dataset['tierIndex'] === String(index)) return;
	for (const el of group.querySelectorAll<HTMLElement>(
		TIER_ATTRIBUTES.map((a) => `[${a}]`).join(', '),
	)) {
		for (const attr of TIER_ATTRIBUTES) {
			const value = el.getAttribute(attr);
			if (value === null) continue;
			const renumbered = renumberTierAttr(value, index);
			// Only what changes: every attribute write makes the browser restyle.
			if (renumbered !== value) el.setAttribute(attr, renumbered);
		}
	}
	group.dataset['tierIndex'] = String(index);
}
