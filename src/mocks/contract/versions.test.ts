// Contract cases for versions: lists, one version, its data, yank and docs rebuilds.
import { describe, expect, it } from 'vitest';
import { check, db, demoCrate, mockRegistry } from './harness';

/** An owned crate and its first version. */
function owned() {
  mockRegistry.login('ferris-demo');
  const crate = demoCrate();
  return { name: crate.name, num: db().versionsOf(crate.id)[0]?.num ?? '' };
}

describe('versions', () => {
  it('list_versions answers release tracks, sorted by semver', async () => {
    await check(
      'list_versions',
      200,
      '/api/v1/crates/serde/versions?include=release_tracks&sort=semver',
    );
  });

  it('list_versions pages 2,000 versions with a seek cursor', async () => {
    const body = await check(
      'list_versions',
      200,
      '/api/v1/crates/nightly-build-tool/versions?per_page=100&seek=WzEwMF0',
    );
    expect(body.meta.total).toBeGreaterThanOrEqual(2000);
  });

  it('find_version answers a version', async () => {
    expect((await check('find_version', 200, '/api/v1/crates/serde/1.0.219')).version.num).toBe(
      '1.0.219',
    );
  });

  it('find_version answers 404 for an unknown version', async () => {
    await check('find_version', 404, '/api/v1/crates/serde/9.9.9');
  });

  it("get_version_authors, get_version_dependencies and get_version_downloads answer a version's data", async () => {
    // The spec has no schema for this answer: check its shape here.
    const authors = await check('get_version_authors', 200, '/api/v1/crates/serde/1.0.219/authors');
    expect(authors.users[0].login).toBe('dtolnay');
    await check('get_version_dependencies', 200, '/api/v1/crates/tokio/1.44.1/dependencies');
    await check('get_version_downloads', 200, '/api/v1/crates/serde/1.0.219/downloads');
  });

  it('download_version answers where the archive is', async () => {
    await check('download_version', 200, '/api/v1/crates/serde/1.0.219/download');
  });

  it('get_version_readme answers the URL of the rendered README', async () => {
    const body = await check('get_version_readme', 200, '/api/v1/crates/serde/1.0.219/readme');
    expect(body.url).toMatch(/\.html$/);
  });

  it("get_authenticated_user_updates lists the new versions of one's crates", async () => {
    mockRegistry.login('ferris-demo');
    await check('get_authenticated_user_updates', 200, '/api/v1/me/updates?page=1');
  });

  it('get_authenticated_user_updates refuses without a session', async () => {
    await check('get_authenticated_user_updates', 403, '/api/v1/me/updates');
  });

  it('update_version yanks with a message', async () => {
    const { name, num } = owned();
    const body = await check('update_version', 200, `/api/v1/crates/${name}/${num}`, {
      method: 'PATCH',
      body: { version: { yanked: true, yank_message: 'broken' } },
    });
    expect(body.version.yank_message).toBe('broken');
  });

  it('yank_version and unyank_version yank and restore a version', async () => {
    const { name, num } = owned();
    await check('yank_version', 200, `/api/v1/crates/${name}/${num}/yank`, { method: 'DELETE' });
    expect((await check('find_version', 200, `/api/v1/crates/${name}/${num}`)).version.yanked).toBe(
      true,
    );
    await check('unyank_version', 200, `/api/v1/crates/${name}/${num}/unyank`, { method: 'PUT' });
    expect((await check('find_version', 200, `/api/v1/crates/${name}/${num}`)).version.yanked).toBe(
      false,
    );
  });

  it('rebuild_version_docs queues a docs build', async () => {
    const { name, num } = owned();
    await check('rebuild_version_docs', 201, `/api/v1/crates/${name}/${num}/rebuild_docs`, {
      method: 'POST',
    });
  });
});
