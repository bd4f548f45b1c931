import { describe, expect, it } from 'vitest';
import { implicitFeatures, resolveFeatures } from './feature-resolution';

// The examples of the Cargo book's "Features" chapter (reference/features.html).
const image = {
  default: ['ico', 'webp'],
  bmp: [],
  png: [],
  ico: ['bmp', 'png'],
  webp: [],
  avif: ['dep:ravif', 'dep:rgb'],
  parallel: ['jpeg-decoder/rayon'],
  serde: ['dep:serde', 'rgb?/serde'],
};
const dep = (crate_id: string, optional = true, kind = 'normal') => ({ crate_id, optional, kind });
const imageDeps = [
  dep('gif'),
  dep('ravif'),
  dep('rgb'),
  dep('jpeg-decoder'),
  dep('serde'),
  dep('num-traits', false),
  dep('criterion', false, 'dev'),
];

describe('feature resolution (Cargo book examples)', () => {
  it('turns on what default lists, transitively', () => {
    const r = resolveFeatures(image, imageDeps, { features: [], defaultFeatures: true });
    expect(r.features).toEqual(['bmp', 'default', 'ico', 'png', 'webp']);
    expect(r.optionalDependencies).toEqual([]);
    expect(r.dependencyCount).toBe(1);
  });

  it('turns nothing on without default features', () => {
    const r = resolveFeatures(image, imageDeps, { features: [], defaultFeatures: false });
    expect(r.features).toEqual([]);
    expect(r.dependencyCount).toBe(1);
  });

  it('makes an optional dependency without dep: an implicit feature', () => {
    expect(implicitFeatures(image, imageDeps)).toEqual(['gif', 'jpeg-decoder']);
    const r = resolveFeatures(image, imageDeps, { features: ['gif'], defaultFeatures: false });
    expect(r.features).toEqual(['gif']);
    expect(r.optionalDependencies).toEqual(['gif']);
    expect(r.dependencyCount).toBe(2);
  });

  it('enables dep: dependencies without a feature of their name', () => {
    const r = resolveFeatures(image, imageDeps, { features: ['avif'], defaultFeatures: false });
    expect(r.features).toEqual(['avif']);
    expect(r.optionalDependencies).toEqual(['ravif', 'rgb']);
    expect(r.dependencyCount).toBe(3);
  });

  it('enables an optional dependency and its feature with dep/feature', () => {
    const r = resolveFeatures(image, imageDeps, { features: ['parallel'], defaultFeatures: false });
    // jpeg-decoder has no dep: anywhere, so its implicit feature comes on too.
    expect(r.features).toEqual(['jpeg-decoder', 'parallel']);
    expect(r.optionalDependencies).toEqual(['jpeg-decoder']);
    expect(r.dependencyFeatures).toEqual({ 'jpeg-decoder': ['rayon'] });
  });

  it('leaves a weak dep?/feature off while its dependency is off', () => {
    const r = resolveFeatures(image, imageDeps, { features: ['serde'], defaultFeatures: false });
    expect(r.optionalDependencies).toEqual(['serde']);
    expect(r.dependencyFeatures).toEqual({});
  });

  it('turns a weak dep?/feature on once something else enables the dependency', () => {
    const r = resolveFeatures(image, imageDeps, {
      features: ['serde', 'avif'],
      defaultFeatures: false,
    });
    expect(r.optionalDependencies).toEqual(['ravif', 'rgb', 'serde']);
    expect(r.dependencyFeatures).toEqual({ rgb: ['serde'] });
    expect(r.dependencyCount).toBe(4);
  });

  it('applies dep/feature to a required dependency without enabling anything else', () => {
    const r = resolveFeatures({ std: ['num-traits/std', 'num-traits?/libm'] }, imageDeps, {
      features: ['std'],
      defaultFeatures: true,
    });
    expect(r.features).toEqual(['std']);
    expect(r.optionalDependencies).toEqual([]);
    expect(r.dependencyFeatures).toEqual({ 'num-traits': ['libm', 'std'] });
  });

  it('ignores unknown features and survives cycles', () => {
    const r = resolveFeatures({ a: ['b'], b: ['a'] }, [], {
      features: ['a', 'nope'],
      defaultFeatures: true,
    });
    expect(r.features).toEqual(['a', 'b']);
  });
});
