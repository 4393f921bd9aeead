/**
 * <pattern-finder>: upgrades the build-time finder. Without JavaScript, CSS (finderCss) already
 * filters and sorts the cards. With it, this element also
 * - announces how many patterns match in a polite live region,
 * - keeps the selection in the URL (?state=stateful&sort=cost) so it can be shared,
 * - restores a selection from the URL on load, ignoring unknown values.
 */
import { defineElement } from '../widgets/lazyUpgrade.ts';
import {
	filterAndSort,
	SORT_KEYS,
	type FinderItem,
	type Selection,
	type SortKey,
} from './finderFilter.ts';

function readItems(root: HTMLElement): { el: HTMLElement; item: FinderItem }[] {
	return [...root.querySelectorAll<HTMLElement>('[data-finder-item]')].map((el) => {
		const facets: Record<string, string[]> = {};
		for (const group of (el.dataset['facetGroups'] ?? '').split(' ').filter(Boolean)) {
			facets[group] = (el.getAttribute(`data-${group}`) ?? '').split(' ').filter(Boolean);
		}
		const rank = (key: SortKey) => Number(el.getAttribute(`data-rank-${key}`)) || 0;
		return {
			el,
			item: {
				id: el.dataset['finderItem'] ?? '',
				facets,
				rank: { rto: rank('rto'), cost: rank('cost'), name: rank('name') },
			},
		};
	});
}

export class PatternFinderElement extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector<HTMLElement>('.finder-form');
		if (form === null) return;
		this.restoreFromUrl(form);
		form.addEventListener('change', () => this.update(form, true));
		this.update(form, false);
	}

	private selection(form: HTMLElement): { selection: Selection; sort: SortKey } {
		const selection: Record<string, string[]> = {};
		for (const fieldset of form.querySelectorAll<HTMLElement>('[data-group]')) {
			const group = fieldset.dataset['group'] ?? '';
			selection[group] = [
				...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'),
			].map((i) => i.value);
		}
		const sortValue = form.querySelector<HTMLInputElement>('input[name=sort]:checked')?.value;
		const sort = SORT_KEYS.find((k) => k === sortValue) ?? 'rto';
		return { selection, sort };
	}

	private restoreFromUrl(form: HTMLElement): void {
		const params = new URLSearchParams(window.location.search);
		for (const fieldset of form.querySelectorAll<HTMLElement>('[data-group]')) {
			const wanted = params.getAll(fieldset.dataset['group'] ?? '');
			for (const input of fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
				if (wanted.includes(input.value)) input.checked = true;
			}
		}
		const sort = params.get('sort');
		const radio = [...form.querySelectorAll<HTMLInputElement>('input[name=sort]')].find(
			(r) => r.value === sort,
		);
		if (radio !== undefined) radio.checked = true;
	}

	private update(form: HTMLElement, writeUrl: boolean): void {
		const { selection, sort } = this.selection(form);
		const items = readItems(this);
		const shown = new Set(
			filterAndSort(
				items.map((i) => i.item),
				selection,
				sort,
			).map((i) => i.id),
		);
		for (const { el, item } of items) el.hidden = !shown.has(item.id);
		const status = this.querySelector('[data-finder-status]');
		if (status !== null) {
			status.textContent =
				shown.size === 0
					? 'No pattern matches every chosen filter. Clear a filter to see more.'
					: `${shown.size} of ${items.length} patterns match.`;
		}
		if (writeUrl) {
			const params = new URLSearchParams();
			for (const [group, values] of Object.entries(selection))
				for (const v of values) params.append(group, v);
			if (sort !== 'rto') params.set('sort', sort);
			const query = params.toString();
			history.replaceState(null, '', query === '' ? window.location.pathname : `?${query}`);
		}
	}
}

export function definePatternFinder(registry: CustomElementRegistry = customElements): void {
	defineElement('pattern-finder', PatternFinderElement, registry);
}
