import { describe, expect, it } from 'vitest';
import {
	loadingText,
	loadOnce,
	typedBeforeReady,
	type TypedKey,
} from '~/components/search/searchLoader.ts';

const key = (name: string, mods: Partial<TypedKey> = {}): TypedKey => ({
	key: name,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods,
});

describe('loading Pagefind’s search UI on the reader’s first intent', () => {
	it('imports once however many intents arrive before and after it is ready', async () => {
		let imports = 0;
		let finish: (ui: string) => void = () => undefined;
		const load = loadOnce(() => {
			imports += 1;
			return new Promise<string>((resolve) => (finish = resolve));
		});
		// Pointer over the button, focus, then the click, all before the module arrives.
		const early = [load(), load(), load()];
		expect(imports).toBe(1);
		finish('the ui');
		await expect(Promise.all(early)).resolves.toEqual(['the ui', 'the ui', 'the ui']);
		// Ctrl+K later: the same UI, no second import.
		await expect(load()).resolves.toBe('the ui');
		expect(imports).toBe(1);
	});

	it('tries again on the next intent after a failed import, and keeps the success', async () => {
		let imports = 0;
		const load = loadOnce(() => {
			imports += 1;
			return imports === 1 ? Promise.reject(new Error('offline')) : Promise.resolve('the ui');
		});
		await expect(load()).rejects.toThrow('offline');
		await expect(load()).resolves.toBe('the ui');
		await expect(load()).resolves.toBe('the ui');
		expect(imports).toBe(2);
	});
});

describe('what the reader types before the search box exists', () => {
	it('keeps printable keys, including spaces and non-Latin letters, and honours Backspace', () => {
		let text = '';
		for (const k of ['f', 'a', 'i', 'l', 'x', 'Backspace', ' ', 'ü', '😀']) {
			text = typedBeforeReady(text, key(k)) ?? text;
		}
		expect(text).toBe('fail ü😀');
		expect(typedBeforeReady('', key('Backspace'))).toBe('');
	});

	it('leaves navigation keys and shortcuts to the browser', () => {
		for (const k of ['Escape', 'Tab', 'Enter', 'ArrowDown', 'Shift', 'F5']) {
			expect(typedBeforeReady('ab', key(k)), k).toBeUndefined();
		}
		expect(typedBeforeReady('ab', key('k', { ctrlKey: true }))).toBeUndefined();
		expect(typedBeforeReady('ab', key('k', { metaKey: true }))).toBeUndefined();
		expect(typedBeforeReady('ab', key('ArrowLeft', { altKey: true }))).toBeUndefined();
	});

	it('keeps characters typed with Option (macOS) or AltGr', () => {
		expect(typedBeforeReady('ab', key('√', { altKey: true }))).toBe('ab√');
		expect(typedBeforeReady('ab', key('@', { ctrlKey: true, altKey: true }))).toBe('ab@');
	});
});

describe('the loading line', () => {
	it('shows what the reader has typed so far, once there is something', () => {
		expect(loadingText('')).toBe('Loading search…');
		expect(loadingText('asr')).toBe('Loading search… Your search: “asr”');
	});
});
