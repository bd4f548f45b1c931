import { describe, expect, it } from 'vitest';
import { describeProvenance, explainChange, provenanceOf, publisherChanges } from './provenance';

const user = (login: string) => ({ id: 1, login, name: null, avatar: null, url: '' });
const github = { provider: 'github', repository: 'ferris-demo/ferris-says', run_id: '1', sha: 'a' };
const gitlab = { provider: 'gitlab', project_path: 'ferris/shell', job_id: '2', sha: 'b' };

describe('provenance', () => {
  it('names the CI repository or the token owner', () => {
    expect(describeProvenance(provenanceOf({ trustpub_data: github, published_by: null }))).toBe(
      'via GitHub Actions from ferris-demo/ferris-says',
    );
    expect(describeProvenance(provenanceOf({ trustpub_data: gitlab, published_by: null }))).toBe(
      'via GitLab CI from ferris/shell',
    );
    expect(
      describeProvenance(provenanceOf({ trustpub_data: null, published_by: user('ferris') })),
    ).toBe('by @ferris with an API token');
    expect(describeProvenance(provenanceOf({ trustpub_data: null, published_by: null }))).toBe(
      'publisher not recorded',
    );
    expect(
      describeProvenance(
        provenanceOf({ trustpub_data: { provider: 'codeberg' }, published_by: null }),
      ),
    ).toBe('via trusted publishing (codeberg)');
  });

  it('flags a release whose publisher differs from the one published before it', () => {
    const versions = [
      { id: 3, num: '0.3.0', created_at: '2026-03-01', trustpub_data: github, published_by: null },
      { id: 1, num: '0.1.0', created_at: '2026-01-01', trustpub_data: null, published_by: null },
      {
        id: 2,
        num: '0.2.0',
        created_at: '2026-02-01',
        trustpub_data: null,
        published_by: user('ferris'),
      },
      { id: 4, num: '0.4.0', created_at: '2026-04-01', trustpub_data: github, published_by: null },
    ];
    const changes = publisherChanges(versions);
    expect([...changes.keys()]).toEqual([3]);
    const change = changes.get(3);
    expect(change && explainChange(change)).toBe(
      'The release before, 0.2.0, was published by @ferris with an API token: check that this change was expected.',
    );
  });
});
