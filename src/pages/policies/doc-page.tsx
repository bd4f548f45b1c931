import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';

export type DocPageProps = {
  title: string;
  /** Style headings, paragraphs, lists and links inside as prose (default). */
  prose?: boolean;
  children: ReactNode;
};

const PROSE =
  '[&_a]:text-link [&_a]:underline [&_a]:underline-offset-2 [&_code]:rounded [&_code]:bg-surface-2 [&_code]:px-1 [&_code]:font-mono [&_code]:text-sm [&_code]:[overflow-wrap:anywhere] [&_h2]:mt-8 [&_h2]:text-xl [&_h2]:font-semibold [&_li]:mt-1 [&_ol]:mt-3 [&_ol]:list-decimal [&_ol]:pl-6 [&_p]:mt-3 [&_ul]:mt-3 [&_ul]:list-disc [&_ul]:pl-6';

/** The frame of a policy or help page: document title, heading, readable prose. */
export function DocPage({ title, prose = true, children }: DocPageProps) {
  return (
    <article className={cn('mx-auto max-w-3xl leading-relaxed', prose && PROSE)}>
      <title>{`${title} - crates.io: Rust Package Registry`}</title>
      <h1 className="text-3xl font-bold">{title}</h1>
      {children}
    </article>
  );
}
