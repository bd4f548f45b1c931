import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { crateQueries } from '@/api/queries/crates';
import { EmptyState } from '@/components/ui/empty-state';
import { QueryErrorState } from '@/components/ui/query-error-state';
import { ReadmeSkeleton } from './readme-skeleton';
import { sanitizeReadme } from './sanitize-readme';
import { useReadmeEnhancements } from './use-readme-enhancements';

export type ReadmeProps = {
  crateName: string;
  version: string;
  /** The crate's repository URL: relative links and images in the README point into it. */
  repository: string | null;
};

/** A version's README, sanitized, styled as prose, with code highlighted on demand. */
export function Readme({ crateName, version, repository }: ReadmeProps) {
  const readme = useQuery(crateQueries.readme(crateName, version));
  const html = useMemo(
    () => (readme.data ? sanitizeReadme(readme.data, repository) : null),
    [readme.data, repository],
  );
  const ref = useRef<HTMLElement>(null);
  useReadmeEnhancements(ref, html);

  if (readme.isPending) return <ReadmeSkeleton />;
  if (readme.isError && readme.data === undefined) {
    return (
      // Refetches only the README, not the rest of the page.
      <QueryErrorState
        title={`Failed to load README file for ${crateName} v${version}`}
        query={readme}
      />
    );
  }
  if (html === null) {
    return <EmptyState title={`${crateName} v${version} appears to have no README.md file`} />;
  }
  return (
    <article
      ref={ref}
      aria-label="Readme"
      className="readme"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by sanitizeReadme
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
