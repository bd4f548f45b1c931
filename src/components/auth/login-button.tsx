import { useState } from 'react';
import { useLocation } from 'react-router';
import { isApiError } from '@/api/errors';
import { Button, type ButtonProps } from '@/components/ui/button';
import { startLogin } from '@/lib/login-flow';

export type LoginButtonProps = Omit<ButtonProps, 'onClick' | 'busy'> & {
  /** Where to return after login; the current page by default. */
  returnTo?: string;
};

export function LoginButton({ returnTo, children, ...props }: LoginButtonProps) {
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const login = async () => {
    setBusy(true);
    setError(null);
    try {
      await startLogin(returnTo ?? `${location.pathname}${location.search}${location.hash}`);
    } catch (thrown) {
      setBusy(false);
      setError(isApiError(thrown) ? thrown.detail : 'Could not start the login.');
    }
  };

  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button variant="primary" busy={busy} onClick={login} {...props}>
        {children ?? 'Log in with GitHub'}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-danger">
          Login failed: {error}
        </span>
      )}
    </span>
  );
}
