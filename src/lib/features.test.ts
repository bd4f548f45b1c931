import { describe, expect, it } from 'vitest';
import { describeFeatureItem, featureNames, parseFeatureItem } from './features';

const features = {
  std: [],
  default: ['std'],
  derive: ['dep:serde_derive'],
  rc: [],
  alloc: ['serde?/alloc'],
};

describe('features', () => {
  it('lists default first, then alphabetically', () => {
    expect(featureNames(features)).toEqual(['default', 'alloc', 'derive', 'rc', 'std']);
  });

  it("reads Cargo's feature syntax", () => {
    expect(parseFeatureItem('std', features)).toEqual({ kind: 'feature', name: 'std' });
    expect(parseFeatureItem('dep:serde_derive', features)).toEqual({
      kind: 'dependency',
      name: 'serde_derive',
    });
    expect(parseFeatureItem('tokio', features)).toEqual({ kind: 'dependency', name: 'tokio' });
    expect(parseFeatureItem('serde/std', features)).toEqual({
      kind: 'dependency-feature',
      name: 'serde',
      feature: 'std',
      weak: false,
    });
    expect(describeFeatureItem(parseFeatureItem('serde?/alloc', features))).toBe(
      'feature alloc of serde (if enabled)',
    );
  });
});
