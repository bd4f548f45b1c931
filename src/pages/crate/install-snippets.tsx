import { CopyButton } from '@/components/ui/copy-button';

export type InstallSnippetsProps = { name: string; version: string; isBinary: boolean };

/** `cargo add` / `cargo install` and the Cargo.toml line, each copyable. */
export function InstallSnippets({ name, version, isBinary }: InstallSnippetsProps) {
  const snippets = [
    isBinary
      ? { title: 'Install the binaries', code: `cargo install ${name}@${version}` }
      : { title: 'Run this in your project', code: `cargo add ${name}@${version}` },
    { title: 'Or add this to your Cargo.toml', code: `${name} = "${version}"` },
  ];
  return (
    <section aria-labelledby="install-title">
      <h2 id="install-title" className="text-base font-semibold">
        Install
      </h2>
      <dl className="mt-2 space-y-3">
        {snippets.map((s) => (
          <div key={s.title}>
            <dt className="text-sm text-muted">{s.title}</dt>
            <dd className="mt-1 flex items-center gap-2 rounded-md bg-surface-2 px-3 py-2">
              <code className="min-w-0 flex-1 font-mono text-sm break-all">{s.code}</code>
              <CopyButton text={s.code} label={`Copy "${s.code}"`} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
