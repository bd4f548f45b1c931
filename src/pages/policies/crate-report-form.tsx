import { useId, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { FormField, fieldInputClass } from '@/components/ui/form-field';
import { FormFieldset } from '@/components/ui/form-fieldset';
import { cn } from '@/lib/cn';
import {
  REPORT_REASONS,
  type ReportErrors,
  type ReportReason,
  reportMailto,
  reportRecipients,
  validateReport,
} from '@/lib/crate-report';
import { paths } from '@/lib/paths';

/** The crate report: checks the fields, then hands a composed e-mail to the mail app. */
export function CrateReportForm({ initialCrate }: { initialCrate: string }) {
  const id = useId();
  const [crate, setCrate] = useState(initialCrate);
  const [reasons, setReasons] = useState<ReportReason[]>([]);
  const [detail, setDetail] = useState('');
  const [errors, setErrors] = useState<ReportErrors>({});
  const [mailto, setMailto] = useState<string | null>(null);
  const report = { crate, reasons, detail };
  const recipients = reportRecipients(reasons).join(' and ');

  const toggle = (reason: ReportReason) => {
    setReasons((current) =>
      current.includes(reason) ? current.filter((r) => r !== reason) : [...current, reason],
    );
    setErrors((e) => ({ ...e, reasons: undefined, detail: undefined }));
  };

  return (
    <form
      noValidate
      aria-labelledby={`${id}-title`}
      className="mt-6 space-y-5 rounded-lg border border-line bg-surface p-4 sm:p-6"
      onSubmit={(event) => {
        event.preventDefault();
        const found = validateReport(report);
        setErrors(found);
        if (Object.keys(found).length > 0) {
          setMailto(null);
          return;
        }
        const url = reportMailto(report);
        setMailto(url);
        window.location.assign(url);
      }}
    >
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        Report a crate
      </h2>
      <FormField label="Crate" error={errors.crate} required>
        {(control) => (
          <input
            {...control}
            value={crate}
            onChange={(event) => {
              setCrate(event.target.value);
              setErrors((e) => ({ ...e, crate: undefined }));
            }}
            autoComplete="off"
            spellCheck={false}
            className={cn(fieldInputClass, 'max-w-md')}
          />
        )}
      </FormField>
      <FormFieldset legend="Reasons" error={errors.reasons}>
        <ul
          className={cn(
            'mt-1 divide-y divide-line rounded-md border',
            errors.reasons ? 'border-danger' : 'border-line',
          )}
        >
          {REPORT_REASONS.map(({ reason, description }) => (
            <li key={reason}>
              <label className="flex items-start gap-3 px-3 py-2 text-sm">
                <input
                  type="checkbox"
                  name={reason}
                  checked={reasons.includes(reason)}
                  onChange={() => toggle(reason)}
                  className="mt-0.5 size-4 shrink-0 accent-accent"
                />
                {description}
              </label>
            </li>
          ))}
        </ul>
      </FormFieldset>
      {reasons.includes('vulnerability') && (
        <section
          aria-labelledby={`${id}-vuln`}
          className="rounded-md border border-line bg-surface-2 p-3 text-sm"
        >
          <h3 id={`${id}-vuln`} className="font-semibold">
            Reporting a vulnerability
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            <li>Contact the crate's authors first when you can.</li>
            <li>
              File an advisory with the{' '}
              <a className="link" href="https://rustsec.org/contributing.html">
                RustSec Advisory Database
              </a>
              .
            </li>
            <li>
              See the{' '}
              <Link className="link" to={paths.securityPolicy()}>
                security policy
              </Link>
              .
            </li>
          </ul>
        </section>
      )}
      <FormField
        label={`Detail${reasons.includes('other') ? '' : ' (optional)'}`}
        error={errors.detail}
        required={reasons.includes('other')}
      >
        {(control) => (
          <textarea
            {...control}
            value={detail}
            rows={5}
            onChange={(event) => {
              setDetail(event.target.value);
              setErrors((e) => ({ ...e, detail: undefined }));
            }}
            className={fieldInputClass}
          />
        )}
      </FormField>
      <div className="flex flex-wrap items-center justify-end gap-3">
        <Button type="submit" variant="primary">
          Report to {recipients}
        </Button>
      </div>
      {mailto && (
        <p role="status" className="text-sm">
          Your mail app should open with the report written out. If it did not,{' '}
          <a className="link" href={mailto}>
            open the e-mail
          </a>{' '}
          or write to {recipients} yourself.
        </p>
      )}
    </form>
  );
}
