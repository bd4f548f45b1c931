import { useQuery } from '@tanstack/react-query';
import { externalQueries } from '@/api/queries/external';

/** A dependency row's hint that the standard library replaces that crate. */
export function StdReplacementMarker({ crateName }: { crateName: string }) {
  const { data } = useQuery(externalQueries.stdReplacements());
  const tip = data?.[crateName];
  if (!tip) return null;
  return (
    <a
      href={tip.url}
      title={`You might not need ${crateName}: ${tip.description.replaceAll('`', '')}`}
      className="rounded bg-warn-soft px-1.5 py-0.5 text-xs font-medium text-warn"
    >
      std has this
      <span className="sr-only">: you might not need {crateName}</span>
    </a>
  );
}
