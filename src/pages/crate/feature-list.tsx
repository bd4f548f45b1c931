import type { Features } from '@/api/types';

/** The version's own features and what each enables; `default` first. */
export function FeatureList({ features }: { features: Features }) {
  const names = Object.keys(features).sort((a, b) =>
    a === 'default' ? -1 : b === 'default' ? 1 : a.localeCompare(b),
  );
  if (names.length === 0)
    return <p className="text-sm text-muted">This version has no features.</p>;
  return (
    <dl className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line">
      {names.map((name) => (
        <div key={name} className="flex flex-wrap gap-x-3 p-3">
          <dt className="font-mono font-semibold">{name}</dt>
          <dd className="text-sm text-muted">
            {(features[name] ?? []).length === 0 ? (
              'enables nothing else'
            ) : (
              <>
                enables{' '}
                {(features[name] ?? []).map((item, i) => (
                  <span key={item}>
                    {i > 0 && ', '}
                    <code className="font-mono text-ink">{item}</code>
                  </span>
                ))}
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
