import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '@/test/render';

describe('keywords page', () => {
  it('keeps the sort in its page links, and ignores an unknown sort', async () => {
    const { router } = renderRoute('/keywords?sort=alpha&page=2');
    const pages = await screen.findByRole('navigation', { name: 'Pagination' });
    expect(within(pages).getByRole('link', { name: 'Page 3' })).toHaveAttribute(
      'href',
      '/keywords?sort=alpha&page=3',
    );
    expect(within(pages).getByRole('link', { name: 'Page 1' })).toHaveAttribute(
      'href',
      '/keywords?sort=alpha',
    );
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('alpha');
    await router.navigate('/keywords?page=2&sort=nonsense');
    // An unknown sort falls back to the default.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('crates'),
    );
  });
});
