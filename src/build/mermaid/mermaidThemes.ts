/**
 * Mermaid theme variables for Starlight's two colour schemes, and the CSS custom properties that
 * carry them. Each diagram is drawn once per scheme at build time, but only one SVG reaches the
 * page: every colour that differs between the two drawings becomes `var(--dg-…)`
 * (themeSvg.ts), and src/styles/diagrams.css defines each property for light and dark, following
 * the page's `data-theme` (set by Starlight's toggle).
 * Contrast: text on node fill is at least 7:1 in both schemes.
 */
export type ColourScheme = 'light' | 'dark';

export const COLOUR_SCHEMES: readonly ColourScheme[] = ['light', 'dark'];

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif';

export const MERMAID_THEME_VARIABLES: Record<ColourScheme, Record<string, string | boolean>> = {
	light: {
		darkMode: false,
		background: '#ffffff',
		fontFamily: FONT,
		primaryColor: '#eef2ff',
		primaryBorderColor: '#3730a3',
		primaryTextColor: '#111827',
		secondaryColor: '#ecfdf5',
		secondaryBorderColor: '#065f46',
		secondaryTextColor: '#111827',
		tertiaryColor: '#f8fafc',
		tertiaryBorderColor: '#475569',
		tertiaryTextColor: '#111827',
		lineColor: '#374151',
		textColor: '#111827',
		edgeLabelBackground: '#ffffff',
		clusterBkg: '#f8fafc',
		clusterBorder: '#64748b',
		titleColor: '#111827',
	},
	dark: {
		darkMode: true,
		background: '#17181c',
		fontFamily: FONT,
		primaryColor: '#1e1b4b',
		primaryBorderColor: '#a5b4fc',
		primaryTextColor: '#f3f4f6',
		secondaryColor: '#052e2b',
		secondaryBorderColor: '#6ee7b7',
		secondaryTextColor: '#f3f4f6',
		tertiaryColor: '#1f2937',
		tertiaryBorderColor: '#94a3b8',
		tertiaryTextColor: '#f3f4f6',
		lineColor: '#d1d5db',
		textColor: '#f3f4f6',
		edgeLabelBackground: '#17181c',
		clusterBkg: '#111827',
		clusterBorder: '#94a3b8',
		titleColor: '#f3f4f6',
	},
};

export interface DiagramColour {
	/** The custom property, without the leading `--`. */
	property: string;
	light: string;
	dark: string;
}

/**
 * Every colour pair a diagram may show, as Mermaid writes it into the SVG: the theme variables
 * above and the few colours Mermaid derives from them. src/styles/diagrams.css defines each
 * property with these values (a unit test holds the two together); a pair missing here fails the
 * build and names itself.
 */
export const DIAGRAM_COLOURS: readonly DiagramColour[] = [
	{ property: 'dg-text', light: '#111827', dark: '#f3f4f6' },
	{ property: 'dg-background', light: '#ffffff', dark: '#17181c' },
	{
		property: 'dg-label-backdrop',
		light: 'rgba(255, 255, 255, 0.5)',
		dark: 'rgba(23, 24, 28, 0.5)',
	},
	{ property: 'dg-line', light: '#374151', dark: '#d1d5db' },
	{ property: 'dg-arrowhead', light: '#000000', dark: '#e8e7e3' },
	{ property: 'dg-node', light: '#eef2ff', dark: '#1e1b4b' },
	{ property: 'dg-node-border', light: '#3730a3', dark: '#a5b4fc' },
	{ property: 'dg-secondary', light: '#ecfdf5', dark: '#052e2b' },
	{ property: 'dg-secondary-border', light: '#065f46', dark: '#6ee7b7' },
	{ property: 'dg-tertiary', light: '#f8fafc', dark: '#1f2937' },
	{ property: 'dg-tertiary-border', light: '#475569', dark: '#94a3b8' },
	{ property: 'dg-cluster', light: '#f8fafc', dark: '#111827' },
	{ property: 'dg-cluster-border', light: '#64748b', dark: '#94a3b8' },
];
