/**
 * The site reads fully without JavaScript: the main content, the calculator's build-time result
 * and the wizard's build-time plan are shown, and no content waits for a script to reveal it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from '../support/browser.ts';

let site: Site;
beforeAll(async () => {
	site = await openSite();
});
afterAll(async () => {
	await site.close();
});

async function openWithoutJs(path: string) {
	const watched = await watchedPage(site, { javaScriptEnabled: false });
	await watched.page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
	return watched;
}

/**
 * Elements inside <main> that hold text but are not rendered. Not counted: what a closed
 * <details> holds (the reader opens it), and controls that only act with JavaScript (buttons, toolbars of buttons, a select's
 * options): not content.
 */
function hiddenContent() {
	const main = document.querySelector('main');
	if (main === null) return ['no <main>'];
	const out: string[] = [];
	for (const el of main.querySelectorAll<HTMLElement>('*')) {
		if (el.closest('svg, noscript, template, script, style, button, select') !== null) continue;
		if (el.closest('details:not([open])') !== null) continue;
		// Text that is only the labels of buttons (a toolbar shown once the script runs) is a
		// control, not content.
		const clone = el.cloneNode(true) as HTMLElement;
		for (const b of clone.querySelectorAll('button')) b.remove();
		const text = (clone.textContent ?? '').trim();
		if (text === '') continue;
		const style = getComputedStyle(el);
		const parentShown =
			el.parentElement === null || el.parentElement.checkVisibility({ visibilityProperty: true });
		if (parentShown && !el.checkVisibility({ visibilityProperty: true })) {
			out.push(
				`<${el.tagName.toLowerCase()} class="${el.className}"> display:${style.display} "${text.slice(0, 60)}"`,
			);
		}
	}
	return out;
}

describe('without JavaScript', () => {
	it.each(['/', '/patterns/stateful/site-recovery-a2a/', '/wizard/', '/concepts/rto-and-rpo/'])(
		'%s shows its main content and hides nothing behind a script',
		async (path) => {
			const { page, problems } = await openWithoutJs(path);
			await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
			const mainText = await page.locator('main').innerText();
			expect(mainText.length).toBeGreaterThan(400);
			expect(await page.evaluate(hiddenContent)).toEqual([]);
			expect(problems).toEqual([]);
			await page.context().close();
		},
	);

	it("shows the calculator's build-time result", async () => {
		const { page } = await openWithoutJs('/patterns/stateful/site-recovery-a2a/');
		const results = page.locator('.calculator [data-results]');
		await expect(results.isVisible()).resolves.toBe(true);
		expect(await results.innerText()).toMatch(/RTO|Total/);
		// Each option folds its workings behind its headline figures; a reader opens one without
		// JavaScript (a native <details>) and reads its cost lines.
		await results.locator('summary').first().click();
		expect(
			await page.locator('.calculator [data-cost-kind="licence"] td').first().isVisible(),
		).toBe(true);
		await page.context().close();
	});

	it("shows the wizard's build-time plan and form", async () => {
		const { page } = await openWithoutJs('/wizard/');
		const plan = page.locator('.wizard [data-plan]');
		await expect(plan.isVisible()).resolves.toBe(true);
		expect((await plan.innerText()).length).toBeGreaterThan(200);
		await expect(page.locator('.workload-form').isVisible()).resolves.toBe(true);
		await page.context().close();
	});
});
