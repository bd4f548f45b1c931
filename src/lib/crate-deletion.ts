// When crates.io lets an owner delete a crate (its delete_crate handler): within
// 72 hours of publication always; later only with a single owner and fewer than
// 1,000 downloads per month of the crate's life; never while other crates depend
// on it. The messages are the API's own.

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
export const DELETION_GRACE_HOURS = 72;
export const DOWNLOADS_PER_MONTH_LIMIT = 1000;

export type DeletionFacts = {
  createdAt: string;
  now: Date;
  /** User and team owners together. */
  owners: number;
  downloads: number;
  /** Other crates with a dependency on this one. */
  dependents: number;
};

/** The download ceiling for a crate of this age: 1,000 per started month. */
export function maxDownloads(ageMs: number): number {
  return DOWNLOADS_PER_MONTH_LIMIT * Math.ceil(Math.floor(ageMs / DAY) / 30);
}

/** Why the registry would refuse to delete the crate; empty when it may go. */
export function deletionBlockers(facts: DeletionFacts): string[] {
  const age = facts.now.getTime() - Date.parse(facts.createdAt);
  const blockers: string[] = [];
  if (age > DELETION_GRACE_HOURS * HOUR) {
    if (facts.owners > 1) {
      blockers.push('only crates with a single owner can be deleted after 72 hours');
    }
    if (facts.downloads > maxDownloads(age)) {
      blockers.push(
        `only crates with less than ${DOWNLOADS_PER_MONTH_LIMIT} downloads per month can be deleted after 72 hours`,
      );
    }
  }
  if (facts.dependents > 0) {
    blockers.push('only crates without reverse dependencies can be deleted');
  }
  return blockers;
}
