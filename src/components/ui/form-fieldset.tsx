import { type ReactNode, useId } from 'react';

export type FormFieldsetProps = {
  legend: ReactNode;
  hint?: ReactNode;
  /** Shown under the group (and announced with it) when the choice cannot be used. */
  error?: string | null;
  className?: string;
  children: ReactNode;
};

/** A group of choices (checkboxes, radios) with its hint and error, as FormField does for one control. */
export function FormFieldset({ legend, hint, error, className, children }: FormFieldsetProps) {
  const id = useId();
  const described = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <fieldset className={className} aria-describedby={described || undefined}>
      <legend className="font-medium">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-danger">
          {error}
        </p>
      )}
    </fieldset>
  );
}
