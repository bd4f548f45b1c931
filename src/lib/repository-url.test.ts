import { describe, expect, it } from 'vitest';
import { parseRepositoryUrl } from './repository-url';

describe('parseRepositoryUrl', () => {
  it('reads GitHub owner and repository, without .git', () => {
    expect(parseRepositoryUrl('https://github.com/serde-rs/serde')).toEqual({
      provider: 'github',
      owner: 'serde-rs',
      repo: 'serde',
    });
    expect(parseRepositoryUrl('https://github.com/ferris/ferris-says.git')).toEqual({
      provider: 'github',
      owner: 'ferris',
      repo: 'ferris-says',
    });
    expect(
      parseRepositoryUrl('https://github.com/serde-rs/serde/tree/master/serde_derive'),
    ).toMatchObject({ repo: 'serde' });
  });

  it('reads GitLab nested groups and stops at /-/', () => {
    expect(parseRepositoryUrl('https://gitlab.com/ferris-labs/configs/crab-config')).toEqual({
      provider: 'gitlab',
      namespace: 'ferris-labs/configs',
      project: 'crab-config',
    });
    expect(parseRepositoryUrl('https://gitlab.com/a/b/-/tree/main')).toEqual({
      provider: 'gitlab',
      namespace: 'a',
      project: 'b',
    });
  });

  it('gives up on other hosts, incomplete paths and non-URLs', () => {
    expect(parseRepositoryUrl('https://codeberg.org/a/b')).toBeNull();
    expect(parseRepositoryUrl('https://github.com/only-owner')).toBeNull();
    expect(parseRepositoryUrl('not a url')).toBeNull();
    expect(parseRepositoryUrl(null)).toBeNull();
  });
});
