import { paths } from '@/lib/paths';

/**
 * The tabs of the crate page the user is on: the palette's "This crate" commands and the
 * `g` shortcuts' targets. A module of its own: the shortcuts' listener is in the entry
 * chunk, the palette's command list (commands.ts) loads with the palette.
 */
export const crateTabs = (name: string) => ({
  readme: paths.crate(name),
  versions: paths.crateVersions(name),
  dependencies: paths.crateDependencies(name),
  features: paths.crateFeatures(name),
  dependents: paths.crateDependents(name),
});
