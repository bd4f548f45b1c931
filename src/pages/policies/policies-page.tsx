import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { DocPage } from './doc-page';

/** `/policies`: how the registry may be used, in this project's words. */
export function Component() {
  return (
    <DocPage title="Usage Policy">
      <p>
        This site is a frontend for a Rust package registry. When it is connected to crates.io, the{' '}
        <a href="https://crates.io/policies">crates.io usage policy</a> is the one that applies: it
        is the binding text, and this page only summarises it.
      </p>
      <h2>Packages and names</h2>
      <ul>
        <li>
          Crate names are given out first come, first served. A name is not reserved by publishing
          an empty placeholder, and squatting on names is removed.
        </li>
        <li>
          Published versions are permanent so that builds stay reproducible. An owner can{' '}
          <em>yank</em> a version to keep new projects from picking it up; existing lock files keep
          working.
        </li>
        <li>
          A whole crate can be deleted by its owner only in narrow cases: shortly after its first
          release, or when it has a single owner, few downloads and no crates depending on it.
        </li>
      </ul>
      <h2>What is not allowed</h2>
      <ul>
        <li>Malware, spam, and content that harasses or harms others.</li>
        <li>Uploading content you have no right to distribute.</li>
        <li>Using the registry as general file storage, or automating bulk name reservation.</li>
      </ul>
      <p>
        To report a crate that breaks these rules, use the{' '}
        <Link to={paths.support({ inquire: 'crate-violation' })}>report form</Link>. Security issues
        in the registry itself are covered by the{' '}
        <Link to={paths.securityPolicy()}>security policy</Link>.
      </p>
      <h2>Using the API and the data</h2>
      <p>
        Automated clients must identify themselves and stay within the{' '}
        <Link to={paths.rateLimits()}>rate limits</Link>. For bulk data, download the database dumps
        described under <Link to={paths.dataAccess()}>data access</Link> instead of crawling.
      </p>
      <h2>Privacy</h2>
      <p>
        Logging in uses your GitHub account. The registry stores your GitHub login, name, avatar
        and, if you give one, your e-mail address. See the{' '}
        <a href="https://foundation.rust-lang.org/policies/privacy-policy/">
          Rust Foundation's privacy policy
        </a>{' '}
        for how crates.io handles personal data.
      </p>
    </DocPage>
  );
}
