import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockRegistry } from '@/mocks/node';
import { renderRoute } from '@/test/render';

describe('front page', () => {
  it('shows placeholders, then the summary lists', async () => {
    renderRoute('/');
    const list = await screen.findByRole('region', { name: 'Most Downloaded' });
    expect((await within(list).findAllByRole('link'))[0]).toHaveTextContent(/^serde/);
    expect(screen.getByRole('heading', { name: 'Popular Categories' })).toBeInTheDocument();
  });

  it('shows an error with "Try again" when the summary fails', async () => {
    mockRegistry.fault('get_summary', { kind: 'status', status: 500, detail: 'database on fire' });
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('database on fire');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
