import { Snippet } from '@/components/ui/snippet';
import { cargoAddCommand, manifestLine, type SnippetInput } from '@/lib/cargo-snippets';
import type { Resolution } from '@/lib/feature-resolution';

export type FeatureResultProps = {
  resolution: Resolution;
  /** Normal and build dependencies, counted once per crate. */
  totalDependencies: number;
  snippet: SnippetInput;
};

function Names({ names, empty }: { names: string[]; empty: string }) {
  if (names.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {names.map((n) => (
        <li key={n} className="rounded bg-surface-2 px-1.5 font-mono text-sm break-all">
          {n}
        </li>
      ))}
    </ul>
  );
}

/** What the selection turns on, and how to ask Cargo for it. */
export function FeatureResult({ resolution, totalDependencies, snippet }: FeatureResultProps) {
  const depFeatures = Object.entries(resolution.dependencyFeatures);
  return (
    <section
      aria-labelledby="selection-title"
      className="space-y-4 rounded-lg bg-surface p-4 ring-1 ring-line"
    >
      <h3 id="selection-title" className="text-base font-semibold">
        With this selection
      </h3>
      <p aria-live="polite" className="text-sm">
        <strong>{resolution.features.length}</strong>{' '}
        {resolution.features.length === 1 ? 'feature' : 'features'} on,{' '}
        <strong>{resolution.dependencyCount}</strong> of {totalDependencies}{' '}
        {totalDependencies === 1 ? 'dependency' : 'dependencies'} built
      </p>
      <div>
        <h4 className="mb-1 text-sm font-semibold">Features on</h4>
        <Names names={resolution.features} empty="No features." />
      </div>
      <div>
        <h4 className="mb-1 text-sm font-semibold">Optional dependencies turned on</h4>
        <Names names={resolution.optionalDependencies} empty="None." />
      </div>
      {depFeatures.length > 0 && (
        <div>
          <h4 className="mb-1 text-sm font-semibold">Features of dependencies</h4>
          <ul className="space-y-0.5 text-sm">
            {depFeatures.map(([dep, list]) => (
              <li key={dep}>
                <code className="font-mono">{dep}</code>:{' '}
                <code className="font-mono text-muted">{list.join(', ')}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl className="space-y-3">
        <Snippet title="Run this in your project" code={cargoAddCommand(snippet)} />
        <Snippet title="Or add this to your Cargo.toml" code={manifestLine(snippet)} />
      </dl>
    </section>
  );
}
