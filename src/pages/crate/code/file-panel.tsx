import { useQuery } from '@tanstack/react-query';
import { sourceQueries } from '@/api/queries/source';
import { type ArchiveEntry, MAX_VIEWABLE_BYTES } from '@/api/source-archive';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { formatBytes, formatNumber } from '@/lib/format';
import { CodeView } from './code-view';

export type FilePanelProps = {
  cdnBase: string;
  crateName: string;
  version: string;
  /** The URL's path; `entry` is absent when the archive has no such file. */
  path: string;
  entry: ArchiveEntry | undefined;
};

function Header({ path, detail }: { path: string; detail?: string }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-2 rounded-t-lg border border-line bg-surface-2 px-3 py-2">
      <h2 className="font-mono text-sm font-semibold break-all">{path}</h2>
      {detail && <p className="text-xs text-muted">{detail}</p>}
    </div>
  );
}

/** One file of the archive, or why it is not shown. */
export function FilePanel({ cdnBase, crateName, version, path, entry }: FilePanelProps) {
  if (!entry) {
    return (
      <EmptyState title={`${path} is not in ${crateName} ${version}`}>
        Pick a file from the list.
      </EmptyState>
    );
  }
  const size = formatBytes(entry.uncompressed_size);
  if (entry.uncompressed_size > MAX_VIEWABLE_BYTES) {
    return (
      <div>
        <Header path={path} detail={size} />
        <EmptyState title="This file is too large to display">
          It has {size}; files up to {formatBytes(MAX_VIEWABLE_BYTES)} are shown here.
        </EmptyState>
      </div>
    );
  }
  return <FileContents cdnBase={cdnBase} crateName={crateName} version={version} entry={entry} />;
}

type FileContentsProps = Omit<FilePanelProps, 'path' | 'entry'> & { entry: ArchiveEntry };

/** A file small enough to show: fetched, then shown as text or said to be binary. */
function FileContents({ cdnBase, crateName, version, entry }: FileContentsProps) {
  const file = useQuery(sourceQueries.file(cdnBase, crateName, version, entry));
  const { path } = entry;
  const size = formatBytes(entry.uncompressed_size);
  if (file.isPending) {
    return (
      <div role="status" aria-label={`Loading ${path}`}>
        <Header path={path} detail={size} />
        <div className="rounded-b-lg border border-t-0 border-line bg-surface p-3">
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <Skeleton key={i} className="my-1 h-3 w-3/4" />
          ))}
        </div>
      </div>
    );
  }
  if (file.isError) {
    return <QueryErrorState title={`Failed to load ${path}`} query={file} />;
  }
  if (file.data.kind === 'binary') {
    return (
      <div>
        <Header path={path} detail={size} />
        <EmptyState title="This file is binary and can't be displayed" />
      </div>
    );
  }
  const lines = file.data.text.split('\n').length - (file.data.text.endsWith('\n') ? 1 : 0);
  return (
    <div>
      <Header path={path} detail={`${formatNumber(lines)} lines · ${size}`} />
      <CodeView path={path} text={file.data.text} />
    </div>
  );
}
