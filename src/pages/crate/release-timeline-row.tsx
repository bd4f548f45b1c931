import { Link } from 'react-router';
import { formatBytes, formatDate, formatNumber } from '@/lib/format';
import { describePublisher, type Release } from '@/lib/release-timeline';

export type ReleaseTimelineRowProps = { release: Release; href: string };

const tag = 'rounded px-1.5 py-0.5 text-xs font-semibold';

/** One release: when, the wait before it, its facts, and what changed. */
export function ReleaseTimelineRow({ release: r, href }: ReleaseTimelineRowProps) {
  return (
    <article className="grid gap-x-4 gap-y-1 p-3 sm:grid-cols-[9rem_1fr]">
      <div className="text-sm">
        <time dateTime={r.date} className="font-medium">
          {formatDate(r.date)}
        </time>
        {r.gapDays !== null && (
          <p className="text-muted">
            {r.gapDays === 0 ? 'same day' : `${formatNumber(r.gapDays)} days later`}
          </p>
        )}
      </div>
      <div className="min-w-0 space-y-1">
        <p className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <Link to={href} className="link font-semibold break-all">
            {r.num}
          </Link>
          <span className="text-sm text-muted">
            {formatBytes(r.size)} · {r.edition ? `edition ${r.edition}` : 'no edition'} ·{' '}
            {r.msrv ? `MSRV ${r.msrv}` : 'no MSRV stated'}
          </span>
        </p>
        <p className="text-sm">
          Published by {describePublisher(r.publisher)}
          {r.publisher.kind === 'user' && ' with a token'}
        </p>
        {(r.publisherChange || r.msrvChange || r.editionChange || r.yanked) && (
          <ul aria-label="Changes" className="flex flex-wrap gap-2">
            {r.publisherChange && (
              <li className={`${tag} bg-danger-soft text-danger`}>
                New publisher: the previous release was published by{' '}
                {describePublisher(r.publisherChange)}
              </li>
            )}
            {r.msrvChange && (
              <li className={`${tag} bg-accent-soft`}>
                {r.msrvChange.from
                  ? `MSRV ${r.msrvChange.from} → ${r.msrvChange.to}`
                  : `MSRV ${r.msrvChange.to} stated`}
              </li>
            )}
            {r.editionChange && (
              <li className={`${tag} bg-accent-soft`}>
                Edition {r.editionChange.from} → {r.editionChange.to}
              </li>
            )}
            {r.yanked && (
              <li className={`${tag} bg-warn-soft`}>
                Yanked{r.yankMessage ? `: ${r.yankMessage}` : ' (no message)'}
              </li>
            )}
          </ul>
        )}
      </div>
    </article>
  );
}
