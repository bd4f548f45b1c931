import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useNavigation, useParams, useSearchParams } from 'react-router';
import { crateQueries } from '@/api/queries/crates';
import type { Features } from '@/api/types';
import { useCrate, useSelectedVersion } from '@/components/crate/use-crate';
import { EmptyState } from '@/components/ui/empty-state';
import { implicitFeatures, resolveFeatures } from '@/lib/feature-resolution';
import { type FeatureSelection, featureQuery, readFeatureSelection } from '@/lib/list-params';
import { paths } from '@/lib/paths';
import { FeaturePicker } from './feature-picker';
import { FeatureResult } from './feature-result';

/** The Features tab: tick features, see what Cargo turns on, copy the command. */
export function Component() {
  const { crate } = useCrate();
  const { version } = useSelectedVersion();
  const { data } = useSuspenseQuery(crateQueries.dependencies(crate.name, version.num));
  const [current] = useSearchParams();
  const { pathname } = useLocation();
  const navigation = useNavigation();
  // While a tick's navigation is on its way, show what it asked for (no flicker back).
  const search =
    navigation.location?.pathname === pathname
      ? new URLSearchParams(navigation.location.search)
      : current;
  const params = useParams();
  const navigate = useNavigate();
  const features = version.features as Features;
  const deps = data.dependencies;
  const implicit = implicitFeatures(features, deps);
  const known = [...Object.keys(features), ...implicit].sort();
  const selection = readFeatureSelection(search, known);
  const resolution = resolveFeatures(features, deps, selection);
  const total = new Set(deps.filter((d) => d.kind !== 'dev').map((d) => d.crate_id)).size;

  // Each tick replaces the URL, so the selection can be shared without filling the history.
  const select = (next: FeatureSelection) => {
    const query = featureQuery({
      ...next,
      features: known.filter((f) => next.features.includes(f)),
    });
    navigate(paths.crateFeatures(crate.name, params.version, query), {
      replace: true,
      preventScrollReset: true,
      // The pending selection must be in place before React restores the checkbox.
      flushSync: true,
    });
  };

  return (
    <section aria-labelledby="features-title">
      <title>{`${crate.name} ${version.num} features - crates.io: Rust Package Registry`}</title>
      <h2 id="features-title" className="text-xl font-semibold">
        Features of {crate.name} {version.num}
      </h2>
      {known.length === 0 ? (
        <div className="mt-4">
          <EmptyState title={`${crate.name} ${version.num} has no features`}>
            Adding it always builds the same code.
          </EmptyState>
        </div>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            Tick features to see everything they turn on, as Cargo resolves them.
          </p>
          {selection.unknown.length > 0 && (
            <p role="note" className="mt-3 rounded-md bg-warn-soft p-3 text-sm">
              {crate.name} {version.num} has no feature{' '}
              {selection.unknown.map((f) => `"${f}"`).join(', ')}: left out.
            </p>
          )}
          <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
            <div className="lg:sticky lg:top-4 lg:col-start-2 lg:row-start-1">
              <FeatureResult
                resolution={resolution}
                totalDependencies={total}
                snippet={{
                  name: crate.name,
                  version: version.num,
                  isDefaultVersion: version.num === crate.default_version,
                  features: selection.features,
                  defaultFeatures: selection.defaultFeatures,
                }}
              />
            </div>
            <FeaturePicker
              features={features}
              implicit={implicit}
              selected={selection.features}
              enabled={resolution.features}
              defaultFeatures={selection.defaultFeatures}
              onToggle={(feature, on) =>
                select({
                  ...selection,
                  features: on
                    ? [...selection.features, feature]
                    : selection.features.filter((f) => f !== feature),
                })
              }
              onToggleDefault={(on) => select({ ...selection, defaultFeatures: on })}
            />
          </div>
        </>
      )}
    </section>
  );
}
