import { describe, expect, it } from 'vitest';
import { parseLicense, spdxUrl } from './spdx';

describe('parseLicense', () => {
  it('splits an OR expression', () => {
    expect(parseLicense('MIT OR Apache-2.0')).toEqual([
      { kind: 'license', id: 'MIT' },
      { kind: 'text', text: 'OR' },
      { kind: 'license', id: 'Apache-2.0' },
    ]);
  });

  it('reads the legacy slash form as OR', () => {
    expect(
      parseLicense('MIT/Apache-2.0').map((p) => (p.kind === 'license' ? p.id : p.text)),
    ).toEqual(['MIT', 'OR', 'Apache-2.0']);
  });

  it('keeps exceptions and parentheses', () => {
    expect(
      parseLicense('(Apache-2.0 WITH LLVM-exception) OR MIT').map((p) =>
        p.kind === 'license' ? p.id : p.text,
      ),
    ).toEqual(['(', 'Apache-2.0', 'WITH', 'LLVM-exception', ')', 'OR', 'MIT']);
  });

  it('links ids to spdx.org', () => {
    expect(spdxUrl('MIT')).toBe('https://spdx.org/licenses/MIT.html');
  });
});
