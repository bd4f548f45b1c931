/**
 * The crates.io mark, drawn inline: as an image it was requested again when the app
 * replaced index.html's header (served `no-cache`, so revalidated), a request after
 * the app's script that Lighthouse counted into every page's largest paint. index.html's
 * static header has the same markup (logo.test.tsx).
 */
export function Logo() {
  return (
    <svg viewBox="0 0 64 64" width="32" height="32" aria-hidden="true" className="size-8">
      <rect width="64" height="64" rx="12" fill="#b7410e" />
      <path
        d="M16 24l16-9 16 9v17l-16 9-16-9zM16 24l16 9 16-9M32 33v17"
        fill="none"
        stroke="#fff"
        strokeWidth="4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
