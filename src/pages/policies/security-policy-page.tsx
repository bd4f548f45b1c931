import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { DocPage } from './doc-page';

/** `/policies/security`: where to report vulnerabilities. */
export function Component() {
  return (
    <DocPage title="Security">
      <h2>Vulnerabilities in the registry</h2>
      <p>
        If you find a security problem in crates.io, this site or the Rust project's infrastructure,
        write to <a href="mailto:security@rust-lang.org">security@rust-lang.org</a> and do not open
        a public issue. The Rust security team answers within a few days and coordinates a fix and
        its disclosure with you. The full process is in the{' '}
        <a href="https://www.rust-lang.org/policies/security">Rust security policy</a>.
      </p>
      <h2>Vulnerabilities in a crate</h2>
      <ul>
        <li>Contact the crate's authors first, privately when the issue is not yet public.</li>
        <li>
          Once it is fixed or public, file an advisory with the{' '}
          <a href="https://rustsec.org/contributing.html">RustSec Advisory Database</a>, so tools
          such as <code>cargo audit</code> can warn everyone using the crate.
        </li>
      </ul>
      <h2>Malicious crates</h2>
      <p>
        A crate that contains malware should be removed quickly. Use the{' '}
        <Link to={paths.support({ inquire: 'crate-violation' })}>report form</Link> and choose
        "malicious code": the report then goes to the crates.io team and to the security team.
      </p>
    </DocPage>
  );
}
