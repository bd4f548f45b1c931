// Every release of a crate in order, with what changed since the one before:
// the gap, MSRV, edition, size, yanks, and who or what published it. A
// publisher that differs from the previous release's is how a hijacked
// release shows itself. Pure, so the rules are unit-tested.
import type { Version } from '@/api/types';
import { compareStrings } from './compare-strings';

export type ReleaseInput = Pick<
  Version,
  | 'num'
  | 'created_at'
  | 'yanked'
  | 'yank_message'
  | 'rust_version'
  | 'edition'
  | 'crate_size'
  | 'published_by'
  | 'trustpub_data'
>;

export type Publisher =
  | { kind: 'user'; login: string }
  | { kind: 'trusted'; provider: string; repository: string }
  | { kind: 'unknown' };

export type Release = {
  num: string;
  /** ISO date-time of publication. */
  date: string;
  yanked: boolean;
  yankMessage: string | null;
  msrv: string | null;
  edition: string | null;
  size: number;
  publisher: Publisher;
  /** Days since the previous release; null for the first. */
  gapDays: number | null;
  /** The stated MSRV changed (from the last one stated; from null when first stated). */
  msrvChange: { from: string | null; to: string } | null;
  editionChange: { from: string; to: string } | null;
  /** Who published the previous release, when it was someone (or something) else. */
  publisherChange: Publisher | null;
};

const DAY_MS = 86_400_000;

/** From the API: a user with a token, trusted publishing (`trustpub_data`), or nobody known. */
export function publisherOf(
  version: Pick<ReleaseInput, 'published_by' | 'trustpub_data'>,
): Publisher {
  const trust = version.trustpub_data;
  if (trust && typeof trust.repository === 'string') {
    return {
      kind: 'trusted',
      provider: typeof trust.provider === 'string' ? trust.provider : 'unknown',
      repository: trust.repository,
    };
  }
  if (version.published_by) return { kind: 'user', login: version.published_by.login };
  return { kind: 'unknown' };
}

const PROVIDERS: Record<string, string> = { github: 'GitHub', gitlab: 'GitLab' };

/** "ferris (with a token)"-style text: "dtolnay", "trusted publishing from GitHub tokio-rs/tokio". */
export function describePublisher(publisher: Publisher): string {
  if (publisher.kind === 'user') return publisher.login;
  if (publisher.kind === 'trusted')
    return `trusted publishing from ${PROVIDERS[publisher.provider] ?? publisher.provider} ${publisher.repository}`;
  return 'unknown';
}

const publisherKey = (p: Publisher) =>
  p.kind === 'user'
    ? `user:${p.login.toLowerCase()}`
    : p.kind === 'trusted'
      ? `trusted:${p.provider}:${p.repository.toLowerCase()}`
      : null;

/** Oldest release first. */
export function releaseTimeline(versions: ReleaseInput[]): Release[] {
  // ISO timestamps sort as plain strings (compare-strings.ts says why not localeCompare).
  const ordered = [...versions].sort((a, b) => compareStrings(a.created_at, b.created_at));
  let lastMsrv: string | null = null;
  let lastEdition: string | null = null;
  let previous: Release | null = null;
  const releases: Release[] = [];
  for (const v of ordered) {
    const publisher = publisherOf(v);
    const key = publisherKey(publisher);
    const previousKey = previous ? publisherKey(previous.publisher) : null;
    const release: Release = {
      num: v.num,
      date: v.created_at,
      yanked: v.yanked,
      yankMessage: v.yank_message ?? null,
      msrv: v.rust_version ?? null,
      edition: v.edition ?? null,
      size: v.crate_size,
      publisher,
      gapDays: previous
        ? Math.round((Date.parse(v.created_at) - Date.parse(previous.date)) / DAY_MS)
        : null,
      msrvChange:
        v.rust_version && v.rust_version !== lastMsrv
          ? { from: lastMsrv, to: v.rust_version }
          : null,
      editionChange:
        v.edition && lastEdition && v.edition !== lastEdition
          ? { from: lastEdition, to: v.edition }
          : null,
      // Only between two known publishers: "unknown" says nothing either way.
      publisherChange:
        previous && key && previousKey && key !== previousKey ? previous.publisher : null,
    };
    if (v.rust_version) lastMsrv = v.rust_version;
    if (v.edition) lastEdition = v.edition;
    releases.push(release);
    previous = release;
  }
  return releases;
}

/** Whether a release is worth a look in a long history. */
export const isNotable = (r: Release) =>
  r.yanked || r.msrvChange !== null || r.editionChange !== null || r.publisherChange !== null;

/** The longest wait between two releases. */
export function longestGap(
  releases: Release[],
): { days: number; after: string; before: string } | null {
  let best: { days: number; after: string; before: string } | null = null;
  releases.forEach((r, i) => {
    const prev = releases[i - 1];
    if (prev && r.gapDays !== null && (!best || r.gapDays > best.days)) {
      best = { days: r.gapDays, after: prev.num, before: r.num };
    }
  });
  return best;
}
