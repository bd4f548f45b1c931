// The `cargo add` command and Cargo.toml line for a crate and a feature selection.

export type SnippetInput = {
  name: string;
  version: string;
  /** The default version is added without a version, as `cargo add` picks it. */
  isDefaultVersion: boolean;
  features: string[];
  defaultFeatures: boolean;
};

export function cargoAddCommand(input: SnippetInput): string {
  const parts = [
    'cargo add',
    input.isDefaultVersion ? input.name : `${input.name}@${input.version}`,
  ];
  if (!input.defaultFeatures) parts.push('--no-default-features');
  if (input.features.length > 0) parts.push(`-F ${input.features.join(',')}`);
  return parts.join(' ');
}

export function manifestLine(input: SnippetInput): string {
  if (input.defaultFeatures && input.features.length === 0) {
    return `${input.name} = "${input.version}"`;
  }
  const fields = [`version = "${input.version}"`];
  if (!input.defaultFeatures) fields.push('default-features = false');
  if (input.features.length > 0) {
    fields.push(`features = [${input.features.map((f) => `"${f}"`).join(', ')}]`);
  }
  return `${input.name} = { ${fields.join(', ')} }`;
}
