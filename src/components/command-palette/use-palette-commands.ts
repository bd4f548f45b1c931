import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { crateQueries } from '@/api/queries/crates';
import { canonicalCrateName } from '@/lib/crate-name';
import { paths } from '@/lib/paths';
import { recentCrates } from '@/lib/recent-crates';
import { type Command, crateTabCommands, matches, PAGE_COMMANDS } from './commands';
import { useDebounced } from './use-debounced';

const SEARCH_DELAY_MS = 200;

/** What the palette offers for the text typed: crates from the API, pages, this crate's tabs. */
export function usePaletteCommands(text: string, crate: string | null) {
  const term = useDebounced(text.trim(), SEARCH_DELAY_MS);
  const search = useQuery({
    ...crateQueries.list({ q: term, per_page: 7 }),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
  const typed = text.trim();
  const tabs = crate ? crateTabCommands(crate) : [];

  if (!typed) {
    const recent: Command[] = recentCrates().map((name) => ({
      id: `recent:${name}`,
      label: name,
      to: paths.crate(name),
      group: 'Recent crates',
    }));
    return { commands: [...recent, ...tabs, ...PAGE_COMMANDS], searching: false, error: null };
  }

  const found = term ? (search.data?.crates ?? []) : [];
  // The exact name first, whatever the API's ranking.
  const exact = canonicalCrateName(term);
  const crates: Command[] = [...found]
    .sort(
      (a, b) =>
        Number(canonicalCrateName(b.name) === exact) - Number(canonicalCrateName(a.name) === exact),
    )
    .map((c) => ({
      id: `crate:${c.name}`,
      label: c.name,
      detail: c.default_version ?? c.max_version,
      description: c.description ?? undefined,
      to: paths.crate(c.name),
      group: 'Crates',
    }));
  const searchAll: Command = {
    id: 'search',
    label: `Search for “${typed}”`,
    to: paths.search({ q: typed }),
    group: 'Crates',
  };
  return {
    commands: [
      ...crates,
      searchAll,
      ...tabs.filter((c) => matches(c, typed)),
      ...PAGE_COMMANDS.filter((c) => matches(c, typed)),
    ],
    searching: term !== typed || search.isFetching,
    error: search.isError ? search.error : null,
  };
}
