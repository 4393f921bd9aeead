/**
 * Facts whose source could not be re-read (issue 20, truth pass two): each says why, the facts
 * page marks it unverified with that reason, and the inline tooltip says so.
 */
import { describe, expect, it } from 'vitest';
import { facts, getFact } from '~/model/index.ts';
import { factView, unverifiedReason } from '~/components/facts/factView.ts';

const unread = facts.filter((f) => f.sourceRead === false);

describe('unverified facts', () => {
	it('exist, and each gives the reason its source was not read', () => {
		expect(unread.length).toBeGreaterThan(0);
		for (const f of unread) {
			expect(f.unreadBecause, f.id).toMatch(/\S/);
			expect(f.status, f.id).not.toBe('documented');
		}
	});

	it('only an unread fact carries a reason', () => {
		for (const f of facts)
			if (f.sourceRead !== false) expect(f.unreadBecause, f.id).toBeUndefined();
	});

	it('read as unverified with the reason, not as checked', () => {
		for (const f of unread) {
			expect(unverifiedReason(f), f.id).toContain(f.checked);
			expect(unverifiedReason(f), f.id).toContain(f.unreadBecause ?? '-');
			expect(factView(f).title, f.id).toContain('unverified');
			expect(factView(f).title, f.id).not.toContain(`checked ${f.checked}`);
		}
		expect(unverifiedReason(getFact('network.churn-duty-factor'))).toContain('assumption');
	});
});
