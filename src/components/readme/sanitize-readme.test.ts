import { describe, expect, it } from 'vitest';
import { readmes } from '@/mocks/fixtures/readmes';
import { sanitizeReadme } from './sanitize-readme';

const GITHUB = 'https://github.com/serde-rs/serde';

/** Sanitizes into a detached element, to query the result like a page would. */
function render(html: string, repository: string | null = GITHUB) {
  const root = document.createElement('div');
  root.innerHTML = sanitizeReadme(html, repository);
  return root;
}

const hrefOf = (root: Element, text: string) =>
  [...root.querySelectorAll('a')].find((a) => a.textContent === text)?.getAttribute('href');

describe('sanitizeReadme: the xss-playground README', () => {
  const xss = readmes['xss-playground'] ?? '';
  const root = render(xss, 'https://github.com/mallory-sec/xss-playground');
  const html = root.innerHTML;

  it('keeps the safe content', () => {
    expect(root.textContent).toContain('This text must still be visible.');
    expect(root.querySelector('h1')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('xss-playground');
    expect(root.querySelector('h3')?.textContent).toBe('Safe section');
    expect(root.querySelector('strong')?.textContent).toBe('bold');
    expect(root.querySelector('code')?.textContent).toBe('inline code');
    expect(hrefOf(root, 'normal link')).toBe('https://crates.io/crates/xss-playground');
  });

  it('removes every script, frame, form and event handler', () => {
    expect(xss).toMatch(/<script|onerror|<iframe|<form/); // the fixture really is hostile
    for (const tag of ['script', 'iframe', 'object', 'embed', 'form', 'input', 'svg', 'style']) {
      expect(root.querySelector(tag), tag).toBeNull();
    }
    expect(html).not.toMatch(/\son\w+=/i);
    expect(html).not.toContain('alert(');
  });

  it('removes javascript: and data: links but keeps their text', () => {
    expect(html).not.toMatch(/javascript:|data:text/i);
    expect(root.textContent).toContain('click me');
    expect(root.textContent).toContain('data link');
    expect(hrefOf(root, 'click me')).toBeNull();
    expect(hrefOf(root, 'data link')).toBeNull();
  });

  it('removes inline styles, so nothing can cover the page', () => {
    expect(root.querySelector('[style]')).toBeNull();
    expect(root.textContent).toContain('overlay');
  });
});

describe('sanitizeReadme: markup', () => {
  it('strips dangerous elements and attributes that the fixture does not cover', () => {
    const root = render(
      '<style>body{display:none}</style><object data="x"></object><embed src="x">' +
        '<button formaction="javascript:alert(1)">b</button><a href="vbscript:msgbox(1)">v</a>' +
        '<div tabindex="1" role="main" popover data-x="1" hidden>d</div>' +
        '<a href=" JaVaScRiPt:alert(1)">j</a><math><mi>x</mi></math>' +
        '<svg><a href="javascript:alert(1)"><text>s</text></a></svg>',
    );
    for (const tag of ['style', 'object', 'embed', 'button', 'math', 'svg']) {
      expect(root.querySelector(tag), tag).toBeNull();
    }
    expect(root.innerHTML).not.toMatch(/script:|tabindex|role=|popover|data-x|hidden/i);
    expect(root.textContent).toContain('d');
  });

  it('resists encoded schemes and mutation tricks', () => {
    const root = render(
      '<a href="&#106;avascript:alert(1)">e</a><a href="java&#x09;script:alert(1)">t</a>' +
        '<img src="https://example.com/a.png" srcset="javascript:alert(1) 2x">' +
        '<details open ontoggle="alert(1)"><summary>s</summary></details>',
    );
    expect(root.innerHTML).not.toMatch(/script:|ontoggle/i);
    expect(hrefOf(root, 'e')).toBeNull();
    expect(hrefOf(root, 't')).toBeNull();
    expect(root.querySelector('img')?.hasAttribute('srcset')).toBe(false);
    const noscript = render(
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript><b>after</b>',
    );
    expect(noscript.innerHTML).not.toMatch(/onerror|<img/i);
    expect(noscript.textContent).toBe('after');
  });

  it('keeps headings with user-content ids, tables, lists, code and images', () => {
    const root = render(readmes.serde ?? '');
    const anchor = root.querySelector('h3 a.anchor');
    expect(anchor?.id).toBe('user-content-serde-in-action');
    expect(anchor?.getAttribute('href')).toBe('#user-content-serde-in-action');
    expect(anchor?.getAttribute('aria-hidden')).toBe('true');
    expect(anchor?.getAttribute('tabindex')).toBe('-1');
    expect(root.querySelectorAll('table th')).toHaveLength(3);
    expect(root.querySelector('.readme-table > table')).not.toBeNull();
    expect(root.querySelector('pre > code.language-rust')?.textContent).toContain('fn main()');
    expect(root.querySelector('.markdown-alert.markdown-alert-note')).not.toBeNull();
    expect(root.querySelector('img[alt="Build Status"]')).not.toBeNull();
  });

  it('moves headings below the page title without holes in the outline', () => {
    const root = render(
      '<h1>Serde</h1><h3>Design</h3><h5>Details</h5><h2>Usage</h2><h6>Fine print</h6>',
    );
    expect(
      [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
        (h) => `${h.localName} ${h.textContent}`,
      ),
    ).toEqual(['h2 Serde', 'h3 Design', 'h4 Details', 'h3 Usage', 'h4 Fine print']);
  });

  it('prefixes ids and names, and points fragment links at them', () => {
    const root = render(
      '<h2 id="main-content">Top</h2><a name="legacy"></a><a href="#main-content">up</a>',
    );
    expect(root.querySelector('h2')?.id).toBe('user-content-main-content');
    expect(root.querySelector('a[name]')?.getAttribute('name')).toBe('user-content-legacy');
    expect(hrefOf(root, 'up')).toBe('#user-content-main-content');
  });

  it('keeps only the classes READMEs are styled with', () => {
    const root = render(
      '<div class="fixed inset-0 z-50 markdown-alert markdown-alert-tip">t</div>' +
        '<pre><code class="language-toml hidden">a = 1</code></pre><p class="sr-only">p</p>',
    );
    expect(root.querySelector('div')?.className).toBe('markdown-alert markdown-alert-tip');
    expect(root.querySelector('code')?.className).toBe('language-toml');
    expect(root.querySelector('p')?.hasAttribute('class')).toBe(false);
  });

  it('gives images lazy loading and an empty alt when they have none', () => {
    const root = render('<img src="https://example.com/a.png"><img src="b.png" alt="B">');
    const [a, b] = root.querySelectorAll('img');
    expect(a?.getAttribute('loading')).toBe('lazy');
    expect(a?.getAttribute('alt')).toBe('');
    expect(b?.getAttribute('alt')).toBe('B');
  });

  it('allows data: URLs only for images', () => {
    const root = render(
      '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">' +
        '<img src="data:text/html;base64,PHNjcmlwdD4=" alt="page">',
    );
    expect(root.querySelectorAll('img')).toHaveLength(1);
    expect(root.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/png/);
    expect(root.textContent).toContain('page');
  });

  it('turns task-list checkboxes into text', () => {
    const root = render(
      '<ul><li><input type="checkbox" checked disabled> done</li>' +
        '<li><input type="checkbox" disabled> todo</li></ul>',
    );
    expect(root.querySelector('input')).toBeNull();
    expect(root.textContent).toContain('☑ done');
    expect(root.textContent).toContain('☐ todo');
  });
});

describe('sanitizeReadme: links and images', () => {
  const sample =
    '<a href="https://docs.rs/serde" rel="opener" target="_blank">docs</a>' +
    '<a href="CONTRIBUTING.md">contributing</a><a href="/docs/guide.md#intro">guide</a>' +
    '<a href="mailto:a@example.com">mail</a><a href="//example.com/x">proto</a>' +
    '<img src="docs/logo.png" alt="logo"><img src="./img/a.svg" alt="a">' +
    '<picture><source media="(prefers-color-scheme: dark)" srcset="dark.png 1x, dark@2x.png 2x">' +
    '<img src="light.png" alt="pic"></picture>';

  it('marks external links nofollow noopener noreferrer ugc and drops target', () => {
    const root = render(sample);
    const docs = root.querySelector('a[href="https://docs.rs/serde"]');
    expect(docs?.getAttribute('rel')).toBe('nofollow noopener noreferrer ugc');
    expect(docs?.hasAttribute('target')).toBe(false);
    expect(hrefOf(root, 'mail')).toBe('mailto:a@example.com');
    expect(hrefOf(root, 'proto')).toBe('https://example.com/x');
  });

  it('resolves relative links and images against a GitHub repository', () => {
    const root = render(sample, 'https://github.com/serde-rs/serde.git');
    expect(hrefOf(root, 'contributing')).toBe(`${GITHUB}/blob/HEAD/CONTRIBUTING.md`);
    expect(hrefOf(root, 'guide')).toBe(`${GITHUB}/blob/HEAD/docs/guide.md#intro`);
    for (const a of root.querySelectorAll('a[href^="https://github.com"]')) {
      expect(a.getAttribute('rel')).toBe('nofollow noopener noreferrer ugc');
    }
    const srcs = [...root.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual([
      `${GITHUB}/raw/HEAD/docs/logo.png`,
      `${GITHUB}/raw/HEAD/img/a.svg`,
      `${GITHUB}/raw/HEAD/light.png`,
    ]);
    expect(root.querySelector('source')?.getAttribute('srcset')).toBe(
      `${GITHUB}/raw/HEAD/dark.png 1x, ${GITHUB}/raw/HEAD/dark@2x.png 2x`,
    );
  });

  it('resolves against GitLab, nested groups included', () => {
    const root = render(sample, 'https://gitlab.com/group/sub/project/-/tree/main');
    const base = 'https://gitlab.com/group/sub/project/-';
    expect(hrefOf(root, 'contributing')).toBe(`${base}/blob/HEAD/CONTRIBUTING.md`);
    expect(root.querySelector('img')?.getAttribute('src')).toBe(`${base}/raw/HEAD/docs/logo.png`);
  });

  it('drops relative hrefs and srcs for other hosts or no repository, keeping the text', () => {
    for (const repository of ['https://codeberg.org/a/b', null, 'not a url']) {
      const root = render(sample, repository);
      expect(hrefOf(root, 'contributing')).toBeNull();
      expect(root.textContent).toContain('contributing');
      expect(root.querySelectorAll('img')).toHaveLength(0);
      expect(root.querySelector('source')).toBeNull();
      expect(root.textContent).toContain('logo');
      expect(hrefOf(root, 'docs')).toBe('https://docs.rs/serde');
    }
  });
});

describe('sanitizeReadme: badge lines', () => {
  const badge = (name: string) =>
    `<a href="https://crates.io/crates/${name}"><img src="https://img.shields.io/crates/v/${name}.svg" alt="${name} version"></a>`;

  it('marks a title followed by badges, and a paragraph of badges, as one-line rows', () => {
    const html = sanitizeReadme(
      `<h1>Serde &emsp; ${badge('serde')} ${badge('serde_json')}</h1><p align="center">${badge('a')}\n${badge('b')}\n${badge('c')}</p>`,
      null,
    );
    expect(html).toContain('<h2 class="readme-badges">Serde');
    expect(html).toContain('<p align="center" class="readme-badges">');
  });

  it('leaves prose with a badge in it, and a single badge, free to wrap', () => {
    const html = sanitizeReadme(
      `<p>This crate is tested on every commit against the latest stable Rust ${badge('a')} ${badge('b')}</p><p>${badge('c')}</p>`,
      null,
    );
    expect(html).not.toContain('readme-badges');
  });
});
