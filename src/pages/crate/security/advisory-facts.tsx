import type { OsvAdvisory } from '@/api/advisories';
import { cvssScore } from '@/lib/cvss';
import { formatDate } from '@/lib/format';
import { affectedRanges, aliasKind, cvssVector, patchedRanges } from '@/lib/osv';
import { paths } from '@/lib/paths';

const EXTERNAL = { rel: 'nofollow noopener noreferrer' } as const;

function aliasHref(alias: string): string | null {
  const kind = aliasKind(alias);
  return kind === 'cve' ? paths.cve(alias) : kind === 'ghsa' ? paths.ghsa(alias) : null;
}

function Ranges({ ranges }: { ranges: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {ranges.map((range) => (
        <li key={range}>
          <code className="rounded bg-surface-2 px-1.5 py-0.5 font-mono text-sm">{range}</code>
        </li>
      ))}
    </ul>
  );
}

/** Affected and patched versions, aliases, CVSS and dates of one advisory. */
export function AdvisoryFacts({ advisory }: { advisory: OsvAdvisory }) {
  const affected = affectedRanges(advisory);
  const patched = patchedRanges(advisory);
  const aliases = advisory.aliases ?? [];
  const vector = cvssVector(advisory);
  const score = vector ? cvssScore(vector) : null;
  const row = 'grid min-w-0 gap-1 sm:grid-cols-[10rem_minmax(0,1fr)] sm:gap-3';
  return (
    <dl className="mt-3 grid gap-2 text-sm">
      {affected.length > 0 && (
        <div className={row}>
          <dt className="font-semibold">Affected versions</dt>
          <dd>
            <Ranges ranges={affected} />
          </dd>
        </div>
      )}
      <div className={row}>
        <dt className="font-semibold">Patched versions</dt>
        <dd>{patched.length > 0 ? <Ranges ranges={patched} /> : 'None'}</dd>
      </div>
      {aliases.length > 0 && (
        <div className={row}>
          <dt className="font-semibold">Aliases</dt>
          <dd>
            <ul className="flex flex-wrap gap-x-3 gap-y-1">
              {aliases.map((alias) => {
                const href = aliasHref(alias);
                return (
                  <li key={alias} className="font-mono">
                    {href ? (
                      <a href={href} {...EXTERNAL} className="text-link underline">
                        {alias}
                      </a>
                    ) : (
                      alias
                    )}
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      )}
      {vector && (
        <div className={row}>
          <dt className="font-semibold">CVSS</dt>
          <dd className="min-w-0">
            {score && (
              <span className="mr-2 font-semibold">
                {score.score.toFixed(1)} ({score.severity})
              </span>
            )}
            <a
              href={paths.cvssCalculator(vector)}
              {...EXTERNAL}
              className="font-mono break-all text-link underline"
            >
              {vector}
            </a>
          </dd>
        </div>
      )}
      {advisory.published && (
        <div className={row}>
          <dt className="font-semibold">Published</dt>
          <dd>
            <time dateTime={advisory.published}>{formatDate(advisory.published)}</time>
          </dd>
        </div>
      )}
    </dl>
  );
}
