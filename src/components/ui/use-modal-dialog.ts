import { type SyntheticEvent, useLayoutEffect, useRef } from 'react';

/**
 * A native <dialog> shown modal while it is mounted (focus kept inside, Escape
 * closes, focus back to the opener on close). Spread the result on the <dialog>;
 * `ref.current.close()` closes it from code.
 */
export function useModalDialog(onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  // A layout effect: its cleanup runs while the <dialog> is still in the document, so
  // close() hands focus back to the control that opened it.
  useLayoutEffect(() => {
    const node = ref.current;
    node?.showModal();
    return () => node?.close();
  }, []);
  return {
    ref,
    // Escape fires `cancel` at once but `close` a task later: closing on `cancel` means the
    // opener, pressed again in between, opens a new dialog instead of one about to vanish.
    onCancel: () => onClose(),
    onClose: (event: SyntheticEvent<HTMLDialogElement>) => {
      // The close event comes a frame later: if the dialog is open again by then, the
      // event is stale (React's development double mount closes and reopens it).
      if (!event.currentTarget.open) onClose();
    },
  };
}
