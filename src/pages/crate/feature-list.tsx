import type { Features } from '@/api/types';
import { describeFeatureItem, featureNames, parseFeatureItem } from '@/lib/features';

/** The version's own features and what each enables; `default` first. */
export function FeatureList({ features }: { features: Features }) {
  const names = featureNames(features);
  if (names.length === 0)
    return <p className="text-sm text-muted">This version has no features.</p>;
  return (
    <dl className="divide-y divide-line rounded-lg bg-surface ring-1 ring-line">
      {names.map((name) => {
        const items = features[name] ?? [];
        return (
          <div key={name} className="flex flex-wrap gap-x-3 p-3">
            <dt className="font-mono font-semibold">{name}</dt>
            <dd className="text-sm text-muted">
              {items.length === 0 ? (
                'enables nothing else'
              ) : (
                <div className="flex flex-wrap gap-x-2">
                  <span>enables</span>
                  <ul className="flex flex-wrap gap-x-3">
                    {items.map((item) => {
                      const meaning = describeFeatureItem(parseFeatureItem(item, features));
                      return (
                        <li key={item}>
                          <code className="font-mono text-ink" title={meaning}>
                            {item}
                          </code>
                          <span className="sr-only"> ({meaning})</span>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
