// Every page of the app, once: the list the layout-shift and accessibility walks
// open. src/routes/walked-routes.test.ts fails when a route of the table has no
// URL here, so a page added later is measured and audited by construction.

/** A URL to open and the h1 that says its page has arrived. */
export type WalkedRoute = [url: string, ready: RegExp];

/** Who opens the group: anyone, the logged-in demo user, or an owner (the demo user on ferris-says). */
export type RouteGroup = { who: 'anyone' | 'user' | 'owner'; routes: WalkedRoute[] };

// A few routes per group: the groups run in parallel, each in a few seconds.
export const routeGroups: RouteGroup[] = [
  {
    who: 'anyone',
    routes: [
      ['/', /The Rust community’s crate registry|crates\.io/i],
      ['/search?q=serde', /Search Results for/],
      ['/crates', /All Crates/i],
      ['/categories', /All Categories/i],
      ['/categories/development-tools', /Development tools/i],
    ],
  },
  {
    who: 'anyone',
    routes: [
      ['/category_slugs', /Category slugs/i],
      ['/keywords', /All Keywords/i],
      ['/keywords/serde', /serde/i],
      ['/users/dtolnay', /David Tolnay/],
      ['/teams/github:serde-rs:publish', /publish/i],
    ],
  },
  {
    who: 'anyone',
    routes: [
      ['/policies', /Usage Policy/],
      ['/support', /Contact us/],
      ['/no/such/page', /Page not found/],
      ['/crates/no-such-crate-here', /not found/i],
    ],
  },
  {
    who: 'anyone',
    routes: [
      ['/policies/security', /Security/],
      ['/data-access', /Accessing crates\.io data/],
      ['/docs/rate-limits', /Rate limits/],
      ['/docs/trusted-publishing', /Trusted Publishing/],
      ['/compare?crates=serde,tokio', /Compare crates/],
    ],
  },
  {
    who: 'anyone',
    routes: [
      ['/crates/serde', /serde/],
      ['/crates/serde/1.0.100', /serde/],
      ['/crates/serde/versions', /serde/],
      ['/crates/xss-playground', /xss-playground/],
    ],
  },
  {
    who: 'anyone',
    routes: [
      ['/crates/tokio/1.44.1/dependencies', /tokio/],
      ['/crates/tokio/features', /tokio/],
      ['/crates/tokio/1.44.1/features', /tokio/],
      ['/crates/serde/reverse_dependencies', /serde/],
    ],
  },
  {
    who: 'anyone',
    routes: [
      ['/crates/left-pad-rs', /left-pad-rs/],
      ['/crates/tokio/security', /tokio/],
      ['/crates/ferris-says/code/src/lib.rs', /ferris-says/],
      ['/crates/ferris-says/0.3.2/code/src/lib.rs', /ferris-says/],
      ['/crates/reqwest/compare/previous/0.12.15', /reqwest/],
    ],
  },
  {
    who: 'anyone',
    routes: [
      ['/confirm/no-such-token', /Email confirmation/],
      ['/accept-invite/no-such-token', /Crate owner invitation/],
    ],
  },
  {
    who: 'user',
    routes: [
      ['/dashboard', /My Dashboard/],
      ['/me/following', /Followed Crates/],
      ['/me/pending-invites', /Pending Owner Invites/],
      ['/settings/profile', /Profile/],
      ['/settings/tokens', /API Tokens/],
      ['/settings/security', /Security/],
      ['/settings/tokens/new', /New API Token/],
    ],
  },
  {
    who: 'owner',
    routes: [
      ['/crates/ferris-says/settings', /ferris-says/],
      ['/crates/ferris-says/settings/new-trusted-publisher', /Add a new Trusted Publisher/],
      ['/crates/ferris-says/delete', /Delete the ferris-says crate/],
      ['/crates/ferris-says/0.3.2/rebuild-docs', /Rebuild Documentation/],
    ],
  },
];
