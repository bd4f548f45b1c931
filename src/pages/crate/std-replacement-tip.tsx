import { useQuery } from '@tanstack/react-query';
import { externalQueries } from '@/api/queries/external';
import { useFirstPaintDone } from '@/lib/first-paint';
import { InlineCodeText } from './inline-code-text';

/** "You might not need this": the standard library covers what this crate does. */
export function StdReplacementTip({ crateName }: { crateName: string }) {
  // Another site's extra: not before the visit's first page has painted.
  const painted = useFirstPaintDone();
  const { data } = useQuery({ ...externalQueries.stdReplacements(), enabled: painted });
  const tip = data?.[crateName];
  if (!tip) return null;
  return (
    <section
      aria-labelledby="std-tip-title"
      className="rounded-lg border border-line bg-surface-2 p-3 text-sm"
    >
      <h2 id="std-tip-title" className="font-semibold">
        You might not need this crate
      </h2>
      <p className="mt-1">
        <InlineCodeText text={tip.description} />
      </p>
      <a className="link mt-1 inline-block" href={tip.url}>
        Learn more<span className="sr-only"> about the standard library replacement</span>
      </a>
    </section>
  );
}
