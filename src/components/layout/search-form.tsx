import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { isTyping } from '@/lib/keyboard';
import { paths } from '@/lib/paths';

/** Keys that focus the search box from anywhere, as on crates.io. */
const FOCUS_KEYS = new Set(['s', 'S', '/']);

export function SearchForm() {
  const navigate = useNavigate();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  const urlQuery =
    location.pathname === paths.search()
      ? (new URLSearchParams(location.search).get('q') ?? '')
      : '';
  const [value, setValue] = useState(urlQuery);

  // Follow the URL (back/forward, links) without losing what is being typed elsewhere.
  useEffect(() => setValue(urlQuery), [urlQuery]);

  // With the header's commit, not after its paint: the first page is rendered in a
  // transition, whose effects can run a while after it shows (an e2e test pressed S in
  // that gap and nothing happened).
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (!FOCUS_KEYS.has(event.key)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <search className="min-w-0 flex-1">
      <form
        action="/search"
        className="flex min-w-0"
        onSubmit={(event) => {
          event.preventDefault();
          const q = value.trim();
          navigate(paths.search({ q }));
        }}
      >
        <label htmlFor="site-search" className="sr-only">
          Search crates
        </label>
        <input
          ref={input}
          id="site-search"
          name="q"
          type="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          placeholder="Type 'S' or '/' to search"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          className="min-w-0 flex-1 rounded-l-md border border-r-0 border-white/25 bg-white/10 px-3 py-2 text-header-ink placeholder:text-stone-300 focus:bg-white/15 focus-visible:outline-offset-0"
        />
        <button
          type="submit"
          className="rounded-r-md border border-white/25 bg-white/15 px-3 text-header-ink hover:bg-white/25"
        >
          <span className="sr-only">Submit search</span>
          <svg aria-hidden viewBox="0 0 20 20" className="size-4 fill-current">
            <path d="M8.5 2a6.5 6.5 0 0 1 5.2 10.4l4 4-1.3 1.3-4-4A6.5 6.5 0 1 1 8.5 2Zm0 2a4.5 4.5 0 1 0 0 9 4.5 4.5 0 0 0 0-9Z" />
          </svg>
        </button>
      </form>
    </search>
  );
}
