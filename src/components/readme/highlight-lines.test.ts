import { describe, expect, it } from 'vitest';
import { highlightLines, languageForPath } from './highlight-code';

describe('highlighting a file line by line', () => {
  it('closes and reopens spans that a line break falls inside', async () => {
    const lines = await highlightLines('/* one\ntwo */\nfn x() {}', 'rust');
    expect(lines).toHaveLength(3);
    expect(lines?.[0]).toBe('<span class="hljs-comment">/* one</span>');
    expect(lines?.[1]).toBe('<span class="hljs-comment">two */</span>');
    expect(lines?.[2]).toContain('<span class="hljs-keyword">fn</span>');
  });

  it('escapes markup in the source', async () => {
    const lines = await highlightLines('<script>alert(1)</script>', 'rust');
    expect(lines?.join('')).not.toContain('<script>');
    expect(lines?.join('')).toContain('&lt;script&gt;');
  });

  it('knows languages by file name', () => {
    expect(languageForPath('src/lib.rs')).toBe('rs');
    expect(languageForPath('Cargo.lock')).toBe('toml');
    expect(languageForPath('LICENSE-MIT')).toBeNull();
  });
});
