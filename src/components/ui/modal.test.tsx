import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Modal } from './modal';

/** A page with a button that opens a Modal, and a line that says when it closed. */
function Page() {
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Show the rules
      </button>
      <p>{`Closed ${closed} times`}</p>
      {open && (
        <Modal
          title="House rules"
          onClose={() => {
            setOpen(false);
            setClosed((n) => n + 1);
          }}
        >
          <p>No running by the pool.</p>
        </Modal>
      )}
    </>
  );
}

describe('Modal', () => {
  it('opens as a modal dialog named by its heading, and stays open under StrictMode', async () => {
    render(
      <StrictMode>
        <Page />
      </StrictMode>,
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show the rules' }));
    const dialog = screen.getByRole('dialog', { name: 'House rules' });
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByRole('heading', { level: 2, name: 'House rules' })).toBeInTheDocument();
    expect(screen.getByText('No running by the pool.')).toBeInTheDocument();
    // StrictMode's second mount closes and reopens the dialog: that close event is stale.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('dialog', { name: 'House rules' })).toBeInTheDocument();
    expect(screen.getByText('Closed 0 times')).toBeInTheDocument();
  });

  it('tells its opener when it closes (Escape and <form method="dialog"> close it so)', async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Show the rules' }));
    (screen.getByRole('dialog', { name: 'House rules' }) as HTMLDialogElement).close();
    expect(await screen.findByText('Closed 1 times')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
