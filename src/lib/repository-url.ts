/** Where a crate's repository lives, when it is on GitHub or GitLab. */
export type RepositoryRef =
  | { provider: 'github'; owner: string; repo: string }
  | { provider: 'gitlab'; namespace: string; project: string };

/**
 * Reads a repository URL: github.com/<owner>/<repo>, or gitlab.com/<group>/…/<project>
 * (nested groups; GitLab's `/-/` separates the project from its pages). A
 * trailing `.git` is dropped. Anything else is null.
 */
export function parseRepositoryUrl(url: string | null | undefined): RepositoryRef | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const segments = parsed.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
  const clean = (name: string) => name.replace(/\.git$/i, '');
  if (host === 'github.com') {
    const [owner, repo] = segments;
    return owner && repo ? { provider: 'github', owner, repo: clean(repo) } : null;
  }
  if (host === 'gitlab.com') {
    const end = segments.indexOf('-');
    const path = end === -1 ? segments : segments.slice(0, end);
    if (path.length < 2) return null;
    const project = clean(path[path.length - 1] ?? '');
    return project ? { provider: 'gitlab', namespace: path.slice(0, -1).join('/'), project } : null;
  }
  return null;
}
