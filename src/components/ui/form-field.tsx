import { type ReactNode, useId } from 'react';
import { cn } from '@/lib/cn';

/** What a field's control must carry: its id and the links to its hint and error. */
export type FieldControl = {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
  'aria-required': true | undefined;
};

export type FormFieldProps = {
  label: ReactNode;
  /** What to enter, e.g. "The file name in .github/workflows/". */
  hint?: ReactNode;
  /** Shown next to the field (and announced with it) when the value cannot be used. */
  error?: string | null;
  required?: boolean;
  /** `inline`: the control before its label, for a checkbox. */
  layout?: 'stacked' | 'inline';
  /** Where the hint goes: above the control (default) or under it. */
  hintPosition?: 'before' | 'after';
  /** Visually hidden label, for a control whose row already says what it is. */
  labelHidden?: boolean;
  className?: string;
  /** Renders the control with the props it needs (spread them on the input). */
  children: (control: FieldControl) => ReactNode;
};

/**
 * One form field: label, hint and error wired to the control with aria-describedby
 * and aria-invalid, as every form in the app does it (GOV.UK's pattern: the error
 * sits next to the field and is read with it).
 */
export function FormField({
  label,
  hint,
  error,
  required,
  layout = 'stacked',
  hintPosition = 'before',
  labelHidden,
  className,
  children,
}: FormFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = children({
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [error && errorId, hint && hintId].filter(Boolean).join(' ') || undefined,
    'aria-required': required ? true : undefined,
  });
  const hintText = hint && (
    <p id={hintId} className={cn('text-sm text-muted', hintPosition === 'after' && 'mt-1')}>
      {hint}
    </p>
  );
  const errorText = error && (
    <p id={errorId} className="mt-1 text-sm text-danger">
      {error}
    </p>
  );
  if (layout === 'inline') {
    return (
      <div className={className}>
        <div className="flex items-start gap-3">
          {control}
          <label htmlFor={id} className={cn(labelHidden && 'sr-only')}>
            {label}
          </label>
        </div>
        {hintText}
        {errorText}
      </div>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id} className={cn('block font-medium', labelHidden && 'sr-only')}>
        {label}
      </label>
      {hintPosition === 'before' && hintText}
      {control}
      {hintPosition === 'after' && hintText}
      {errorText}
    </div>
  );
}

/** The look of a text input, select or textarea inside a FormField (red while its error shows). */
export const fieldInputClass =
  'mt-1 w-full rounded-md border border-line bg-page px-3 py-2 aria-invalid:border-danger';
