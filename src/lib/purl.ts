/** The package URL (https://github.com/package-url/purl-spec) of a crate version. */
export const cratePurl = (name: string, version: string) =>
  `pkg:cargo/${encodeURIComponent(name)}@${encodeURIComponent(version)}`;
