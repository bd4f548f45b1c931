import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HomeHero } from './home-hero';

describe('HomeHero', () => {
  it("is index.html's static front-page hero once the app renders it (nothing moves)", () => {
    const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8');
    const shell = /<main class="shell-home[^"]*">\s*([\s\S]*?)\s*<\/main>/.exec(html)?.[1];
    expect(shell).toContain('The Rust community’s crate registry');
    expect(shell).toBe(renderToStaticMarkup(<HomeHero />));
  });
});
