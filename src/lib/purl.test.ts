import { describe, expect, it } from 'vitest';
import { cratePurl } from './purl';

describe('cratePurl', () => {
  it('names the cargo package and version', () => {
    expect(cratePurl('serde', '1.0.219')).toBe('pkg:cargo/serde@1.0.219');
    expect(cratePurl('tokio', '2.0.0-alpha.1+build')).toBe('pkg:cargo/tokio@2.0.0-alpha.1%2Bbuild');
  });
});
