/**
 * The wizard's pinned workload, kept in the tab's session storage so that a pin survives a reload.
 */
import { parseWorkload, type Workload } from '~/model/index.ts';

/** Where a pinned plan's workload is kept, so the pin survives a reload in the same tab. */
const PIN_KEY = 'dr-guides:wizard-pinned-workload';

export function storedPin(): Workload | undefined {
	try {
		const text = sessionStorage.getItem(PIN_KEY);
		if (text === null) return undefined;
		const parsed = parseWorkload(JSON.parse(text) as unknown);
		return parsed.ok ? parsed.workload : undefined;
	} catch {
		return undefined;
	}
}

/** Keeps the pinned workload for the tab, or forgets it (`undefined`). */
export function storePin(workload: Workload | undefined): void {
	try {
		if (workload === undefined) sessionStorage.removeItem(PIN_KEY);
		else sessionStorage.setItem(PIN_KEY, JSON.stringify(workload));
	} catch {
		// Storage refused (private mode, quota): the pin still holds until the page closes.
	}
}
