/**
 * Getting the wizard's plan out of the page: a file downloaded, or the one-page summary printed
 * alone.
 */
import type { Plan } from '~/model/index.ts';
import { planBriefHtml } from './planBriefView.ts';

/**
 * Prints the one-page summary alone: it is filled, moved to the end of <body> (so that print CSS
 * can hide everything else, planBrief.css), printed, and put back.
 */
export function printBrief(root: HTMLElement, plan: Plan): void {
	const brief = root.querySelector<HTMLElement>('[data-brief]');
	if (brief === null) return;
	const home = brief.parentElement;
	brief.innerHTML = planBriefHtml(plan, window.location.href).value;
	document.body.append(brief);
	document.documentElement.dataset['printBrief'] = 'yes';
	const restore = () => {
		delete document.documentElement.dataset['printBrief'];
		home?.append(brief);
	};
	window.addEventListener('afterprint', restore, { once: true });
	window.print();
}

export function download(name: string, type: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
