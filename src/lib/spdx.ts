/** A piece of a licence expression: a licence id (linkable) or an operator/parenthesis. */
export type LicensePart = { kind: 'license'; id: string } | { kind: 'text'; text: string };

const OPERATOR = /^(AND|OR|WITH)$/i;

/**
 * Splits an SPDX expression ("MIT OR Apache-2.0", "Apache-2.0 WITH LLVM-exception",
 * the legacy "MIT/Apache-2.0") into licence ids and the words between them.
 */
export function parseLicense(expression: string): LicensePart[] {
  const tokens = expression.match(/\(|\)|\/|[^\s()/]+/g) ?? [];
  return tokens.map((token): LicensePart => {
    if (token === '(' || token === ')') return { kind: 'text', text: token };
    if (token === '/') return { kind: 'text', text: 'OR' };
    if (OPERATOR.test(token)) return { kind: 'text', text: token.toUpperCase() };
    return { kind: 'license', id: token };
  });
}

/** Where a licence (or exception) id is explained. */
export const spdxUrl = (id: string) =>
  `https://spdx.org/licenses/${encodeURIComponent(id.replace(/\+$/, ''))}.html`;
