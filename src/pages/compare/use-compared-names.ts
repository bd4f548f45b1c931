import { useNavigate, useSearchParams } from 'react-router';
import type { Crate } from '@/api/types';
import { parseCrateNames } from '@/lib/compare-params';
import { paths } from '@/lib/paths';

export type ComparedCrate = {
  name: string;
  /** Position in the URL: gives the crate its colour and line style. */
  slot: number;
};

/** A column of the comparison: the crate, or null when no crate has that name. */
export type CompareColumn = ComparedCrate & { crate: Crate | null };

/** The compared crates live in the URL (`?crates=a,b`): each change is a history entry. */
export function useComparedNames() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { names, dropped } = parseCrateNames(params.get('crates'));
  const go = (next: string[]) => navigate(paths.compare(next), { preventScrollReset: true });
  return {
    names,
    dropped,
    add: (name: string) => go([...names, name]),
    remove: (name: string) => go(names.filter((n) => n !== name)),
  };
}
