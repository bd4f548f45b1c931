import type { ReactNode } from 'react';
import { Button } from './button';
import { Modal } from './modal';

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  busy?: boolean;
  /** Why the last confirmation failed: shown in the dialog, which stays open with what was typed. */
  error?: string | null;
  onConfirm: () => void;
  onClose: () => void;
};

/**
 * A modal question (a Modal: focus kept inside, Escape closes). It is in
 * the page only while open, so a list with an action per row (an owner's
 * 2,100 versions) does not mount a dialog per row.
 */
export function ConfirmDialog({ open, ...props }: ConfirmDialogProps) {
  return open ? <OpenConfirmDialog {...props} /> : null;
}

function OpenConfirmDialog({
  title,
  children,
  confirmLabel,
  danger,
  busy,
  error,
  onConfirm,
  onClose,
}: Omit<ConfirmDialogProps, 'open'>) {
  return (
    <Modal title={title} onClose={onClose}>
      {children && <div className="mt-2 text-sm text-muted">{children}</div>}
      {error && (
        <p role="alert" className="mt-3 rounded-md bg-danger-soft p-3 text-sm">
          {error}
        </p>
      )}
      <div className="mt-5 flex justify-end gap-2">
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant={danger ? 'danger' : 'primary'} busy={busy} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </div>
    </Modal>
  );
}
