import { Link, useSearchParams } from 'react-router';
import { readSupportInquiry } from '@/lib/list-params';
import { paths } from '@/lib/paths';
import { CrateReportForm } from './crate-report-form';
import { DocPage } from './doc-page';

const boxLink =
  'flex h-full min-h-16 items-center justify-center rounded-lg border border-line bg-surface px-4 py-3 text-center font-medium text-ink hover:bg-surface-2';

/** `/support`: the kinds of help on offer; `?inquire=crate-violation` opens the report form. */
export function Component() {
  const [params] = useSearchParams();
  const inquiry = readSupportInquiry(params);
  return (
    <DocPage title="Contact us" prose={false}>
      {inquiry.reportCrate ? (
        // Keyed by the crate so following another "Report crate" link starts afresh.
        <CrateReportForm key={inquiry.crate} initialCrate={inquiry.crate} />
      ) : (
        <section aria-labelledby="inquiries">
          <h2 id="inquiries" className="mt-6 text-xl font-semibold">
            Choose what you need help with
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            <li>
              <Link className={boxLink} to={paths.support({ inquire: 'crate-violation' })}>
                Report a crate that violates policies
              </Link>
            </li>
            <li>
              <a className={boxLink} href="mailto:help@crates.io">
                For anything else: help@crates.io
              </a>
            </li>
          </ul>
        </section>
      )}
    </DocPage>
  );
}
