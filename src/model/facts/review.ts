/**
 * When this project last compared the fact sheet with its sources, and when to look again.
 * A fact may override these with its own dates.
 */
export const LAST_REVIEW = '2026-11-25';
export const NEXT_REVIEW = '2027-05-25';

export const reviewed = { checked: LAST_REVIEW, reviewBy: NEXT_REVIEW } as const;
