/**
 * Generally available before preview (review R21): Site Recovery protects Linux Trusted Launch VMs
 * in preview only, so the engine prefers a generally available option that meets the tier's
 * targets within budget, and keeps Site Recovery, with its reason, when nothing else will do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkload, recommend, type Evaluation, type TierInput } from '~/model/index.ts';
import { workloadArb } from './arbitraries.ts';
import { all, byKey, oneTierPlanner } from './supportRulesHelpers.ts';

const db: TierInput = { name: 'db', kind: 'stateful', data: 'vm-plain', vmCount: 2, dataGiB: 512 };
const plan = oneTierPlanner('Preview preference', db, 24 * 60);
const previewOf = (e: Evaluation | undefined) =>
	(e?.rejections ?? []).filter((r) => r.kind === 'preview');

describe('preview preference', () => {
	it('sets Site Recovery aside for a Linux Trusted Launch tier when a generally available option meets the targets', () => {
		// An RPO of 2 h: disk copies every hour meet it too.
		const p = plan({ securityType: 'trusted-launch', os: 'linux' }, { rpoMinutes: 120 });
		const tier = p.tiers[0];
		expect(tier?.meetsTargets).toBe(true);
		expect(tier?.recommended.patternId).not.toBe('site-recovery-a2a');
		expect(tier?.recommended.preview).toBeUndefined();
		const asr = byKey(p, 'site-recovery-a2a');
		expect(asr?.viable).toBe(false);
		const [why] = previewOf(asr);
		expect(why?.reason).toContain('preview');
		expect(why?.reason).toContain(tier?.recommended.name ?? '?');
		// Set aside, not ruled out: its own targets are judged as before.
		expect(asr?.targetStatus.rto.status).not.toBe('missed');
		expect(asr?.targetStatus.rto.ruledOut).toBeUndefined();
	});

	it('keeps Site Recovery for Windows Trusted Launch, generally available there', () => {
		const p = plan({ securityType: 'trusted-launch', os: 'windows' }, { rpoMinutes: 30 });
		expect(p.tiers[0]?.recommended.patternId).toBe('site-recovery-a2a');
		expect(all(p).every((e) => previewOf(e).length === 0)).toBe(true);
	});

	it('reads a tier that names no operating system as Linux, as its price does', () => {
		const p = plan({ securityType: 'trusted-launch' }, { rpoMinutes: 30 });
		expect(byKey(p, 'site-recovery-a2a')?.preview?.factIds).toEqual(['asr.trusted-launch']);
	});

	it('uses the preview option, with its trap, when nothing generally available meets the targets', () => {
		// An RPO of 30 min on a plain VM: only Site Recovery's 5-minute points meet it.
		const p = plan({ securityType: 'trusted-launch', os: 'linux' }, { rpoMinutes: 30 });
		const tier = p.tiers[0];
		expect(tier?.recommended.patternId).toBe('site-recovery-a2a');
		expect(tier?.recommended.viable).toBe(true);
		expect(tier?.recommended.preview?.reason).toContain('preview');
		expect(p.traps.some((t) => t.id.startsWith('asr-trusted-launch'))).toBe(true);
	});

	it('never chooses a preview option while a generally available one meets the targets within budget', () => {
		// Trusted Launch tiers, with targets loose enough now and then that options compete.
		const trustedLaunch = fc
			.tuple(
				workloadArb,
				fc.constantFrom('linux', 'windows'),
				fc.option(fc.constantFrom(240, 1440), { nil: undefined }),
			)
			.map(([w, os, loose]) => ({
				...w,
				...(loose === undefined ? {} : { rtoMinutes: loose, rpoMinutes: loose }),
				tiers: w.tiers.map(({ rtoMinutes, rpoMinutes, ...t }) => ({
					...t,
					...(loose === undefined ? { rtoMinutes, rpoMinutes } : {}),
					securityType: 'trusted-launch',
					os,
				})),
			}));
		let setAside = 0;
		fc.assert(
			fc.property(trustedLaunch, (input) => {
				const r = parseWorkload(input);
				if (!r.ok) return;
				for (const t of recommend(r.workload).tiers) {
					if (t.recommended.preview !== undefined)
						expect(t.alternatives.filter((e) => e.preview === undefined)).toEqual([]);
					for (const e of t.rejected.filter((x) => previewOf(x).length > 0)) {
						setAside += 1;
						expect(e.rejections.map((x) => x.kind)).toEqual(['preview']);
						expect(t.recommended.preview).toBeUndefined();
						expect(t.meetsTargets).toBe(true);
					}
				}
			}),
			{ numRuns: 40 },
		);
		expect(setAside).toBeGreaterThan(0);
	});
});
