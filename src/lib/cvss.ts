// CVSS base scores from vectors, computed by a maintained implementation of
// FIRST's specifications (2.0, 3.0, 3.1 and 4.0). Imported only by the Security
// tab, so it loads with that page.
import { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } from 'ae-cvss-calculator';

export type CvssSeverity = 'None' | 'Low' | 'Medium' | 'High' | 'Critical';

export type CvssScore = { version: string; score: number; severity: CvssSeverity };

/** FIRST's qualitative rating scale (3.x and 4.0). */
export function severityOf(score: number): CvssSeverity {
  if (score === 0) return 'None';
  if (score < 4) return 'Low';
  if (score < 7) return 'Medium';
  if (score < 9) return 'High';
  return 'Critical';
}

/** The base score of a vector, or `null` for a vector that does not parse. */
export function cvssScore(vector: string): CvssScore | null {
  const version = /^CVSS:(\d\.\d)\//.exec(vector)?.[1] ?? (vector.includes('Au:') ? '2.0' : null);
  try {
    const score =
      version === '4.0'
        ? new Cvss4P0(vector).calculateScores().overall
        : version === '3.1'
          ? new Cvss3P1(vector).calculateScores().base
          : version === '3.0'
            ? new Cvss3P0(vector).calculateScores().base
            : version === '2.0'
              ? new Cvss2(vector).calculateScores().base
              : undefined;
    if (version === null || score === undefined || Number.isNaN(score)) return null;
    return { version, score, severity: severityOf(score) };
  } catch {
    return null;
  }
}
