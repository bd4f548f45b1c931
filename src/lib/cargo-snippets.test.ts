import { describe, expect, it } from 'vitest';
import { cargoAddCommand, manifestLine } from './cargo-snippets';

const tokio = { name: 'tokio', version: '1.44.2', isDefaultVersion: false };

describe('cargo snippets', () => {
  it('writes the command and manifest line for a selection', () => {
    const input = { ...tokio, features: ['net', 'rt'], defaultFeatures: false };
    expect(cargoAddCommand(input)).toBe('cargo add tokio@1.44.2 --no-default-features -F net,rt');
    expect(manifestLine(input)).toBe(
      'tokio = { version = "1.44.2", default-features = false, features = ["net", "rt"] }',
    );
  });

  it('leaves the version out of the command for the default version', () => {
    const input = { ...tokio, isDefaultVersion: true, features: ['net'], defaultFeatures: true };
    expect(cargoAddCommand(input)).toBe('cargo add tokio -F net');
    expect(manifestLine(input)).toBe('tokio = { version = "1.44.2", features = ["net"] }');
  });

  it('writes the short forms when nothing is chosen', () => {
    const input = { ...tokio, features: [], defaultFeatures: true };
    expect(cargoAddCommand(input)).toBe('cargo add tokio@1.44.2');
    expect(manifestLine(input)).toBe('tokio = "1.44.2"');
  });
});
