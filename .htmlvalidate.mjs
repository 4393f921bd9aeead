// html-validate's configuration (a module rather than .htmlvalidate.json, which cannot hold the
// comments that say why each exception exists). Recommended preset; every exception below is
// forced by Starlight's own markup (or Mermaid's SVG), except the last, which is ours.
export default {
	extends: ['html-validate:recommended'],
	rules: {
		// Starlight (Astro's compiler) writes <meta/> and <link/> self-closed, other void elements not.
		'void-style': 'off',
		// Starlight sets style attributes on its icons (--sl-icon-size), sidebar (--depth), theme
		// select and search dialog, and Mermaid's SVG edges carry them too. Each is listed by hash in
		// the page's Content-Security-Policy (src/build/csp/); our own components use classes.
		'no-inline-style': 'off',
		// Starlight's search, search-dialog close and mobile menu buttons have no type attribute
		// (none of them is in a form). Ours all declare one.
		'no-implicit-button-type': 'off',
		// Starlight renders the table of contents twice (mobile and desktop, one shown at a time),
		// both <nav> landmarks with the same "On this page" name.
		'unique-landmark': 'off',
		// Starlight's skip-link target is id="_top", which the strict id syntax rejects; relaxed mode
		// still rejects empty ids and ids with whitespace, as HTML does.
		'valid-id': ['error', { relaxed: true }],
		// Starlight appends " | Azure VM DR Guides" (21 characters) to every title: 70 for ours.
		'long-title': ['error', { maxlength: 91 }],
		// Checkbox groups share a name, as HTML intends (the finder's filters, each group one list).
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
		// Tables whose rows a phone stacks (planView.ts, protectionView.ts) state their elements'
		// own table roles: WebKit drops table semantics under those display values. Other
		// redundant roles are still errors.
		'no-redundant-role': [
			'error',
			{ exclude: ['table', 'rowgroup', 'row', 'rowheader', 'columnheader', 'cell'] },
		],
	},
};
