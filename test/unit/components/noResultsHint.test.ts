import { describe, expect, it } from 'vitest';
import { searchFoundNothing } from '~/components/search/noResultsHint.ts';

describe('the search dialog’s no-results hint', () => {
	it('shows only once a search for real words has listed nothing', () => {
		expect(
			searchFoundNothing({ query: 'qwzx', resultCount: 0, message: 'No results for qwzx' }),
		).toBe(true);
		expect(
			searchFoundNothing({ query: 'qwzx', resultCount: 0, message: 'Searching for qwzx...' }),
		).toBe(false);
		expect(searchFoundNothing({ query: 'asr', resultCount: 3, message: '3 results for asr' })).toBe(
			false,
		);
		expect(searchFoundNothing({ query: '  ', resultCount: 0, message: 'No results for' })).toBe(
			false,
		);
	});
});
