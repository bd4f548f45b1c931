import { accountHandlers } from './account';
import { advisoryHandlers } from './advisories';
import { assetHandlers } from './assets';
import { catalogHandlers } from './catalog';
import type { Registry } from './context';
import { crateHandlers } from './crates';
import { externalDataHandlers } from './external-data';
import { ownerHandlers } from './owners';
import { sourceArchiveHandlers } from './source-archives';
import { trustedPublishingHandlers } from './trusted-publishing';
import { versionHandlers } from './versions';

export type { Registry } from './context';

/**
 * Every operation of the spec, over one registry. Order matters: literal paths
 * (/crates/{name}/owners) are registered before templated ones (/crates/{name}/{version}).
 */
export function createHandlers(registry: Registry) {
  return [
    ...catalogHandlers(registry),
    ...accountHandlers(registry),
    ...crateHandlers(registry),
    ...ownerHandlers(registry),
    ...trustedPublishingHandlers(registry),
    ...versionHandlers(registry),
    ...assetHandlers(),
    ...sourceArchiveHandlers(registry),
    ...advisoryHandlers(registry),
    ...externalDataHandlers(registry),
  ];
}
