import { CopyButton } from '@/components/ui/copy-button';
import { cratePurl } from '@/lib/purl';

/** The version's package URL, for SBOM and security tooling, with a copy button. */
export function CratePurl({ name, version }: { name: string; version: string }) {
  const purl = cratePurl(name, version);
  return (
    <section aria-labelledby="purl-title">
      <h2 id="purl-title" className="text-base font-semibold">
        Package URL
      </h2>
      <div className="mt-2 flex items-center gap-2">
        <code className="min-w-0 flex-1 truncate rounded bg-surface-2 px-2 py-1 font-mono text-xs">
          {purl}
        </code>
        <CopyButton text={purl} label="Copy the package URL" />
      </div>
    </section>
  );
}
