import type { OperationId } from '@/api/types';

// Faults on demand: make any operation fail or slow down, for tests and for a
// developer poking at the app (window.mockRegistry in the browser).

export type Fault =
  /** Answer with this status and the error envelope. */
  | { kind: 'status'; status: number; detail?: string; retryAfter?: number }
  /** 503 with the read-only message, as during crates.io maintenance. */
  | { kind: 'read-only' }
  /** 429 with Retry-After. */
  | { kind: 'rate-limit'; retryAfter?: number }
  /** No response at all (connection reset, offline). */
  | { kind: 'network' }
  /** Respond normally, after a delay. */
  | { kind: 'slow'; ms: number }
  /** Hold the response until release() is called (for loading-state checks). */
  | { kind: 'hang' };

export type FaultRule = Fault & {
  /** Only this many requests fail, then the fault lifts; unlimited when absent. */
  times?: number;
};

/**
 * What a handler answers for: an operationId of the spec, or a file outside the
 * API: `readme_file` (README HTML), `archive_manifest` and `archive_file` (source
 * archives on the CDN), `rustsec_advisories` (rustsec.org), `playground_crates`, `std_replacements` and
 * `docs_status` (play.rust-lang.org, rust-lang.github.io, docs.rs). A typo does not compile.
 */
export type MockOperationId =
  | OperationId
  | 'readme_file'
  | 'archive_manifest'
  | 'archive_file'
  | 'rustsec_advisories'
  | 'playground_crates'
  | 'std_replacements'
  | 'docs_status';

/** One operation, or "*" for every operation. */
export type FaultTarget = MockOperationId | '*';

export const READ_ONLY_DETAIL =
  'crates.io is currently in read-only mode for maintenance. Please try again later.';

export class Faults {
  private rules = new Map<FaultTarget, FaultRule>();
  private waiting: (() => void)[] = [];

  set(target: FaultTarget, rule: FaultRule) {
    this.rules.set(target, { ...rule });
  }
  clear(target?: FaultTarget) {
    if (target === undefined) this.rules.clear();
    else this.rules.delete(target);
    this.release();
  }
  list(): [FaultTarget, FaultRule][] {
    return [...this.rules.entries()];
  }
  /** Resolves every held ("hang") request. */
  release() {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
  hold(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** The fault that applies to one request of `operationId`, consuming a `times` use. */
  take(operationId: MockOperationId): FaultRule | undefined {
    for (const target of [operationId, '*'] as const) {
      const rule = this.rules.get(target);
      if (!rule) continue;
      if (rule.times !== undefined) {
        rule.times -= 1;
        if (rule.times <= 0) this.rules.delete(target);
      }
      return rule;
    }
    return undefined;
  }
}
