// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { rehypeMermaid } from './src/build/mermaid/rehypeMermaid.ts';
import { rehypeBlockItemLists, starlightListRuleWithoutHas } from './src/build/css/listSpacing.ts';
import { diagramRendererIntegration } from './src/build/mermaid/diagramIntegration.ts';
import { factReviewIntegration } from './src/build/factReviewIntegration.ts';
import { inlineHashesIntegration } from './src/build/csp/inlineHashes.ts';
import { machineReadableIntegration } from './src/build/machineReadable/machineReadableIntegration.ts';
import { quietHeadInjectWarning } from './src/build/quietHeadInjectWarning.ts';
import { SEARCH_RANKING } from './src/build/searchRanking.ts';
import { sidebarLinks } from './src/build/content/sidebarLinks.ts';

const SITE_TITLE = 'Azure VM DR Guides';
const SITE_DESCRIPTION =
	'Executable decision guides for keeping Azure VM workloads running when a region is disrupted.';

export default defineConfig({
	site: 'https://azure-vm-dr-guides.example',
	trailingSlash: 'always',
	security: {
		// A Content-Security-Policy <meta> on every page: Astro hashes its own scripts and styles;
		// src/build/csp/ adds the hashes of the inline code it does not hash (Mermaid SVG styles,
		// Starlight's inline scripts and style attributes). Host headers: public/staticwebapp.config.json.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// No 'wasm-unsafe-eval': Pagefind 1.6 compiles its WebAssembly index reader inside a Web
			// Worker (pagefind-worker.js, allowed by worker-src 'self'), and a worker's policy comes
			// from its own response, not from this <meta>. The browser CSP test runs a search.
			scriptDirective: { resources: ["'self'"] },
		},
	},
	// One upstream warning per MDX page, harmless (see the plugin and the README's build notes).
	// Starlight's list-spacing rule without its page-wide :has() (see src/build/css/listSpacing.ts).
	vite: { plugins: [quietHeadInjectWarning(), starlightListRuleWithoutHas()] },
	markdown: {
		// Remark/rehype plugins need the unified processor on Astro 7 (Sätteri is the default).
		// rehypeMermaid is listed here so it runs before Expressive Code claims the fence.
		processor: unified({ rehypePlugins: [rehypeMermaid, rehypeBlockItemLists] }),
		// Starlight's Expressive Code highlights code blocks (styles in its stylesheet); Astro's own
		// Shiki would add inline styles the Content-Security-Policy does not allow.
		syntaxHighlight: false,
	},
	integrations: [
		starlight({
			title: SITE_TITLE,
			description: SITE_DESCRIPTION,
			lastUpdated: false,
			// Our own 404 page (src/pages/404.astro): Starlight's looks up a docs entry that a
			// static site cannot also route, and warns either way.
			disable404Route: true,
			// The title is followed by the page's Markdown twin and a copy button.
			// Search: ranking weights shared with test/browser/searchQuality.test.ts, and each page's
			// other names (src/model/patterns/synonyms.ts) indexed through the MarkdownContent override.
			pagefind: { ranking: SEARCH_RANKING },
			// The title is followed by the page's Markdown twin and a copy button.
			components: {
				PageTitle: './src/components/page/PageTitle.astro',
				MarkdownContent: './src/components/search/MarkdownContent.astro',
				// Starlight's search, with Pagefind's UI loaded when the reader heads for search.
				Search: './src/components/search/Search.astro',
			},
			customCss: ['./src/styles/diagrams.css', './src/styles/site.css'],
			// Pattern pages' headings come from their layout: complete their table of contents.
			routeMiddleware: [
				'./src/components/pattern/patternToc.ts',
				// The facts page's categories are headings of its component: listed on the page too.
				'./src/components/facts/factsToc.ts',
			],
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', link: '/' },
						{ label: 'Find a pattern', link: '/find/' },
						{ label: 'Decision wizard', link: '/wizard/' },
						{ label: 'Import your VMs', link: '/import/' },
						{ label: 'Plan an estate', link: '/estate/' },
						{ label: 'Compare patterns', link: '/compare/' },
						{ label: 'Worked cases', link: '/cases/' },
					],
				},
				{ label: 'Concepts', items: sidebarLinks('concepts') },
				{
					label: 'False friends',
					items: sidebarLinks('patterns/false-friends'),
				},
				{ label: 'Stateless VMs', items: sidebarLinks('patterns/stateless') },
				{ label: 'Stateful VMs', items: sidebarLinks('patterns/stateful') },
				{ label: 'Data in PaaS', items: sidebarLinks('patterns/data') },
				{ label: 'Reference', items: sidebarLinks('reference') },
			],
		}),
		diagramRendererIntegration(),
		factReviewIntegration(),
		machineReadableIntegration({ title: SITE_TITLE, description: SITE_DESCRIPTION }),
		inlineHashesIntegration(),
	],
});
