import { useQuery } from '@tanstack/react-query';
import { siteQueries } from '@/api/queries/site';

/** The registry's read-only notice and banner message, on every page. */
export function SiteBanner() {
  const { data } = useQuery(siteQueries.metadata());
  if (!data) return null;
  const messages = [
    data.banner_message,
    data.read_only
      ? 'crates.io is currently in read-only mode for maintenance. You can browse, but logging in, publishing and other changes are disabled for now.'
      : null,
  ].filter((m): m is string => Boolean(m));
  if (messages.length === 0) return null;
  return (
    <section aria-label="Site notices" className="border-b border-warn/40 bg-warn-soft text-ink">
      <div className="mx-auto max-w-6xl space-y-1 px-4 py-2 text-sm">
        {messages.map((message) => (
          // The banner is registry-controlled text: rendered as text, never as HTML.
          <p key={message}>{message}</p>
        ))}
      </div>
    </section>
  );
}
