import { Link } from 'react-router';
import { paths } from '@/lib/paths';

export function Footer() {
  const link = 'hover:underline';
  return (
    <footer className="mt-16 border-t border-line bg-surface text-sm text-muted">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
        <section aria-labelledby="footer-rust">
          <h2 id="footer-rust" className="mb-2 font-semibold text-ink">
            Rust
          </h2>
          <ul className="space-y-1">
            <li>
              <a className={link} href="https://www.rust-lang.org/">
                rust-lang.org
              </a>
            </li>
            <li>
              <a className={link} href="https://doc.rust-lang.org/cargo/">
                The Cargo Book
              </a>
            </li>
            <li>
              <a className={link} href="https://docs.rs/">
                docs.rs
              </a>
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-browse">
          <h2 id="footer-browse" className="mb-2 font-semibold text-ink">
            Browse
          </h2>
          <ul className="space-y-1">
            <li>
              <Link className={link} to={paths.crates()}>
                All crates
              </Link>
            </li>
            <li>
              <Link className={link} to={paths.categories()}>
                Categories
              </Link>
            </li>
            <li>
              <Link className={link} to={paths.keywords()}>
                Keywords
              </Link>
            </li>
          </ul>
        </section>
        <section aria-labelledby="footer-policies">
          <h2 id="footer-policies" className="mb-2 font-semibold text-ink">
            Help and policies
          </h2>
          <ul className="space-y-1">
            {(
              [
                ['Support', paths.support()],
                ['Usage policy', paths.policies()],
                ['Security', paths.securityPolicy()],
                ['Data access', paths.dataAccess()],
                ['Rate limits', paths.rateLimits()],
                ['Trusted publishing', paths.trustedPublishingDocs()],
              ] as const
            ).map(([label, to]) => (
              <li key={to}>
                <Link className={link} to={to}>
                  {label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </footer>
  );
}
