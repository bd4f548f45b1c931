// The "report a crate" e-mail, composed as crates.io's support form does: a
// checklist of reasons, the details, and the security team copied on reports
// of malicious code. There is no API for reports; the user's mail app sends it.

export const REPORT_REASONS = [
  { reason: 'spam', description: 'it contains spam' },
  {
    reason: 'name-squatting',
    description: 'it is name-squatting (reserving a crate name without content)',
  },
  { reason: 'abuse', description: 'it is abusive or otherwise harmful' },
  { reason: 'malicious-code', description: 'it contains malicious code' },
  { reason: 'vulnerability', description: 'it contains a vulnerability' },
  {
    reason: 'other',
    description: 'it is violating the usage policy in some other way (please specify below)',
  },
] as const;

export type ReportReason = (typeof REPORT_REASONS)[number]['reason'];

export type CrateReport = { crate: string; reasons: readonly ReportReason[]; detail: string };

export type ReportErrors = { crate?: string; reasons?: string; detail?: string };

export function validateReport(report: CrateReport): ReportErrors {
  const errors: ReportErrors = {};
  if (!report.crate.trim()) errors.crate = 'Please specify a crate.';
  if (report.reasons.length === 0) errors.reasons = 'Please choose reasons to report.';
  if (report.reasons.includes('other') && !report.detail.trim()) {
    errors.detail = 'Please provide some detail.';
  }
  return errors;
}

/** Who receives the report: the crates.io team, plus Rust's security team for malware. */
export function reportRecipients(reasons: readonly ReportReason[]): string[] {
  return reasons.includes('malicious-code')
    ? ['help@crates.io', 'security@rust-lang.org']
    : ['help@crates.io'];
}

/** The `mailto:` URL of a report. The crate is named by its crates.io address. */
export function reportMailto(report: CrateReport): string {
  const crate = report.crate.trim();
  const checklist = REPORT_REASONS.map(
    ({ reason, description }) =>
      `${report.reasons.includes(reason) ? '- [x]' : '- [ ]'} ${description}`,
  ).join('\n');
  const body = `I'm reporting the https://crates.io/crates/${crate} crate because:\n\n${checklist}\n\nAdditional details:\n\n${report.detail}\n`;
  const subject = `${report.reasons.includes('malicious-code') ? '[SECURITY] ' : ''}The "${crate}" crate`;
  return `mailto:${reportRecipients(report.reasons).join(',')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
