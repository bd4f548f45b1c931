import { useQuery } from '@tanstack/react-query';
import { externalQueries } from '@/api/queries/external';
import { useFirstPaintDone } from '@/lib/first-paint';
import { paths } from '@/lib/paths';

/** "Try on Rust Playground", for the crates the Playground offers. */
export function PlaygroundLink({ crateName }: { crateName: string }) {
  // Another site's extra: not before the visit's first page has painted.
  const painted = useFirstPaintDone();
  const { data } = useQuery({ ...externalQueries.playgroundCrates(), enabled: painted });
  const entry = data?.find((c) => c.name === crateName);
  if (!entry) return null;
  return (
    <a
      href={paths.playground(entry.id)}
      className="inline-block rounded-md border border-line bg-surface px-3 py-1.5 font-medium hover:bg-surface-2"
    >
      Try on Rust Playground
    </a>
  );
}
