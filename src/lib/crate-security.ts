// How well a crate is protected against a stolen API token.
export type CratePosture = 'protected' | 'tokens-allowed' | 'token-only' | 'blocked';

export function cratePosture(trustpubOnly: boolean, publishers: number): CratePosture {
  if (publishers === 0) return trustpubOnly ? 'blocked' : 'token-only';
  return trustpubOnly ? 'protected' : 'tokens-allowed';
}

export const POSTURE_TEXT: Record<CratePosture, { label: string; problem: string | null }> = {
  protected: { label: 'Publishes only through trusted publishing', problem: null },
  'tokens-allowed': {
    label: 'Trusted publisher set up, API tokens still accepted',
    problem: 'still accepts API tokens',
  },
  'token-only': {
    label: 'Publishes with API tokens only',
    problem: 'has no trusted publisher',
  },
  blocked: {
    label: 'Trusted publishing required, but no publisher configured',
    problem: 'cannot be published: trusted publishing is required but no publisher is set up',
  },
};
