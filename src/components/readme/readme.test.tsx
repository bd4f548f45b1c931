import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '@/api/query-client';
import { mockRegistry } from '@/mocks/node';
import { Readme, type ReadmeProps } from './readme';

function renderReadme(props: ReadmeProps) {
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false } });
  return render(
    <QueryClientProvider client={queryClient}>
      <Readme {...props} />
    </QueryClientProvider>,
  );
}

const serde = {
  crateName: 'serde',
  version: '1.0.219',
  repository: 'https://github.com/serde-rs/serde',
};

describe('Readme', () => {
  it('shows a placeholder, then the README with headings, a table and highlighted code', async () => {
    renderReadme(serde);
    expect(screen.getByRole('status')).toHaveTextContent('Loading README');
    const article = await screen.findByRole('article', { name: 'Readme' });
    // README headings sit one level below the page's h1.
    expect(within(article).getAllByRole('heading', { level: 2 })[0]).toHaveTextContent('Serde');
    expect(within(article).getByRole('heading', { name: 'Data formats' })).toBeInTheDocument();
    const table = within(article).getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Format', 'Crate', 'Human readable']);
    const link = within(article).getByRole('link', { name: 'Release notes' });
    expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer ugc');
    // A relative link in the README points into the repository.
    expect(within(article).getByRole('link', { name: 'CONTRIBUTING.md' })).toHaveAttribute(
      'href',
      'https://github.com/serde-rs/serde/blob/HEAD/CONTRIBUTING.md',
    );
    await waitFor(() =>
      expect(article.querySelector('code.language-rust .hljs-keyword')).not.toBeNull(),
    );
    expect(article.querySelector('code.language-rust')).toHaveTextContent('fn main()');
  });

  it('says so when the version has no README', async () => {
    renderReadme({
      crateName: 'shell-quote-rs',
      version: '0.2.1',
      repository: 'https://gitlab.com/ferris-demo/shell-quote-rs',
    });
    expect(
      await screen.findByText('shell-quote-rs v0.2.1 appears to have no README.md file'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('shows an error with Try again when the README fails, and Try again loads it', async () => {
    mockRegistry.fault('readme_file', { kind: 'status', status: 500 });
    renderReadme(serde);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Failed to load README file for serde v1.0.219');
    mockRegistry.clearFaults();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    const article = await screen.findByRole('article', { name: 'Readme' });
    expect(within(article).getByRole('heading', { name: 'Data formats' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('renders the hostile xss-playground README safely', async () => {
    renderReadme({
      crateName: 'xss-playground',
      version: '0.1.1',
      repository: 'https://github.com/mallory-sec/xss-playground',
    });
    const article = await screen.findByRole('article', { name: 'Readme' });
    expect(within(article).getByText('This text must still be visible.')).toBeInTheDocument();
    expect(within(article).getByRole('link', { name: 'normal link' })).toBeInTheDocument();
    expect(within(article).queryByRole('link', { name: 'click me' })).not.toBeInTheDocument();
    expect(document.querySelector('script, iframe, object, embed, form, input, svg')).toBeNull();
    expect(document.querySelector('[href^="javascript:" i], [src^="javascript:" i]')).toBeNull();
    expect(document.querySelector('[style], [onerror]')).toBeNull();
  });
});
