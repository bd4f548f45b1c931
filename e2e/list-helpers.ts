// Shared looks at the discovery pages' lists: crate rows, counts, pagination.
import type { Page } from '@playwright/test';
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
