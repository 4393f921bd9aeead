/**
 * The pattern finder's filter and sort rules as a static stylesheet (/pattern-finder.css),
 * generated from the model at build time. A linked stylesheet rather than an inline <style>:
 * allowed by the Content-Security-Policy's style-src 'self' and valid inside <body>.
 */
import type { APIRoute } from 'astro';
import { finderStylesheet } from '~/components/catalogue/finderData.ts';

export const GET: APIRoute = () =>
	new Response(`${finderStylesheet}\n`, { headers: { 'content-type': 'text/css; charset=utf-8' } });
