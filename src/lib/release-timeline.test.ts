import { describe, expect, it } from 'vitest';
import {
  describePublisher,
  isNotable,
  longestGap,
  type ReleaseInput,
  releaseTimeline,
} from './release-timeline';

const user = (login: string) => ({ id: 1, login, name: null, avatar: null, url: '' });
const release = (num: string, date: string, extra: Partial<ReleaseInput> = {}): ReleaseInput => ({
  num,
  created_at: `${date}T10:00:00Z`,
  yanked: false,
  yank_message: null,
  rust_version: null,
  edition: '2018',
  crate_size: 1000,
  published_by: user('alice'),
  trustpub_data: null,
  ...extra,
});

describe('releaseTimeline', () => {
  const timeline = releaseTimeline([
    // Given newest first, as the API lists them.
    release('0.4.3', '2026-03-01', {
      published_by: user('mallory'),
      rust_version: '1.70',
      edition: '2021',
    }),
    release('0.4.2', '2026-01-01', {
      published_by: null,
      trustpub_data: { provider: 'github', repository: 'alice/hexy', run_id: '1', sha: 'ab' },
      rust_version: '1.70',
      edition: '2021',
    }),
    release('0.4.1', '2025-12-01', {
      rust_version: null,
      edition: '2021',
      yanked: true,
      yank_message: 'broken build',
    }),
    release('0.4.0', '2025-11-01', { rust_version: '1.63', edition: '2018' }),
    release('0.3.0', '2025-10-01', { published_by: null }),
  ]);

  it('orders releases oldest first with the days since the previous one', () => {
    expect(timeline.map((r) => [r.num, r.gapDays])).toEqual([
      ['0.3.0', null],
      ['0.4.0', 31],
      ['0.4.1', 30],
      ['0.4.2', 31],
      ['0.4.3', 59],
    ]);
    expect(longestGap(timeline)).toEqual({ days: 59, after: '0.4.2', before: '0.4.3' });
  });

  it('marks the MSRV when first stated and when it changes, ignoring releases that state none', () => {
    expect(timeline.map((r) => r.msrvChange)).toEqual([
      null,
      { from: null, to: '1.63' },
      null,
      { from: '1.63', to: '1.70' },
      null,
    ]);
  });

  it('marks edition changes', () => {
    expect(timeline.map((r) => r.editionChange)).toEqual([
      null,
      null,
      { from: '2018', to: '2021' },
      null,
      null,
    ]);
  });

  it('flags a publisher that differs from the previous known one, trusted publishing included', () => {
    expect(timeline.map((r) => describePublisher(r.publisher))).toEqual([
      'unknown',
      'alice',
      'alice',
      'trusted publishing from GitHub alice/hexy',
      'mallory',
    ]);
    const changes = timeline.map((r) =>
      r.publisherChange ? describePublisher(r.publisherChange) : null,
    );
    // An unknown publisher is no evidence of a change.
    expect(changes).toEqual([
      null,
      null,
      null,
      'alice',
      'trusted publishing from GitHub alice/hexy',
    ]);
  });

  it('keeps yanks with their message, and finds notable releases', () => {
    const yanked = timeline.find((r) => r.yanked);
    expect(yanked).toMatchObject({ num: '0.4.1', yankMessage: 'broken build' });
    expect(timeline.filter(isNotable).map((r) => r.num)).toEqual([
      '0.4.0',
      '0.4.1',
      '0.4.2',
      '0.4.3',
    ]);
  });

  it('has no gap for a single release', () => {
    expect(longestGap(releaseTimeline([release('1.0.0', '2026-01-01')]))).toBeNull();
  });
});
