import { paths } from '@/lib/paths';
import { crateTabs } from './crate-tabs';

export type Command = {
  id: string;
  label: string;
  /** Shown after the label, dimmed: a crate's version, a page's area. */
  detail?: string;
  description?: string;
  to: string;
  group: 'Recent crates' | 'Crates' | 'This crate' | 'Pages';
};

/** Pages anyone can jump to. */
export const PAGE_COMMANDS: Command[] = [
  { label: 'Home', to: paths.home() },
  { label: 'Browse all crates', to: paths.crates() },
  { label: 'Categories', to: paths.categories() },
  { label: 'Keywords', to: paths.keywords() },
  { label: 'Compare crates', to: paths.compareCrates() },
  { label: 'Dashboard', to: paths.dashboard() },
  { label: 'Followed crates', to: paths.following() },
  { label: 'Pending invitations', to: paths.pendingInvites() },
  { label: 'Profile settings', to: paths.profileSettings() },
  { label: 'API tokens', to: paths.tokens() },
  { label: 'New API token', to: paths.newToken() },
  { label: 'Security', detail: 'trusted publishing and tokens', to: paths.securitySettings() },
].map((c) => ({ ...c, id: `page:${c.to}`, group: 'Pages' as const }));

export function crateTabCommands(name: string): Command[] {
  const tabs = crateTabs(name);
  return (
    [
      ['Readme', tabs.readme],
      ['Versions', tabs.versions],
      ['Dependencies', tabs.dependencies],
      ['Features', tabs.features],
      ['Dependents', tabs.dependents],
    ] as const
  ).map(([label, to]) => ({
    id: `tab:${to}`,
    label: `${name}: ${label}`,
    to,
    group: 'This crate' as const,
  }));
}

/** Case-insensitive match on every word typed. */
export function matches(command: Command, text: string) {
  const haystack = `${command.label} ${command.detail ?? ''}`.toLowerCase();
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
