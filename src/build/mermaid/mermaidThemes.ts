/**
 * Mermaid theme variables for Starlight's two colour schemes. Each diagram is drawn once per
 * scheme and CSS shows the one that matches the page's `data-theme` (set by Starlight's toggle).
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
