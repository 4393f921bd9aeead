import { describe, expect, it } from 'vitest';
import { findHardcodedFigures } from '~/build/content/findHardcodedFigures.ts';

const matches = (source: string) => findHardcodedFigures(source).map((f) => f.match);

describe('findHardcodedFigures', () => {
	it.each([
		['Recovery points every 5 minutes.', '5 minutes'],
		['An RTO of 2 h is the SLA.', '2 h'],
		['About 36-hour RPO.', '36-hour'],
		['It costs $25 a month.', '$25'],
		['It costs USD 25 a month.', 'USD 25'],
		['Up to 1,684 GB a day.', '1,684 GB'],
		['Churn of 20 MB/s per disk.', '20 MB/s'],
		['A 99.95% SLA.', '99.95%'],
		['Kept for 15 days.', '15 days'],
	])('flags %j', (source, figure) => {
		expect(matches(source)).toEqual([figure]);
	});

	it('passes figures that come from components, code and frontmatter', () => {
		const source = [
			'---',
			'title: Ten minutes',
			'description: Every 5 minutes.',
			'---',
			"import Fact from '../../../src/components/Fact.astro';",
			'',
			'Points are taken every <Fact id="asr.crash-point-interval" />.',
			'<Diagram code={`flowchart LR',
			'  A[5 minutes] --> B',
			'`} title="x" description="y" />',
			'Run `azcopy --cap-mbps 100 MB/s`.',
			'```sh',
			'sleep 30s # 30 s',
			'```',
			'In 2016 there were 3 caveats and version 1.8 of the SLA.',
		].join('\n');
		expect(findHardcodedFigures(source)).toEqual([]);
	});

	it('scans prose between component tags and reports the line', () => {
		const source =
			'Intro.\n<Diagram code="x" title="t" description="d">\n  1. Wait 30 seconds.\n</Diagram>\n';
		expect(findHardcodedFigures(source)).toEqual([
			{ line: 3, match: '30 seconds', text: '1. Wait 30 seconds.' },
		]);
	});
});
