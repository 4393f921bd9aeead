/**
 * Finds durations, cadences and counts written as words ("each quarter", "twice a year",
 * "two instances", "three VMs"): figures that slip past the digit-based scan in
 * findHardcodedFigures. Like digits, they belong in a fact, so that text follows the fact.
 *
 * Structural counts that are not figures to look up ("two regions", "one VM per tier",
 * "another zone") are not matched: only "one" is never counted, and regions, zones,
 * galleries and copies are left out of the counted nouns.
 */
export interface WordFigure {
	match: string;
	index: number;
}

const PERIOD = String.raw`(?:hour|day|week|fortnight|month|quarter|year)`;
/** "each quarter", "every month", "once a week", "twice a year", "twice per year". */
const CADENCE = String.raw`\b(?:each|every|once\s+(?:a|an|per|each)|twice\s+(?:a|an|per|each)|(?:two|three|four)\s+times\s+(?:a|an|per|each))\s+${PERIOD}\b`;
/** "quarterly", "twice-yearly", "biannually", "fortnightly". */
const CADENCE_WORD = String.raw`\b(?:quarterly|twice-yearly|semi-annually|biannually|fortnightly)\b`;
const NUMBER_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+hundred|a\s+dozen|dozens\s+of|hundreds\s+of)`;
const COUNTED = String.raw`(?:instances?|VMs?|virtual\s+machines?|machines?|nodes?|replicas?|servers?|seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|times)`;
/** "two instances", "three VMs", "ten minutes", "a dozen nodes". */
const COUNT = String.raw`\b${NUMBER_WORD}(?:\s+or\s+more)?(?:\s+|-)${COUNTED}\b`;

const WORD_FIGURE = new RegExp(`${CADENCE}|${CADENCE_WORD}|${COUNT}`, 'gi');

export function findWordFigures(text: string): WordFigure[] {
	return [...text.matchAll(WORD_FIGURE)].map((m) => ({ match: m[0], index: m.index }));
}
