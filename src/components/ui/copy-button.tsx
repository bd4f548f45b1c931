import { useEffect, useState } from 'react';
import { cn } from '@/lib/cn';

export type CopyButtonProps = { text: string; label: string; className?: string };

/** Copies `text`; says "Copied!" (visibly and to screen readers) or that it failed. */
export function CopyButton({ text, label, className }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2500);
    return () => clearTimeout(timer);
  }, [state]);

  return (
    <>
      <button
        type="button"
        aria-label={label}
        title={label}
        onClick={() =>
          navigator.clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          )
        }
        className={cn(
          'shrink-0 rounded-md border border-line bg-surface px-2 py-1 text-xs font-medium hover:bg-surface-2',
          className,
        )}
      >
        {state === 'copied' ? 'Copied!' : state === 'failed' ? 'Copy failed' : 'Copy'}
      </button>
      <span role="status" className="sr-only">
        {state === 'copied' ? 'Copied to clipboard' : state === 'failed' ? 'Copying failed' : ''}
      </span>
    </>
  );
}
