import type { ReactNode } from 'react';

/** A table that scrolls sideways on narrow screens, named for screen readers. */
export function ScrollTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard
      tabIndex={0}
      className="overflow-x-auto rounded-lg bg-surface ring-1 ring-line"
    >
      <table className="w-full text-left text-sm">{children}</table>
    </section>
  );
}
