/** Where a plan's prices come from, and their date: shown beside every cost. */
import { PRICE_SNAPSHOT } from '../facts/priceSnapshot.ts';
import { PRICE_REGION } from '../facts/priceMeters.ts';

export interface PricesAsOf {
	source: 'retail-prices-api' | 'estimates';
	date: string;
	text: string;
}

/** The date the price estimates were written (facts/review.ts, estimateWritten). */
const ESTIMATES_DATE = '2026-12-07';

export function pricesAsOf(): PricesAsOf {
	if (PRICE_SNAPSHOT !== undefined) {
		return {
			source: 'retail-prices-api',
			date: PRICE_SNAPSHOT.date,
			text: `Prices: Azure Retail Prices API, pay-as-you-go in ${PRICE_REGION}, read ${PRICE_SNAPSHOT.date} (npm run prices:refresh); prices it did not return, and the few no source names a meter for, stay labelled estimates with their own dates.`,
		};
	}
	return {
		source: 'estimates',
		date: ESTIMATES_DATE,
		text: `Prices: labelled estimates of pay-as-you-go list prices in ${PRICE_REGION}, made ${ESTIMATES_DATE} (the pricing pages could not be read); npm run prices:refresh reads those it has meters for from the Azure Retail Prices API. Each cost line’s sources give its price’s date.`,
	};
}
