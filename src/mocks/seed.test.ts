import { describe, expect, it } from 'vitest';
import { canonical } from './db';
import { crates as catalog } from './fixtures/catalog';
import { DEMO_LOGIN, seedRegistry } from './seed';
import { defaultVersion } from './versions';

const db = seedRegistry(new Date('2026-11-20T12:00:00Z'));

describe('seed registry', () => {
  it('looks like the real registry', () => {
    expect(db.crates.length).toBeGreaterThanOrEqual(60);
    const counts = db.crates.map((c) => db.versionsOf(c.id).length);
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(2000);
    expect(Math.min(...counts)).toBe(1);
    expect(db.categories.some((c) => c.parent !== null)).toBe(true);
    expect(db.versions.some((v) => v.num.includes('-'))).toBe(true);
    expect(db.versions.some((v) => v.yanked && v.yank_message)).toBe(true);
  });

  it('has dependencies of every kind, all pointing at seeded crates', () => {
    const kinds = new Set(db.dependencies.map((d) => d.kind));
    expect([...kinds].sort()).toEqual(['build', 'dev', 'normal']);
    expect(db.dependencies.some((d) => d.optional)).toBe(true);
    expect(db.dependencies.some((d) => d.target)).toBe(true);
    expect(db.dependencies.some((d) => !d.default_features)).toBe(true);
    expect(db.dependencies.some((d) => d.features.length > 0)).toBe(true);
    const names = new Set(db.crates.map((c) => canonical(c.name)));
    const missing = db.dependencies.filter((d) => !names.has(canonical(d.crate_name)));
    expect(missing.map((d) => d.crate_name)).toEqual([]);
  });

  it('has 90 days of downloads and a demo user with everything to manage', () => {
    expect(db.daily.size).toBeGreaterThan(100);
    const demo = db.userByLogin(DEMO_LOGIN);
    expect(demo).toBeDefined();
    const id = demo?.id ?? -1;
    expect(db.tokens.filter((t) => t.user_id === id).length).toBeGreaterThanOrEqual(4);
    expect(db.invitations.filter((i) => i.invitee_id === id).length).toBeGreaterThanOrEqual(2);
    expect(db.followedBy(id).size).toBeGreaterThan(0);
    expect(db.githubConfigs.length + db.gitlabConfigs.length).toBeGreaterThan(0);
    expect(db.cratesOwnedBy({ kind: 'user', id }).length).toBeGreaterThanOrEqual(3);
  });

  it('has a crate whose every version is yanked, and a default version for all others', () => {
    const allYanked = db.crates.filter((c) => db.versionsOf(c.id).every((v) => v.yanked));
    expect(allYanked.length).toBeGreaterThanOrEqual(1);
    for (const crate of db.crates) expect(defaultVersion(db.versionsOf(crate.id))).toBeDefined();
  });

  it('has as many versions and yanked versions as the catalog says', () => {
    const claims = catalog.map((e) => [
      e.name,
      e.versions + (e.prereleases ? 3 : 0),
      Math.min(e.yanked ?? 0, e.versions + (e.prereleases ? 3 : 0)),
    ]);
    const actual = catalog.map((e) => {
      const versions = db.versionsOf(db.crateByName(e.name)?.id ?? -1);
      return [e.name, versions.length, versions.filter((v) => v.yanked).length];
    });
    expect(actual).toEqual(claims);
    const tokio = actual.find(([name]) => name === 'tokio');
    expect(tokio).toEqual(['tokio', 184, 2]);
  });

  it('dates each crate from its first release', () => {
    for (const crate of db.crates) {
      const first = db.versionsOf(crate.id).reduce((a, b) => (a.created_at < b.created_at ? a : b));
      expect([crate.name, crate.created_at]).toEqual([crate.name, first.created_at]);
    }
  });

  it('is deterministic', () => {
    const again = seedRegistry(new Date('2026-11-20T12:00:00Z'));
    expect(again.versions.map((v) => v.num)).toEqual(db.versions.map((v) => v.num));
  });

  it('seeds quickly enough to reset between tests', () => {
    // CPU time, not wall time: a busy machine stretches the clock, not the work.
    // (Vitest runs each test file in a process of its own.)
    const start = process.cpuUsage();
    seedRegistry(new Date('2026-11-20T12:00:00Z'));
    const used = process.cpuUsage(start);
    expect((used.user + used.system) / 1000).toBeLessThan(1500);
  });
});
