import { describe, expect, it } from 'vitest';
import { parseCrateNames } from './compare-params';
import { paths } from './paths';

describe('parseCrateNames', () => {
  it('keeps the order given, without blanks or repeats in another spelling', () => {
    expect(parseCrateNames(' serde, ,tokio,Serde,serde-json,serde_json')).toEqual({
      names: ['serde', 'tokio', 'serde-json'],
      dropped: [],
    });
  });

  it('keeps the first five and says which were left out', () => {
    expect(parseCrateNames('a,b,c,d,e,f,g')).toEqual({
      names: ['a', 'b', 'c', 'd', 'e'],
      dropped: ['f', 'g'],
    });
  });

  it('reads nothing from a missing or empty parameter', () => {
    expect(parseCrateNames(null).names).toEqual([]);
    expect(parseCrateNames('').names).toEqual([]);
  });

  it('round-trips with the URL builder', () => {
    expect(paths.compare(['serde', 'tokio'])).toBe('/compare?crates=serde,tokio');
    expect(paths.compare([])).toBe('/compare');
    const url = new URL(paths.compare(['a b', 'c&d']), 'http://x');
    expect(parseCrateNames(url.searchParams.get('crates')).names).toEqual(['a b', 'c&d']);
  });
});
