// Readable names for the API's shapes. Code outside src/api names API types
// through this file, never through the generated schema directly.
import type { components, operations, paths } from './schema';

/** The spec's paths, for code that must be typed by the whole API (the mock's handlers). */
export type ApiPaths = paths;

/** An operation of the spec, by its operationId (e.g. "get_summary"). */
export type OperationId = keyof operations;

type Schemas = components['schemas'];

/** The JSON body of an operation's 200 response. */
export type ResponseOf<Op extends keyof operations> = operations[Op] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

/** The query parameters an operation takes. */
export type QueryOf<Op extends keyof operations> = operations[Op] extends {
  parameters: { query?: infer Query };
}
  ? NonNullable<Query>
  : never;

export type ApiToken = Schemas['ApiToken'];
export type NewApiToken = Schemas['EncodableApiTokenWithToken'];
export type AuthenticatedUser = Schemas['AuthenticatedUser'];
export type Category = Schemas['Category'];
export type Crate = Schemas['Crate'];
export type CrateOwnerInvitation = Schemas['CrateOwnerInvitation'];
export type Dependency = Schemas['EncodableDependency'];
export type EndpointScope = Schemas['EndpointScope'];
export type GitHubConfig = Schemas['GitHubConfig'];
export type GitLabConfig = Schemas['GitLabConfig'];
export type Keyword = Schemas['Keyword'];
export type LegacyCrateOwnerInvitation = Schemas['LegacyCrateOwnerInvitation'];
export type Owner = Schemas['Owner'];
export type Slug = Schemas['Slug'];
export type Team = Schemas['Team'];
export type User = Schemas['User'];
export type Version = Schemas['Version'];
export type VersionDownload = Schemas['VersionDownload'];
export type ErrorBody = Schemas['ErrorResponse'];

/** What `features` really is: feature name -> what it enables. */
export type Features = Record<string, string[]>;

export type Summary = ResponseOf<'get_summary'>;
export type SiteMetadata = ResponseOf<'get_site_metadata'>;
export type CrateList = ResponseOf<'list_crates'>;
export type CrateListQuery = QueryOf<'list_crates'>;
export type CrateResponse = ResponseOf<'find_crate'>;
export type CrateDownloads = ResponseOf<'get_crate_downloads'>;
export type VersionDownloads = ResponseOf<'get_version_downloads'>;
export type VersionList = ResponseOf<'list_versions'>;
export type VersionListQuery = QueryOf<'list_versions'>;
export type ReverseDependencies = ResponseOf<'list_reverse_dependencies'>;
export type UserUpdates = ResponseOf<'get_authenticated_user_updates'>;
export type InvitationList = ResponseOf<'list_crate_owner_invitations'>;
export type AuthorizeResult = ResponseOf<'authorize_session'>;

export const ENDPOINT_SCOPES = [
  'publish-new',
  'publish-update',
  'yank',
  'change-owners',
  'trusted-publishing',
] as const satisfies readonly EndpointScope[];
