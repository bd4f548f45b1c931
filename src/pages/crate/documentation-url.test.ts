import { describe, expect, it } from 'vitest';
import { documentationUrl } from './documentation-url';

describe('documentationUrl', () => {
  it('keeps a declared URL that is not docs.rs', () => {
    expect(documentationUrl('https://tokio.rs/docs', 'tokio', '1.0.0', false)).toBe(
      'https://tokio.rs/docs',
    );
  });
  it('links docs.rs only when the build succeeded', () => {
    expect(documentationUrl(null, 'serde', '1.0.219', true)).toBe('https://docs.rs/serde/1.0.219');
    expect(documentationUrl(null, 'serde', '1.0.219', false)).toBeNull();
    expect(documentationUrl(null, 'serde', '1.0.219', undefined)).toBeNull();
    expect(documentationUrl('https://docs.rs/serde', 'serde', '1.0.219', false)).toBe(
      'https://docs.rs/serde',
    );
  });
});
