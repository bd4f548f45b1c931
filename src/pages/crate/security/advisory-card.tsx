import type { OsvAdvisory } from '@/api/advisories';
import { informationalKind } from '@/lib/osv';
import { paths } from '@/lib/paths';
import { AdvisoryDetails } from './advisory-details';
import { AdvisoryFacts } from './advisory-facts';

const KIND_LABEL = {
  unmaintained: 'Unmaintained',
  unsound: 'Unsound',
  notice: 'Notice',
} as const;

/** Summaries are one line of Markdown: only `code` spans are worth rendering. */
function Summary({ text }: { text: string }) {
  const parts = text.split('`');
  if (parts.length % 2 === 0) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a fixed string
          <code key={i} className="font-mono text-[0.9em]">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** One RustSec advisory: what it is, which versions, and the details. */
export function AdvisoryCard({ advisory }: { advisory: OsvAdvisory }) {
  const kind = informationalKind(advisory);
  const titleId = `advisory-${advisory.id}`;
  return (
    <article
      aria-labelledby={titleId}
      className="min-w-0 rounded-lg border border-line bg-surface p-4 sm:p-5"
    >
      <h3 id={titleId} className="text-lg font-semibold break-words">
        <a
          href={paths.rustsecAdvisory(advisory.id)}
          rel="nofollow noopener noreferrer"
          className="font-mono text-link underline"
        >
          {advisory.id}
        </a>
        {advisory.summary && (
          <span>
            : <Summary text={advisory.summary} />
          </span>
        )}
      </h3>
      <p className="mt-1 text-sm">
        {kind ? (
          <span className="rounded bg-warn-soft px-2 py-0.5 font-semibold text-ink">
            Informational: {KIND_LABEL[kind]}
          </span>
        ) : (
          <span className="rounded bg-danger-soft px-2 py-0.5 font-semibold text-ink">
            Vulnerability
          </span>
        )}
      </p>
      <AdvisoryFacts advisory={advisory} />
      {advisory.details && <AdvisoryDetails markdown={advisory.details} />}
    </article>
  );
}
