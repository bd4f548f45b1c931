import { Link } from 'react-router';
import { paths } from '@/lib/paths';
import { DocPage } from './doc-page';

/** `/docs/rate-limits`: how often you may publish and call the API. */
export function Component() {
  return (
    <DocPage title="Rate limits">
      <p>
        The registry limits how fast some actions can be repeated, to keep it available for
        everyone. When you hit a limit, the answer is <code>429 Too Many Requests</code> with a{' '}
        <code>Retry-After</code> header saying how many seconds to wait. This site shows that wait
        and offers to try again after it.
      </p>
      <h2>Publishing</h2>
      <ul>
        <li>New crates: a burst of a few, then about one new crate every ten minutes per user.</li>
        <li>
          New versions of an existing crate: a burst of several, then about one per minute, and a
          daily cap per crate.
        </li>
        <li>Yanking and unyanking, and sending invitations, are limited in the same way.</li>
      </ul>
      <h2>Reading</h2>
      <p>
        API clients should make no more than one request per second. Bulk needs are better served by
        the index and the database dumps described under{' '}
        <Link to={paths.dataAccess()}>data access</Link>.
      </p>
      <h2>Raising a limit</h2>
      <p>
        If a project genuinely needs to publish faster (for example a large workspace released
        together), write to <a href="mailto:help@crates.io">help@crates.io</a>. The exact numbers
        are on <a href="https://crates.io/docs/rate-limits">crates.io's rate limits page</a>.
      </p>
    </DocPage>
  );
}
