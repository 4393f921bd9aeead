/**
 * The latest prices read from the Azure Retail Prices API by `npm run prices:refresh`, by fact
 * id. Written by that script (scripts/pricesRefresh.ts); do not edit by hand. Undefined until a
 * refresh has run: the price facts then keep their labelled estimates.
 */
import type { PriceSnapshot } from './priceSnapshotType.ts';

export const PRICE_SNAPSHOT: PriceSnapshot | undefined = undefined;
