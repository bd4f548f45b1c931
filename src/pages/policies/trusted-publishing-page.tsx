import { DocPage } from './doc-page';

/** `/docs/trusted-publishing`: publishing from CI without a long-lived token. */
export function Component() {
  return (
    <DocPage title="Trusted Publishing">
      <p>
        Trusted Publishing lets a CI workflow publish a crate without an API token stored in its
        secrets. The CI provider vouches for the workflow with a short-lived OpenID Connect token;
        the registry exchanges it for a publish token that expires after about half an hour.
      </p>
      <h2>Setting it up</h2>
      <ol>
        <li>Publish the first version of the crate the usual way, with an API token.</li>
        <li>
          On the crate's Settings tab, add a trusted publisher: the GitHub repository owner, its
          name and the workflow file (or, on GitLab, the namespace, project and CI file), and
          optionally a deployment environment.
        </li>
        <li>
          In the workflow, request an OIDC token and exchange it. On GitHub Actions the{' '}
          <a href="https://github.com/rust-lang/crates-io-auth-action">
            rust-lang/crates-io-auth-action
          </a>{' '}
          does this and hands the token to <code>cargo publish</code>.
        </li>
      </ol>
      <h2>Why use it</h2>
      <ul>
        <li>No secret to leak, rotate or forget: each token lives only for one run.</li>
        <li>Every release records which workflow run published it; the versions list shows it.</li>
        <li>
          With "Require trusted publishing" on, API tokens can no longer publish the crate at all.
        </li>
      </ul>
      <p>
        More detail, including the GitLab setup, is in{' '}
        <a href="https://crates.io/docs/trusted-publishing">crates.io's guide</a>.
      </p>
    </DocPage>
  );
}
