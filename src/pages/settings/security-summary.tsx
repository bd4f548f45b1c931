import type { ApiToken, Crate } from '@/api/types';
import { cratePosture, POSTURE_TEXT } from '@/lib/crate-security';
import { FLAG_LABELS, rankTokens } from '@/lib/token-hygiene';
import { listInWords } from '@/lib/token-scopes';

export type SecuritySummaryProps = {
  crates: Crate[];
  /** Trusted publishers per crate name. */
  publishers: Map<string, number>;
  tokens: ApiToken[];
  now: Date;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One sentence on the account's posture, then a link to every problem. */
export function SecuritySummary({ crates, publishers, tokens, now }: SecuritySummaryProps) {
  const postures = crates.map((c) => ({
    crate: c,
    posture: cratePosture(c.trustpub_only, publishers.get(c.name) ?? 0),
  }));
  const protectedCount = postures.filter((p) => p.posture === 'protected').length;
  const flagged = rankTokens(tokens, now).filter((t) => t.flags.length > 0);
  const neverExpire = flagged.filter((t) => t.flags.includes('never-expires')).length;
  const problems = [
    ...postures.flatMap(({ crate, posture }) => {
      const problem = POSTURE_TEXT[posture].problem;
      return problem ? [{ href: `#crate-${crate.name}`, text: `${crate.name} ${problem}` }] : [];
    }),
    ...flagged.map(({ token, flags }) => ({
      href: `#token-${token.id}`,
      text: `Token “${token.name}”: ${listInWords(flags.map((f) => FLAG_LABELS[f].toLowerCase()))}`,
    })),
  ];

  const sentence = [
    crates.length > 0 &&
      `${protectedCount} of ${plural(crates.length, 'crate', 'crates')} ${protectedCount === 1 ? 'publishes' : 'publish'} only through trusted publishing`,
    neverExpire > 0 && `${plural(neverExpire, 'token never expires', 'tokens never expire')}`,
  ].filter(Boolean);

  return (
    <section aria-labelledby="summary-title" className="rounded-lg bg-surface-2 p-4">
      <h2 id="summary-title" className="font-semibold text-lg">
        Summary
      </h2>
      <p className="mt-1">
        {sentence.length > 0 ? `${sentence.join('; ')}.` : 'You own no crates and have no tokens.'}
      </p>
      {problems.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing needs your attention.</p>
      ) : (
        <>
          <h3 className="mt-3 text-sm font-semibold">
            {plural(problems.length, 'thing needs', 'things need')} your attention
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {problems.map((p) => (
              <li key={p.href}>
                <a className="link" href={p.href}>
                  {p.text}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
