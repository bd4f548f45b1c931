import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockRegistry } from '@/mocks/node';
import { renderRoute } from '@/test/render';

describe('front page', () => {
  it('shows placeholders, then the summary lists', async () => {
    mockRegistry.fault('get_summary', { kind: 'hang' });
    renderRoute('/');
    // While the summary loads, every list keeps its ten rows, with nothing to follow yet.
    const list = await screen.findByRole('region', { name: 'Most Downloaded' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    expect(within(list).queryAllByRole('link')).toEqual([]);
    const categories = screen.getByRole('region', { name: 'Popular Categories' });
    expect(within(categories).getAllByRole('listitem')).toHaveLength(10);
    expect(within(categories).queryAllByRole('link')).toEqual([]);
    expect(screen.getByText('Downloads').nextElementSibling?.textContent).toBe('');

    mockRegistry.faults.release();
    const links = await within(list).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'serde4B',
      'serde_derive3B',
      'libc2.8B',
      'serde_json2.6B',
      'tokio2.3B',
      'syn2.1B',
      'clap1.8B',
      'openssl-sys1.7B',
      'nom1.6B',
      'regex1.5B',
    ]);
    const categoryLinks = within(categories).getAllByRole('link');
    expect(categoryLinks).toHaveLength(10);
    expect(categoryLinks[0]).toHaveTextContent('No standard library28 crates');
    expect(categoryLinks[1]).toHaveTextContent('Development tools20 crates');
    expect(screen.getByText('Downloads').nextElementSibling?.textContent).toBe('69,217,291,577');
  });

  it('shows an error with "Try again" when the summary fails', async () => {
    mockRegistry.fault('get_summary', { kind: 'status', status: 500, detail: 'database on fire' });
    renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('database on fire');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});
