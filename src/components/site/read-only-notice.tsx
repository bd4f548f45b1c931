import { useReadOnly } from './use-read-only';

/** Next to a form: why its controls are disabled during maintenance. */
export function ReadOnlyNotice() {
  if (!useReadOnly()) return null;
  return (
    <p role="note" className="rounded-md bg-warn-soft p-3 text-sm">
      crates.io is in read-only mode for maintenance, so changes are disabled for now. Please try
      again later.
    </p>
  );
}
