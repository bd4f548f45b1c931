import { describe, expect, it } from 'vitest';
import { reportMailto, reportRecipients, validateReport } from './crate-report';

describe('validateReport', () => {
  it('asks for a crate and at least one reason', () => {
    expect(validateReport({ crate: ' ', reasons: [], detail: '' })).toEqual({
      crate: 'Please specify a crate.',
      reasons: 'Please choose reasons to report.',
    });
  });
  it('needs detail only for "other"', () => {
    expect(validateReport({ crate: 'foo', reasons: ['spam'], detail: '' })).toEqual({});
    expect(validateReport({ crate: 'foo', reasons: ['other'], detail: '  ' })).toEqual({
      detail: 'Please provide some detail.',
    });
  });
});

describe('reportMailto', () => {
  it('writes the checklist and details to help@crates.io', () => {
    const url = reportMailto({ crate: 'foo', reasons: ['spam'], detail: 'Only ads.' });
    const [address, query] = url.replace(/^mailto:/, '').split('?');
    const params = new URLSearchParams(query);
    expect(address).toBe('help@crates.io');
    expect(params.get('subject')).toBe('The "foo" crate');
    expect(params.get('body')).toBe(
      [
        "I'm reporting the https://crates.io/crates/foo crate because:",
        '',
        '- [x] it contains spam',
        '- [ ] it is name-squatting (reserving a crate name without content)',
        '- [ ] it is abusive or otherwise harmful',
        '- [ ] it contains malicious code',
        '- [ ] it contains a vulnerability',
        '- [ ] it is violating the usage policy in some other way (please specify below)',
        '',
        'Additional details:',
        '',
        'Only ads.',
        '',
      ].join('\n'),
    );
  });
  it('copies the security team and marks the subject for malicious code', () => {
    expect(reportRecipients(['spam', 'malicious-code'])).toEqual([
      'help@crates.io',
      'security@rust-lang.org',
    ]);
    const url = reportMailto({ crate: 'evil', reasons: ['malicious-code'], detail: '' });
    expect(url.startsWith('mailto:help@crates.io,security@rust-lang.org?')).toBe(true);
    expect(new URLSearchParams(url.split('?')[1]).get('subject')).toBe(
      '[SECURITY] The "evil" crate',
    );
  });
});
