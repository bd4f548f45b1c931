import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { DocPage } from './doc-page';

/** `/data-access`: the ways to get registry data in bulk. */
export function Component() {
  return (
    <DocPage title="Accessing crates.io data">
      <p>
        Please do not crawl the web pages or page through the whole API to collect data. There are
        better ways, depending on what you need.
      </p>
      <h2>The index</h2>
      <p>
        Cargo's index lists every crate and version with its dependencies and checksums. It is
        served over HTTP at <code>https://index.crates.io/</code> (the sparse protocol) and as a git
        repository at{' '}
        <a href="https://github.com/rust-lang/crates.io-index">rust-lang/crates.io-index</a>.
      </p>
      <h2>Database dumps</h2>
      <p>
        A dump of the public tables (crates, versions, owners, downloads, categories, keywords) is
        published every day at{' '}
        <a href="https://static.crates.io/db-dump.tar.gz">static.crates.io/db-dump.tar.gz</a>. It
        includes a README with the schema and import scripts for PostgreSQL.
      </p>
      <h2>Crate files</h2>
      <p>
        Source archives are at{' '}
        <code>
          https://static.crates.io/crates/&#123;name&#125;/&#123;name&#125;-&#123;version&#125;.crate
        </code>
        . Downloading them there does not count as a download on the crate's statistics page.
      </p>
      <h2>The API</h2>
      <p>
        The web API serves this site. Use it for occasional look-ups, identify your client with a
        descriptive <code>User-Agent</code> that includes contact details, and respect the{' '}
        <Link to={paths.rateLimits()}>rate limits</Link>: at most one request per second. Lists stop
        after a number of pages for performance reasons; the dumps have everything.
      </p>
      <p>
        The <a href="https://crates.io/data-access">crates.io data access page</a> is the
        authoritative version of this text.
      </p>
    </DocPage>
  );
}
