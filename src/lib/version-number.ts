// SemVer 2.0 "x.y.z[-pre][+build]": what a version segment of a crate URL must look
// like. Anything else there (`/crates/serde/featurez`) is an unknown page, not a version.
const VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export const isVersionNumber = (value: string) => VERSION.test(value);
