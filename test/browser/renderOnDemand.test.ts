/**
 * The wizard and the comparison leave what is far below the form unrendered when the page loads
 * (content-visibility: auto), so loading them styles and lays out a fraction of their elements;
 * what the reader reaches by scrolling, a link, the keyboard or find in page is drawn in place,
 * and nothing moves while the page loads.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

const PHONE = { viewport: { width: 412, height: 823 } };

/** How many of the page's elements have a box the browser is drawing now, and how many in all. */
function renderedShare(page: Page) {
	return page.evaluate(() => {
		const all = [...document.body.querySelectorAll('*')];
		const drawn = all.filter((e) => e.checkVisibility({ contentVisibilityAuto: true }));
		return { drawn: drawn.length, all: all.length };
	});
}

/** Whether `selector`'s element is drawn and its top is inside the window. */
function drawnInView(page: Page, selector: string) {
	return page.evaluate((sel) => {
		const el = document.querySelector(sel);
		if (el === null) return { found: false, drawn: false, top: NaN, vh: window.innerHeight };
		return {
			found: true,
			drawn: el.checkVisibility({ contentVisibilityAuto: true }),
			top: Math.round(el.getBoundingClientRect().top),
			vh: window.innerHeight,
		};
	}, selector);
}

/** The layout shifts recorded since the page started loading (CLS without scrolling). */
function layoutShift(page: Page) {
	return page.evaluate(
		() =>
			new Promise<number>((done) => {
				let sum = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as unknown as { value: number }[]) sum += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => done(sum), 300);
			}),
	);
}

describe.each([
	{
		path: '/wizard/',
		links: ['#plan-tier-web', '#plan-tier-database', '#plan-rto', '#plan-traps'],
		focusable: 'input[name="tiers.1.name"]',
		text: 'Every question in the tree',
	},
	{
		path: '/compare/',
		links: ['#cmp-t0-h', '#cmp-t1-h'],
		focusable: '#cmp-t1-table a',
		text: 'Every option for the database tier',
	},
])('$path', ({ path, links, focusable, text }) => {
	it('on a phone, loads drawing under half of its elements, without a layout shift, and draws each block scrolled to', async () => {
		const { page, problems } = await watchedPage(site, PHONE);
		await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
		const { drawn, all } = await renderedShare(page);
		expect(all).toBeGreaterThan(1000);
		expect(drawn / all).toBeLessThan(0.5);
		expect(await layoutShift(page)).toBe(0);
		const blocks = await page.evaluate(
			() =>
				[...document.querySelectorAll('main *')].filter(
					(e) => getComputedStyle(e).contentVisibility === 'auto',
				).length,
		);
		expect(blocks).toBeGreaterThan(1);
		for (let i = 0; i < blocks; i++) {
			const drawnThere = await page.evaluate(async (n) => {
				const block = [...document.querySelectorAll('main *')].filter(
					(e) => getComputedStyle(e).contentVisibility === 'auto',
				)[n]!;
				// A block folded in a closed <details> (rejected options) is drawn when it is opened.
				if (block.closest('details:not([open])') !== null) return true;
				block.scrollIntoView();
				await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
				const inner = block.querySelector('*');
				return inner === null || inner.checkVisibility({ contentVisibilityAuto: true });
			}, i);
			expect(drawnThere, `block ${i}`).toBe(true);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('the plan summary’s links land on their headings, drawn', async () => {
		const { page, problems } = await watchedPage(site);
		await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
		for (const href of links) {
			await page.evaluate(() => window.scrollTo(0, 0));
			await page.locator(`.plan-summary a[href="${href}"]`).first().click();
			await expect
				.poll(() => drawnInView(page, href), { message: href })
				.toMatchObject({ found: true, drawn: true });
			const { top, vh } = await drawnInView(page, href);
			expect(top, href).toBeGreaterThanOrEqual(0);
			expect(top, href).toBeLessThan(vh / 2);
		}
		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('the keyboard reaches a field or link that was not drawn yet', async () => {
		const { page, problems } = await watchedPage(site, PHONE);
		await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
		const target = page.locator(focusable).first();
		const isDrawn = () =>
			target.evaluate((e) => e.checkVisibility({ contentVisibilityAuto: true }));
		expect(await isDrawn()).toBe(false);
		await target.focus();
		await expect.poll(isDrawn).toBe(true);
		expect(await target.evaluate((e) => e === document.activeElement)).toBe(true);

		expect(problems).toEqual([]);
		await page.context().close();
	});

	it('find in page reaches text that was not drawn yet', async () => {
		const { page, problems } = await watchedPage(site, PHONE);
		await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
		const found = await page.evaluate(
			(needle) => (window as unknown as { find: (s: string) => boolean }).find(needle),
			text,
		);
		expect(found, text).toBe(true);
		await expect
			.poll(() =>
				page.evaluate(() => {
					const at = window.getSelection()?.anchorNode?.parentElement;
					if (at === null || at === undefined) return { drawn: false, inView: false };
					const r = at.getBoundingClientRect();
					return {
						drawn: at.checkVisibility({ contentVisibilityAuto: true }),
						inView: r.bottom > 0 && r.top < window.innerHeight,
					};
				}),
			)
			.toEqual({ drawn: true, inView: true });
		expect(problems).toEqual([]);
		await page.context().close();
	});
});
