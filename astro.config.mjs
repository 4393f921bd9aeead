// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { rehypeMermaid } from './src/build/mermaid/rehypeMermaid.ts';
import { diagramRendererIntegration } from './src/build/mermaid/diagramIntegration.ts';
import { factReviewIntegration } from './src/build/factReviewIntegration.ts';

export default defineConfig({
	site: 'https://azure-vm-dr-guides.example',
	trailingSlash: 'always',
	markdown: {
		// Remark/rehype plugins need the unified processor on Astro 7 (Sätteri is the default).
		// rehypeMermaid is listed here so it runs before Expressive Code claims the fence.
		processor: unified({ rehypePlugins: [rehypeMermaid] }),
	},
	integrations: [
		starlight({
			title: 'Azure VM DR Guides',
			description:
				'Executable decision guides for keeping Azure VM workloads running when a region is disrupted.',
			lastUpdated: false,
			customCss: ['./src/styles/diagrams.css', './src/styles/site.css'],
			sidebar: [
				{
					label: 'Start here',
					items: [
						{ label: 'Overview', link: '/' },
						{ label: 'Find a pattern', link: '/find/' },
						{ label: 'Decision wizard', link: '/wizard/' },
						{ label: 'Compare patterns', link: '/compare/' },
						{ label: 'Worked cases', link: '/cases/' },
					],
				},
				{ label: 'Concepts', items: [{ autogenerate: { directory: 'concepts' } }] },
				{
					label: 'False friends',
					items: [{ autogenerate: { directory: 'patterns/false-friends' } }],
				},
				{ label: 'Stateless VMs', items: [{ autogenerate: { directory: 'patterns/stateless' } }] },
				{ label: 'Stateful VMs', items: [{ autogenerate: { directory: 'patterns/stateful' } }] },
				{ label: 'Data in PaaS', items: [{ autogenerate: { directory: 'patterns/data' } }] },
				{ label: 'Reference', items: [{ autogenerate: { directory: 'reference' } }] },
			],
		}),
		diagramRendererIntegration(),
		factReviewIntegration(),
	],
});
