import { parseLicense, spdxUrl } from '@/lib/spdx';

/** An SPDX licence expression with each licence linked to its text. */
export function LicenseExpression({ expression }: { expression: string }) {
  return (
    <span>
      {parseLicense(expression).map((part, i) =>
        part.kind === 'license' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of a fixed expression
          <a key={i} className="link" href={spdxUrl(part.id)} rel="noopener noreferrer">
            {part.id}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: parts of a fixed expression
          <span key={i} className="text-muted">
            {` ${part.text} `}
          </span>
        ),
      )}
    </span>
  );
}
