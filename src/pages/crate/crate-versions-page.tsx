import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useLocation, useNavigationType, useSearchParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import { meQueries } from '@/api/queries/me';
import { useCrate } from '@/components/crate/use-crate';
import { ReadOnlyNotice } from '@/components/site/read-only-notice';
import { Button } from '@/components/ui/button';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { Skeleton } from '@/components/ui/skeleton';
import { SortSelect } from '@/components/ui/sort-select';
import { useAdminActionsUntil } from '@/lib/admin-actions';
import { useFirstPaintDone } from '@/lib/first-paint';
import { formatDate, formatNumber, plural } from '@/lib/format';
import { readVersionsView, VERSION_SORTS } from '@/lib/list-params';
import { publisherChanges } from '@/lib/provenance';
import { leadsTrack } from '@/lib/release-tracks';
import { useOnScreen } from '@/lib/use-on-screen';
import { useRowsInBatches } from '@/lib/use-rows-in-batches';
import { useRowsOnLeave } from '@/lib/use-rows-on-leave';
import { VersionListItem } from './version-list-item';
import { VersionsInsight } from './versions-insight';

/** Adoption at the top, then the list or the release timeline. */
export function Component() {
  return <VersionsInsight list={<VersionList />} />;
}

/** Rows added per task as a page of versions arrives: each batch's render and commit stay short. */
const ROW_BATCH = 8;

/** Every version, paged in 100 at a time as the list scrolls (2,000+ stay fast). */
function VersionList() {
  const { crate } = useCrate();
  const [params, setParams] = useSearchParams();
  const { sort } = readVersionsView(params);
  // Not before the first page of the visit has painted (lib/first-paint.ts).
  const painted = useFirstPaintDone();
  const pages = useInfiniteQuery({
    ...crateQueries.versionPages(crate.name, sort),
    enabled: painted,
  });
  const sentinel = useRef<HTMLDivElement>(null);
  const session = useQuery(meQueries.session());
  const owners = useQuery({ ...crateQueries.owners(crate.name), enabled: Boolean(session.data) });
  const login = session.data?.user.login;
  const adminActions = useAdminActionsUntil() !== null && Boolean(session.data?.user.is_admin);
  // Owner actions appear only for owners (and admins who enabled admin actions).
  const isOwner =
    adminActions ||
    Boolean(login && owners.data?.users.some((o) => o.kind === 'user' && o.login === login));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;

  const loaded = useMemo(() => pages.data?.pages.flatMap((p) => p.versions) ?? [], [pages.data]);
  // Rows that arrive while the list is shown are rendered a few at a time, and so are
  // cached ones on a tab switch; Back and Forward render those that were in view when the
  // page was left (all of them after a reload), for scroll restoration (use-rows-in-batches.ts),
  // and put the row that was first in view back in its place (use-rows-on-leave.ts).
  const list = useRef<HTMLOListElement>(null);
  const { key } = useLocation();
  const backOrForward = useNavigationType() === 'POP';
  const onLeave = useRowsOnLeave(list, key, { restore: backOrForward });
  const heights = backOrForward ? onLeave?.heights : undefined;
  const versions = useRowsInBatches(loaded, ROW_BATCH, {
    mount: backOrForward
      ? Math.max(ROW_BATCH, onLeave?.heights.length ?? Number.POSITIVE_INFINITY)
      : ROW_BATCH,
  });
  const rendering = versions.length < loaded.length;

  // Not while a page is loading or rendering: once it has, a sentinel still in view asks for the next.
  useOnScreen(sentinel, () => void fetchNextPage(), {
    enabled: Boolean(hasNextPage) && !isFetchingNextPage && !rendering,
    rootMargin: '800px',
  });

  // From every loaded row, so a row shown early already knows the release before it.
  const changes = useMemo(() => publisherChanges(loaded), [loaded]);
  const tracks = pages.data?.pages[0]?.meta.release_tracks;
  const total = pages.data?.pages[0]?.meta.total ?? crate.num_versions;

  return (
    <section aria-labelledby="versions-title">
      <title>{`${crate.name} versions - crates.io: Rust Package Registry`}</title>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="versions-title" className="text-xl font-semibold">
            Versions
          </h2>
          <p className="text-sm text-muted">
            {plural(total, 'version')} since {formatDate(crate.created_at)}
          </p>
        </div>
        <SortSelect
          value={sort}
          options={VERSION_SORTS}
          onChange={(value) => {
            const next = new URLSearchParams(params);
            if (value === 'date') next.delete('sort');
            else next.set('sort', value);
            setParams(next);
          }}
        />
      </div>

      {isOwner && (
        <div className="mt-4">
          <ReadOnlyNotice />
        </div>
      )}
      {pages.isError && versions.length === 0 ? (
        <div className="mt-4">
          <QueryErrorState title={`${crate.name}: Failed to load versions`} query={pages} />
        </div>
      ) : (
        <ol
          ref={list}
          aria-label={`Versions of ${crate.name}`}
          className="mt-4 divide-y divide-line rounded-lg bg-surface ring-1 ring-line"
        >
          {pages.isPending || (rendering && versions.length === 0)
            ? Array.from({ length: 8 }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static placeholders
                <li key={i} className="p-3">
                  <Skeleton className="h-12 w-full" />
                </li>
              ))
            : versions.map((v, i) => (
                <VersionListItem
                  key={v.id}
                  version={v}
                  height={heights?.[i]}
                  track={leadsTrack(v.num, tracks)}
                  isDefault={v.num === crate.default_version}
                  isOwner={isOwner}
                  publisherChange={changes.get(v.id)}
                />
              ))}
        </ol>
      )}

      <div ref={sentinel} className="mt-4 flex flex-col items-center gap-2">
        {pages.hasNextPage && (
          <Button onClick={() => void pages.fetchNextPage()} busy={pages.isFetchingNextPage}>
            Load more versions ({formatNumber(versions.length)} of {formatNumber(total)} shown)
          </Button>
        )}
        {pages.isFetchNextPageError && (
          <p role="alert" className="text-sm text-danger">
            Could not load more versions: {pages.error?.message}
          </p>
        )}
      </div>
    </section>
  );
}
