export type OwnerHeaderProps = {
  /** What the page is about: the heading. */
  title: string;
  /** Shown under the title when it differs (a user's login, a team's github:org:team). */
  subtitle?: string | null;
  avatar?: string | null;
  /** The user's or the team's organization's GitHub page. */
  url?: string | null;
  kind: 'user' | 'team';
};

/** The top of a user or team page: avatar, name, login and a link to GitHub. */
export function OwnerHeader({ title, subtitle, avatar, url, kind }: OwnerHeaderProps) {
  return (
    <header className="flex min-w-0 items-center gap-4">
      {avatar ? (
        <img
          src={avatar}
          alt=""
          width={80}
          height={80}
          className="size-16 shrink-0 rounded-full bg-surface-2 ring-1 ring-line sm:size-20"
        />
      ) : (
        <span aria-hidden className="size-16 shrink-0 rounded-full bg-surface-2 sm:size-20" />
      )}
      <div className="min-w-0">
        <h1 className="text-2xl font-bold break-all">{title}</h1>
        {subtitle && subtitle !== title && (
          <p className="font-mono text-sm text-muted break-all">{subtitle}</p>
        )}
        {url && (
          <a className="link mt-1 inline-block text-sm" href={url} rel="noopener noreferrer">
            {kind === 'user' ? 'GitHub profile' : 'GitHub organization'}
            <span className="sr-only"> of {title}</span>
          </a>
        )}
      </div>
    </header>
  );
}
