import { describe, expect, it } from 'vitest';
import { diffDependencies, diffFeatures, previousVersion } from './version-diff';

const dep = (
  crate_id: string,
  req: string,
  extra: Partial<{
    kind: string;
    optional: boolean;
    features: string[];
    target: string | null;
  }> = {},
) => ({
  crate_id,
  req,
  kind: extra.kind ?? 'normal',
  optional: extra.optional ?? false,
  default_features: true,
  features: extra.features ?? [],
  target: extra.target ?? null,
});

describe('version diff', () => {
  it('pairs dependencies by crate, kind and target', () => {
    const diff = diffDependencies(
      [
        dep('hyper', '^0.14'),
        dep('log', '^0.4'),
        dep('tower', '^0.4', { kind: 'dev' }),
        dep('url', '^2'),
      ],
      [
        dep('hyper', '^1.1'),
        dep('log', '^0.4'),
        dep('tower', '^0.5'),
        dep('url', '^2', { optional: true }),
      ],
    );
    expect(diff.added.map((d) => `${d.crate_id} ${d.kind}`)).toEqual(['tower normal']);
    expect(diff.removed.map((d) => `${d.crate_id} ${d.kind}`)).toEqual(['tower dev']);
    expect(diff.changed.map((c) => `${c.to.crate_id}: ${c.from.req} -> ${c.to.req}`)).toEqual([
      'hyper: ^0.14 -> ^1.1',
      'url: ^2 -> ^2',
    ]);
    expect(diff.unchanged).toBe(1);
  });

  it('finds features added, removed and changed (order of items aside)', () => {
    expect(
      diffFeatures(
        { default: ['std'], std: [], old: [], json: ['dep:serde', 'dep:serde_json'] },
        { default: ['std', 'json'], std: [], new: [], json: ['dep:serde_json', 'dep:serde'] },
      ),
    ).toEqual({
      added: ['new'],
      removed: ['old'],
      changed: [{ name: 'default', from: ['std'], to: ['std', 'json'] }],
    });
  });

  it('finds the previous version by number, not by date', () => {
    const nums = ['1.0.0', '0.9.5', '1.1.0', '0.9.4', '1.0.1-beta.1'];
    expect(previousVersion(nums, '1.1.0')).toBe('1.0.1-beta.1');
    expect(previousVersion(nums, '1.0.0')).toBe('0.9.5');
    expect(previousVersion(nums, '0.9.4')).toBeNull();
  });
});
