// Contract cases for crates: lists, one crate, follows, settings, deletion, publish.
import { describe, expect, it } from 'vitest';
import { check, demo, demoCrate, mockRegistry } from './harness';

describe('crates', () => {
  it('list_crates searches by name, sorted by relevance', async () => {
    const body = await check(
      'list_crates',
      200,
      '/api/v1/crates?q=serde&sort=relevance&page=1&per_page=5',
    );
    expect(body.crates[0].name).toBe('serde');
  });

  it('list_crates pages with a seek cursor', async () => {
    const body = await check('list_crates', 200, '/api/v1/crates?sort=alpha&per_page=3&seek=WzNd');
    expect(body.meta.next_page).toMatch(/seek=/);
  });

  it('list_crates filters by category, keyword, yanked, letter, user and ids', async () => {
    await check(
      'list_crates',
      200,
      '/api/v1/crates?category=encoding&keyword=json&include_yanked=no',
    );
    await check('list_crates', 200, '/api/v1/crates?all_keywords=serde%20serialization&letter=s');
    await check('list_crates', 200, `/api/v1/crates?user_id=${demo().id}&ids[]=serde&ids[]=tokio`);
  });

  it('find_crate answers a crate with its versions, includes and a case-insensitive name', async () => {
    const serde = await check('find_crate', 200, '/api/v1/crates/serde');
    expect(serde.versions.length).toBeGreaterThan(100);
    await check(
      'find_crate',
      200,
      '/api/v1/crates/Serde_Derive?include=keywords,categories,downloads,default_version',
    );
  });

  it('find_crate answers 404 for an unknown crate', async () => {
    await check('find_crate', 404, '/api/v1/crates/no-such-crate');
  });

  it('find_new_crate answers 404 when no crate is called "new", as crates.io does', async () => {
    await check('find_new_crate', 404, '/api/v1/crates/new');
  });

  it('get_crate_downloads answers the daily downloads with the versions', async () => {
    await check('get_crate_downloads', 200, '/api/v1/crates/serde/downloads?include=versions');
  });

  it('list_reverse_dependencies pages the dependents', async () => {
    const body = await check(
      'list_reverse_dependencies',
      200,
      '/api/v1/crates/serde/reverse_dependencies?page=2&per_page=5',
    );
    expect(body.meta.total).toBeGreaterThan(5);
  });

  it('follow_crate, get_following_crate and unfollow_crate keep a follow', async () => {
    mockRegistry.login('ferris-demo');
    await check('follow_crate', 200, '/api/v1/crates/hex/follow', { method: 'PUT' });
    expect(
      (await check('get_following_crate', 200, '/api/v1/crates/hex/following')).following,
    ).toBe(true);
    await check('unfollow_crate', 200, '/api/v1/crates/hex/follow', { method: 'DELETE' });
    expect(
      (await check('get_following_crate', 200, '/api/v1/crates/hex/following')).following,
    ).toBe(false);
  });

  it('follow_crate, get_following_crate and unfollow_crate refuse without a session', async () => {
    await check('follow_crate', 403, '/api/v1/crates/serde/follow', { method: 'PUT' });
    await check('get_following_crate', 403, '/api/v1/crates/serde/following');
    await check('unfollow_crate', 403, '/api/v1/crates/serde/follow', { method: 'DELETE' });
  });

  it('update_crate changes an owned crate', async () => {
    mockRegistry.login('ferris-demo');
    const body = await check('update_crate', 200, `/api/v1/crates/${demoCrate().name}`, {
      method: 'PATCH',
      body: { crate: { trustpub_only: true } },
    });
    expect(body.crate.trustpub_only).toBe(true);
  });

  it("update_crate refuses someone else's crate", async () => {
    mockRegistry.login('ferris-demo');
    await check('update_crate', 403, '/api/v1/crates/serde', {
      method: 'PATCH',
      body: { crate: { trustpub_only: true } },
    });
  });

  it('delete_crate refuses without a session', async () => {
    await check('delete_crate', 403, '/api/v1/crates/serde', { method: 'DELETE' });
  });

  it('delete_crate refuses a shared, much downloaded crate, as crates.io does', async () => {
    mockRegistry.login('ferris-demo');
    const refused = await check('delete_crate', 422, '/api/v1/crates/ferris-says', {
      method: 'DELETE',
    });
    expect(refused.errors[0].detail).toBe(
      'only crates with a single owner can be deleted after 72 hours',
    );
  });

  it('delete_crate deletes a two-day-old crate', async () => {
    mockRegistry.login('ferris-demo');
    await check('delete_crate', 204, '/api/v1/crates/ferris-scratch?message=unused', {
      method: 'DELETE',
    });
    await check('find_crate', 404, '/api/v1/crates/ferris-scratch');
  });

  it('publish refuses what is not a crate upload', async () => {
    mockRegistry.login('ferris-demo');
    await check('publish', 400, '/api/v1/crates/new', { method: 'PUT', body: {} });
  });
});
