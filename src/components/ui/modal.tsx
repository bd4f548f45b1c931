import { type ReactNode, useId } from 'react';
import { cn } from '@/lib/cn';
import { useModalDialog } from './use-modal-dialog';

export type ModalProps = {
  /** The dialog's heading and accessible name. */
  title: string;
  /** Called when the dialog is to close (Escape, a `<form method="dialog">`); unmount it then. */
  onClose: () => void;
  /** `md` for wider content, such as a table. */
  size?: 'sm' | 'md';
  children?: ReactNode;
};

/**
 * A modal dialog (native <dialog>, shown with showModal while mounted: focus kept
 * inside, Escape closes), labelled by its heading. Mount it only while it is open.
 */
export function Modal({ title, onClose, size = 'sm', children }: ModalProps) {
  const titleId = useId();
  const dialog = useModalDialog(onClose);
  return (
    <dialog
      {...dialog}
      aria-labelledby={titleId}
      className={cn(
        'm-auto rounded-xl bg-surface p-6 text-ink shadow-xl ring-1 ring-line backdrop:bg-black/50',
        size === 'md' ? 'w-[min(32rem,calc(100%-1.5rem))]' : 'w-[min(28rem,calc(100%-2rem))]',
      )}
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
