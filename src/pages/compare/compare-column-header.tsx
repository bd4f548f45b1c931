import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { paths } from '@/lib/paths';
import type { CompareColumn } from './use-compared-names';

export type CompareColumnHeaderProps = { column: CompareColumn; onRemove: (name: string) => void };

/** A crate's column: its colour key (as in the chart), its name, and a remove button. */
export function CompareColumnHeader({ column, onRemove }: CompareColumnHeaderProps) {
  const { crate, name, slot } = column;
  return (
    <div className="flex items-start justify-between gap-2">
      <div className="min-w-0">
        {crate ? (
          <span className="flex items-center gap-2">
            <span
              aria-hidden
              className="inline-block h-1 w-5 shrink-0 rounded-full"
              style={{ background: `var(--chart-${(slot % 7) + 1})` }}
            />
            <Link
              to={paths.crate(crate.name)}
              className="link text-base font-semibold [overflow-wrap:anywhere]"
            >
              {crate.name}
            </Link>
          </span>
        ) : (
          <span className="font-normal">
            No crate named <span className="font-semibold break-all">“{name}”</span>
          </span>
        )}
      </div>
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Remove ${crate?.name ?? name} from the comparison`}
        onClick={() => onRemove(name)}
        className="shrink-0 px-1.5"
      >
        <svg aria-hidden viewBox="0 0 16 16" className="size-4" fill="none" stroke="currentColor">
          <path d="M4 4l8 8M12 4l-8 8" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </Button>
    </div>
  );
}
