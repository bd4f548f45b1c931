import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { cn } from '@/lib/cn';
import { formatLineHash, parseLineHash, selectLine } from '@/lib/line-selection';

export type CodeViewProps = { path: string; text: string };

/** Highlighting is for reading: beyond this, plain text is quicker and just as useful. */
const MAX_HIGHLIGHT_BYTES = 256 * 1024;

/** Plain lines at once, highlighted lines once highlight.js (loaded on demand) is done. */
function useHighlightedLines(path: string, text: string): string[] | null {
  const [highlighted, setHighlighted] = useState<{ text: string; lines: string[] } | null>(null);
  useEffect(() => {
    let cancelled = false;
    if (text.length > MAX_HIGHLIGHT_BYTES) return;
    import('@/components/readme/highlight-code')
      .then(async ({ highlightLines, languageForPath }) => {
        const language = languageForPath(path);
        const lines = language ? await highlightLines(text, language) : null;
        if (!cancelled && lines) setHighlighted({ text, lines });
      })
      // Unhighlighted code is still readable: nothing to tell the user.
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [path, text]);
  return highlighted?.text === text ? highlighted.lines : null;
}

/**
 * A text file with line numbers. A line number is a link: it selects the line
 * (`#L12`), and with Shift a range from the selected line (`#L12-L20`), by
 * mouse or keyboard (Shift+Enter). The selection lives in the URL.
 */
export function CodeView({ path, text }: CodeViewProps) {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const selection = parseLineHash(hash);
  const plain = text.split('\n');
  if (plain.length > 1 && plain.at(-1) === '') plain.pop();
  const highlighted = useHighlightedLines(path, text);

  // A shared link opens at its selection (once the lines are on the page).
  const firstSelected = selection?.start;
  useEffect(() => {
    if (firstSelected)
      document.getElementById(`L${firstSelected}`)?.scrollIntoView({ block: 'center' });
  }, [firstSelected]);

  return (
    <section
      aria-label={`Contents of ${path}`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: it scrolls sideways for long lines; keyboard users must reach it
      tabIndex={0}
      className="source-code overflow-x-auto rounded-b-lg border border-t-0 border-line bg-surface font-mono text-[13px] leading-6"
    >
      <table className="w-full border-collapse" role="presentation">
        <tbody>
          {plain.map((line, i) => {
            const number = i + 1;
            const isSelected =
              selection !== null && number >= selection.start && number <= selection.end;
            const html = highlighted?.[i];
            return (
              <tr key={number} className={cn(isSelected && 'bg-warn-soft')}>
                <td className="w-px py-0 pr-3 pl-3 text-right align-top whitespace-nowrap select-none">
                  <a
                    id={`L${number}`}
                    href={`#L${number}`}
                    aria-label={`Line ${number}`}
                    aria-current={isSelected ? 'location' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      const next = selectLine(selection, number, event.shiftKey);
                      navigate(
                        { hash: formatLineHash(next) },
                        { replace: true, preventScrollReset: true },
                      );
                    }}
                    // 24 px square at least: stacked line numbers are touch targets.
                    className={cn(
                      'inline-block min-w-6 text-muted hover:text-ink hover:underline',
                      isSelected && 'font-semibold text-ink',
                    )}
                  >
                    {number}
                  </a>
                </td>
                <td className="py-0 pr-4 align-top whitespace-pre">
                  {html !== undefined ? (
                    // biome-ignore lint/security/noDangerouslySetInnerHtml: highlight.js output: escaped text in <span class> only
                    <code dangerouslySetInnerHTML={{ __html: html || ' ' }} />
                  ) : (
                    <code>{line || ' '}</code>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
