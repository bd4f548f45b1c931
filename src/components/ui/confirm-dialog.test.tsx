import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './confirm-dialog';

/** An owner list's "Remove" action: the registry refuses to remove the last owner. */
function RemoveOwner() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Remove carol
      </button>
      <ConfirmDialog
        open={open}
        title="Remove carol as an owner?"
        confirmLabel="Remove"
        danger
        error={error}
        onConfirm={() => setError('A crate needs at least one owner')}
        onClose={() => {
          setOpen(false);
          setError(null);
        }}
      >
        carol will no longer be able to publish this crate.
      </ConfirmDialog>
    </>
  );
}

describe('ConfirmDialog', () => {
  it('asks, shows why confirming failed while staying open, and closes on Cancel', async () => {
    render(<RemoveOwner />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove carol' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove carol as an owner?' });
    expect(dialog).toHaveTextContent('carol will no longer be able to publish this crate.');
    expect(
      within(dialog)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Cancel', 'Remove']);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('A crate needs at least one owner');
    expect(screen.getByRole('dialog', { name: 'Remove carol as an owner?' })).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
