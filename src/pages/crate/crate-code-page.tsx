import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { siteQueries } from '@/api/queries/site';
import { sourceQueries } from '@/api/queries/source';
import { cdnBaseOf } from '@/api/source-archive';
import { useSelectedVersion } from '@/components/crate/use-crate';
import { EmptyState } from '@/components/ui/empty-state';
import { paths } from '@/lib/paths';
import { buildTree } from '@/lib/source-tree';
import { FilePanel } from './code/file-panel';
import { FileTree } from './code/file-tree';

/** /crates/:name[/:version]/code/*path: the published source files. */
export function Component() {
  const { version: requested, '*': path = '' } = useParams();
  const { version } = useSelectedVersion();
  // Cached by the loader; when it failed, both fall back to crates.io's CDN.
  const metadata = useQuery(siteQueries.metadata());
  const cdn = cdnBaseOf(metadata.data);
  const { data: manifest } = useSuspenseQuery(
    sourceQueries.manifest(cdn, version.crate, version.num),
  );
  const title = (
    <title>{`${path ? `${path} - ` : ''}${version.crate} ${version.num} source - crates.io: Rust Package Registry`}</title>
  );

  if (!manifest) {
    return (
      <>
        {title}
        <EmptyState title={`The source of ${version.crate} ${version.num} is not available`}>
          crates.io builds a browsable archive for each version shortly after it is published; this
          version has none. The crate file itself can still be downloaded with Cargo.
        </EmptyState>
      </>
    );
  }
  const files = manifest.files;
  return (
    <div className="grid gap-4 md:grid-cols-[16rem_minmax(0,1fr)]">
      {title}
      <section
        aria-label={`Files of ${version.crate} ${version.num} (${files.length})`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: on phones the list scrolls in its own box; keyboard users must reach it
        tabIndex={0}
        className="max-h-64 self-start overflow-y-auto rounded-lg border border-line bg-surface p-2 md:max-h-[75vh]"
      >
        <FileTree
          nodes={buildTree(files.map((f) => f.path))}
          selected={path}
          hrefOf={(file) => paths.crateCode(version.crate, requested, file)}
        />
      </section>
      <div className="min-w-0">
        <FilePanel
          cdnBase={cdn}
          crateName={version.crate}
          version={version.num}
          path={path}
          entry={files.find((f) => f.path === path)}
        />
      </div>
    </div>
  );
}
