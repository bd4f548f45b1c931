import { Link } from 'react-router';
import { cn } from '@/lib/cn';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

export type LetterFilterProps = {
  current: string | null;
  /** The URL of the list for a letter (null: every crate). */
  hrefFor: (letter: string | null) => string;
};

/** "All, A, B … Z": lists crates by first letter; the current one is marked. */
export function LetterFilter({ current, hrefFor }: LetterFilterProps) {
  const item = (letter: string | null, label: string) => {
    const active = letter === current;
    return (
      <li key={label}>
        <Link
          to={hrefFor(letter)}
          aria-current={active ? 'page' : undefined}
          aria-label={letter ? `Crates starting with ${letter}` : 'All crates'}
          className={cn(
            'inline-flex h-8 min-w-8 items-center justify-center rounded-md px-1.5 text-sm',
            active ? 'bg-accent font-semibold text-accent-ink' : 'text-link hover:bg-surface-2',
          )}
        >
          {label}
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label="Filter by first letter">
      <ul className="flex flex-wrap gap-0.5">
        {item(null, 'All')}
        {LETTERS.map((letter) => item(letter, letter))}
      </ul>
    </nav>
  );
}
