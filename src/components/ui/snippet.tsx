import { CopyButton } from './copy-button';

export type SnippetProps = { title: string; code: string };

/** A line of code to paste somewhere, with a copy button. */
export function Snippet({ title, code }: SnippetProps) {
  return (
    <div>
      <dt className="text-sm text-muted">{title}</dt>
      <dd className="mt-1 flex items-center gap-2 rounded-md bg-surface-2 px-3 py-2">
        <code className="min-w-0 flex-1 font-mono text-sm break-all">{code}</code>
        <CopyButton text={code} label={`Copy "${code}"`} />
      </dd>
    </div>
  );
}
