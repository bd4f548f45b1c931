import { marked } from 'marked';
import { useMemo, useRef } from 'react';
import { sanitizeReadme } from '@/components/readme/sanitize-readme';
import { useReadmeEnhancements } from '@/components/readme/use-readme-enhancements';

/**
 * An advisory's details: Markdown from the advisory database, rendered with
 * marked and sanitized like a README (it is text anyone can submit), with the
 * README's code highlighting and keyboard-scrollable code blocks.
 */
export function AdvisoryDetails({ markdown }: { markdown: string }) {
  const html = useMemo(
    () => sanitizeReadme(marked.parse(markdown, { async: false, gfm: true }), null),
    [markdown],
  );
  const ref = useRef<HTMLDivElement>(null);
  useReadmeEnhancements(ref, html);
  return (
    <div
      ref={ref}
      className="readme mt-4"
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized by sanitizeReadme
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
