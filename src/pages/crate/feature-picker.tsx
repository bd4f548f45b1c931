import type { Features } from '@/api/types';
import { describeFeatureItem, parseFeatureItem } from '@/lib/features';

export type FeaturePickerProps = {
  features: Features;
  /** Optional dependencies that are features because no `dep:` names them. */
  implicit: string[];
  /** The features ticked, and every feature on as a result. */
  selected: string[];
  enabled: string[];
  defaultFeatures: boolean;
  onToggle: (feature: string, on: boolean) => void;
  onToggleDefault: (on: boolean) => void;
};

function Enables({ items, features }: { items: string[]; features: Features }) {
  if (items.length === 0) return <p className="text-sm text-muted">Enables nothing else.</p>;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-muted">
      {items.map((item) => {
        const parsed = parseFeatureItem(item, features);
        return (
          <li key={item}>
            <code className="font-mono text-ink break-all">{item}</code>
            {/* Another feature needs no gloss; dependencies and their features do. */}
            {parsed.kind !== 'feature' && <span> ({describeFeatureItem(parsed)})</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** One checkbox per feature, `default` first and expanded; says what each turns on. */
export function FeaturePicker(props: FeaturePickerProps) {
  const { features, implicit, selected, enabled, defaultFeatures } = props;
  const names = [...Object.keys(features).filter((f) => f !== 'default'), ...implicit].sort();
  return (
    <fieldset className="rounded-lg bg-surface ring-1 ring-line lg:col-start-1 lg:row-start-1">
      <legend className="sr-only">Features to enable</legend>
      <div className="border-b border-line p-3">
        <label className="flex items-center gap-2 font-semibold">
          <input
            type="checkbox"
            className="size-4 accent-accent"
            checked={defaultFeatures}
            onChange={(e) => props.onToggleDefault(e.target.checked)}
          />
          default features
        </label>
        <div className="mt-1 pl-6">
          {'default' in features ? (
            (features.default ?? []).length === 0 ? (
              <p className="text-sm text-muted">The default set is empty.</p>
            ) : (
              <Enables items={features.default ?? []} features={features} />
            )
          ) : (
            <p className="text-sm text-muted">This version declares no default features.</p>
          )}
        </div>
      </div>
      <ul className="divide-y divide-line">
        {names.map((name) => {
          const isImplicit = implicit.includes(name);
          const ticked = selected.includes(name);
          const viaOther = !ticked && enabled.includes(name);
          const hint = `feature-${name}-hint`;
          return (
            <li key={name} className="p-3">
              <label className="flex flex-wrap items-center gap-2">
                <input
                  type="checkbox"
                  className="size-4 accent-accent"
                  checked={ticked}
                  aria-describedby={hint}
                  onChange={(e) => props.onToggle(name, e.target.checked)}
                />
                <span className="font-mono font-semibold break-all">{name}</span>
                {viaOther && (
                  <span className="rounded bg-ok-soft px-1.5 text-xs font-semibold text-ok">
                    on through another feature
                  </span>
                )}
              </label>
              <div id={hint} className="mt-1 pl-6">
                {isImplicit ? (
                  <p className="text-sm text-muted">
                    Implicit feature: turns on the optional dependency{' '}
                    <code className="font-mono text-ink">{name}</code>.
                  </p>
                ) : (
                  <Enables items={features[name] ?? []} features={features} />
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
