import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sidebarLinks, sidebarPage } from '~/build/content/sidebarLinks.ts';

describe('sidebarPage', () => {
	it('reads the title, a quoted title, the sidebar label and order', () => {
		expect(sidebarPage('---\ntitle: RTO and RPO\ndescription: x\n---\nbody')).toEqual({
			label: 'RTO and RPO',
			order: undefined,
			hidden: false,
		});
		expect(
			sidebarPage("---\ntitle: 'The ladder: a to b'\nsidebar:\n  order: 3\n  label: Ladder\n---\n"),
		).toEqual({ label: 'Ladder', order: 3, hidden: false });
		expect(sidebarPage('---\ntitle: X\nsidebar:\n  hidden: true\n---\n')?.hidden).toBe(true);
	});

	it('has nothing for a file without frontmatter or title', () => {
		expect(sidebarPage('# no frontmatter')).toBeUndefined();
		expect(sidebarPage('---\ndescription: d\n---\n')).toBeUndefined();
	});
});

describe('sidebarLinks', () => {
	it('lists a folder’s pages by order, then title, without subfolders or hidden pages', () => {
		const root = mkdtempSync(join(tmpdir(), 'sidebar-'));
		mkdirSync(join(root, 'concepts', 'deeper'), { recursive: true });
		const page = (file: string, front: string) =>
			writeFileSync(join(root, 'concepts', file), `---\n${front}\n---\n`);
		page('b.mdx', 'title: Beta');
		page('a.mdx', 'title: Alpha');
		page('z.mdx', 'title: Zed\nsidebar:\n  order: 1');
		page('h.mdx', 'title: Hidden\nsidebar:\n  hidden: true');
		page('_draft.mdx', 'title: Draft');
		page('deeper/d.mdx', 'title: Deeper');
		expect(sidebarLinks('concepts', root)).toEqual([
			{ label: 'Zed', link: '/concepts/z/' },
			{ label: 'Alpha', link: '/concepts/a/' },
			{ label: 'Beta', link: '/concepts/b/' },
		]);
	});

	it('finds every concepts page of this site, the new ones included', () => {
		const links = sidebarLinks('concepts').map((l) => l.link);
		expect(links).toContain('/concepts/standby-ladder/');
		expect(links).toContain('/concepts/recovery-order/');
		expect(links.length).toBeGreaterThan(5);
	});
});
