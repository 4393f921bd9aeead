import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { openFoldAtHash } from '~/components/page/openFoldAtHash.ts';

const PAGE = `<!doctype html><html><body>
<section aria-labelledby="group-asr"><h2 id="group-asr">Site Recovery</h2>
	<details id="fold-asr"><summary>34 facts</summary>
		<dl><div id="fact-asr.rpo"><dt>RPO</dt></div></dl>
	</details>
</section>
<section aria-labelledby="case-h"><h3 id="case-h">Site Recovery</h3>
	<p>RTO 1 h</p>
	<details id="working"><summary>How</summary><p>steps</p>
		<details id="inner"><summary>more</summary></details>
	</details>
</section>
<details id="outer"><summary>Outer</summary><details id="nested"><summary>In</summary><p id="deep">x</p></details></details>
</body></html>`;

const open = (doc: Document, id: string) => doc.getElementById(id)?.hasAttribute('open');

describe('openFoldAtHash', () => {
	it('opens the fold a fact sits in, and returns the fact to scroll to', () => {
		const { document } = parseHTML(PAGE);
		expect(open(document, 'fold-asr')).toBe(false);
		expect(openFoldAtHash(document, '#fact-asr.rpo')?.id).toBe('fact-asr.rpo');
		expect(open(document, 'fold-asr')).toBe(true);
		expect(open(document, 'working')).toBe(false);
	});

	it('opens every fold around a target, nested ones included', () => {
		const { document } = parseHTML(PAGE);
		openFoldAtHash(document, '#deep');
		expect([open(document, 'outer'), open(document, 'nested')]).toEqual([true, true]);
	});

	it('opens the folds of the section a heading names, not folds nested deeper', () => {
		const { document } = parseHTML(PAGE);
		expect(openFoldAtHash(document, '#case-h')?.id).toBe('case-h');
		expect(open(document, 'working')).toBe(true);
		expect(open(document, 'inner')).toBe(false);
		expect(open(document, 'fold-asr')).toBe(false);
	});

	it('does nothing for an empty, unknown or already open target', () => {
		const { document } = parseHTML(PAGE);
		expect(openFoldAtHash(document, '')).toBeUndefined();
		expect(openFoldAtHash(document, '#nowhere')).toBeUndefined();
		openFoldAtHash(document, '#case-h');
		expect(openFoldAtHash(document, '#case-h')).toBeUndefined();
	});
});
