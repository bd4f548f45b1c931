// Shared looks at the discovery pages' lists: crate rows, counts, pagination.
import type { Page } from '@playwright/test';
import type { Db } from '../src/mocks/db';
import { recentDownloads } from '../src/mocks/serializers';
import { expect } from './fixtures';

/** The crate names of the rows shown, in order. */
export const crateNames = (page: Page) =>
  page.getByRole('article').getByRole('heading').getByRole('link').allTextContents();

/** Waits until exactly these crate rows show, in order (the previous ones may linger while loading). */
export async function expectCrateNames(page: Page, names: string[]) {
  await expect(page.getByRole('article').getByRole('heading').getByRole('link')).toHaveText(names);
}

export const pagination = (page: Page) => page.getByRole('navigation', { name: 'Pagination' });

export const sortSelect = (page: Page) => page.getByRole('combobox', { name: 'Sort by' });

export async function expectDisplaying(page: Page, from: number, to: number, total: number) {
  await expect(page.getByText(`Displaying ${from}–${to} of ${total} total results`)).toBeVisible();
}

/** Previous/Next are links when usable and marked aria-disabled at the ends. */
export async function expectEdges(page: Page, previous: boolean, next: boolean) {
  const nav = pagination(page);
  for (const [label, enabled] of [
    ['Previous', previous],
    ['Next', next],
  ] as const) {
    if (enabled) await expect(nav.getByRole('link', { name: label })).toBeVisible();
    else await expect(nav.getByText(label)).toHaveAttribute('aria-disabled', 'true');
  }
}

export const totalDownloads = (db: Db, crateId: number) =>
  db.versionsOf(crateId).reduce((sum, v) => sum + v.downloads, 0);

/** Crate names as the registry orders them, for the sorts the lists offer. */
export function namesBy(
  db: Db,
  sort: 'alpha' | 'downloads' | 'recent-downloads' | 'recent-updates' | 'new',
  filter: (crate: Db['crates'][number]) => boolean = () => true,
) {
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  const crates = db.crates.filter(filter);
  const sorters = {
    alpha: byName,
    downloads: (a: Db['crates'][number], b: Db['crates'][number]) =>
      totalDownloads(db, b.id) - totalDownloads(db, a.id) || byName(a, b),
    'recent-downloads': (a: Db['crates'][number], b: Db['crates'][number]) =>
      recentDownloads(db, b.id) - recentDownloads(db, a.id) || byName(a, b),
    'recent-updates': (a: Db['crates'][number], b: Db['crates'][number]) =>
      b.updated_at.localeCompare(a.updated_at) || byName(a, b),
    new: (a: Db['crates'][number], b: Db['crates'][number]) =>
      b.created_at.localeCompare(a.created_at) || byName(a, b),
  };
  return crates.sort(sorters[sort]).map((c) => c.name);
}
