import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Logo } from './logo';

describe('Logo', () => {
  it("is index.html's static header logo once the app renders it", () => {
    const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
    const shell = /<header[\s\S]*?(<svg[\s\S]*?<\/svg>)/.exec(html)?.[1];
    expect(shell).toContain('viewBox="0 0 64 64"');
    expect(shell).toBe(renderToStaticMarkup(<Logo />));
  });
});
