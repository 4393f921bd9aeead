import { describe, expect, it } from 'vitest';
import { findSplitSentences } from '~/build/content/findSplitSentences.ts';

describe('findSplitSentences', () => {
	it('finds a sentence cut before an inline component', () => {
		const mdx = 'Those allow about <Fact id="a" /> and\n\n<Fact id="b" /> of downtime.\n';
		expect(findSplitSentences(mdx)).toEqual([
			{ line: 3, text: 'Those allow about <Fact id="a" /> and ⏎⏎ <Fact id="b" /> of downtime.' },
		]);
	});

	it('accepts a component that starts a new paragraph after a finished one', () => {
		expect(findSplitSentences('One sentence.\n\n<Fact id="a" /> starts the next.\n')).toEqual([]);
		expect(findSplitSentences('## Heading\n\n<Fact id="a" /> first.\n')).toEqual([]);
		expect(findSplitSentences('Intro:\n\n<PatternLink pattern="x" /> is one.\n')).toEqual([]);
	});

	it('accepts block components and code', () => {
		expect(findSplitSentences('Text that goes on\n\n<Caveats pattern="x" />\n')).toEqual([]);
	});
});
