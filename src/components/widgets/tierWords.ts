/**
 * A tier's kind and where its data lives, in the words a reader sees (never the schema's codes
 * such as "vm-replication"): the plan's and the comparison's tier headings, and the cases.
 */
import type { Tier } from '~/model/index.ts';

/** Where the data lives, as the end of a sentence. */
export const DATA_TEXT: Record<Tier['data'], string> = {
	none: 'stateless',
	'vm-replication': 'data on VMs, with native replication and backup',
	'vm-backup': 'data on VMs, with native backup only',
	'vm-plain': 'data on VMs, with neither replication nor backup',
	paas: 'data in a PaaS database',
};

const dataText = (data: string): string | undefined =>
	(DATA_TEXT as Readonly<Record<string, string>>)[data];

/** "stateless", or "stateful, data on VMs, with native backup only" (plans type these as text). */
export function tierKindText(tier: { kind: string; data: string }): string {
	if (tier.kind === 'stateless' || tier.data === 'none') return 'stateless';
	const data = dataText(tier.data);
	return data === undefined ? 'stateful' : `stateful, ${data}`;
}
