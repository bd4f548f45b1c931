// The Code tab's loader: with the source archive's reader (and fflate), a chunk
// of its own, loaded when the tab is first opened.
import type { QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs, redirect } from 'react-router';
import { siteQueries } from '@/api/queries/site';
import { sourceQueries } from '@/api/queries/source';
import { ensure, prefetch } from '@/api/query-client';
import { cdnBaseOf, MAX_VIEWABLE_BYTES } from '@/api/source-archive';
import { loadVersion } from '@/lib/loaders';
import { toPageError } from '@/lib/page-error';
import { paths } from '@/lib/paths';
import { fileToOpen } from '@/lib/source-tree';
import { nameOf } from './crate-loaders';

/**
 * The Code tab: the version's archive manifest (from the CDN named by the site
 * metadata), then the file in the URL. The crate root or a folder opens its
 * first file, as on crates.io.
 */
export const codeLoader = (queryClient: QueryClient) => async (args: LoaderFunctionArgs) => {
  const name = nameOf(args);
  const [version, metadata] = await Promise.all([
    loadVersion(queryClient, name, args.params.version),
    ensure(queryClient, siteQueries.metadata()).catch(() => undefined),
  ]);
  const cdn = cdnBaseOf(metadata);
  const manifest = await ensure(
    queryClient,
    sourceQueries.manifest(cdn, version.crate, version.num),
  ).catch(
    toPageError({
      notFound: `${version.crate}: No source files for ${version.num}`,
      failed: `${version.crate}: Failed to load the source files of ${version.num}`,
    }),
  );
  if (!manifest) return null;
  const path = args.params['*'] ?? '';
  const target = fileToOpen(
    manifest.files.map((f) => f.path),
    path,
  );
  if (target) return redirect(paths.crateCode(version.crate, args.params.version, target));
  const entry = manifest.files.find((f) => f.path === path);
  if (entry && entry.uncompressed_size <= MAX_VIEWABLE_BYTES) {
    prefetch(queryClient, sourceQueries.file(cdn, version.crate, version.num, entry));
  }
  return null;
};
