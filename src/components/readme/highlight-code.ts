// Syntax highlighting for README code blocks. This module is imported dynamically
// (only for READMEs with `language-*` blocks), and each grammar is its own chunk,
// fetched only when a block uses it.
import type { LanguageFn } from 'highlight.js';
import hljs from 'highlight.js/lib/core';

type Grammar = () => Promise<{ default: LanguageFn }>;

const rust: Grammar = () => import('highlight.js/lib/languages/rust');
const toml: Grammar = () => import('highlight.js/lib/languages/ini');
const bash: Grammar = () => import('highlight.js/lib/languages/bash');
const shell: Grammar = () => import('highlight.js/lib/languages/shell');
const json: Grammar = () => import('highlight.js/lib/languages/json');
const yaml: Grammar = () => import('highlight.js/lib/languages/yaml');
const javascript: Grammar = () => import('highlight.js/lib/languages/javascript');
const typescript: Grammar = () => import('highlight.js/lib/languages/typescript');
const c: Grammar = () => import('highlight.js/lib/languages/c');

/** `language-*` names (as Markdown fences write them) → grammar. */
const GRAMMARS: Record<string, Grammar> = {
  rust,
  rs: rust,
  toml,
  ini: toml,
  bash,
  sh: bash,
  shell: bash,
  zsh: bash,
  console: shell,
  'shell-session': shell,
  shellsession: shell,
  json,
  yaml,
  yml: yaml,
  javascript,
  js: javascript,
  jsx: javascript,
  typescript,
  ts: typescript,
  tsx: typescript,
  c,
  h: c,
};

const languageOf = (code: Element) =>
  [...code.classList]
    .find((name) => name.startsWith('language-'))
    ?.slice('language-'.length)
    .toLowerCase();

async function register(language: string): Promise<boolean> {
  if (hljs.getLanguage(language)) return true;
  const grammar = GRAMMARS[language];
  if (!grammar) return false;
  // Shell sessions embed bash, so bash must be there first.
  if (grammar === shell) await register('bash');
  hljs.registerLanguage(language, (await grammar()).default);
  return true;
}

/** Highlights every `pre > code.language-*` block in `root` whose language is known. */
export async function highlightCode(root: HTMLElement): Promise<void> {
  const blocks = [...root.querySelectorAll('pre > code[class*="language-"]')];
  await Promise.all(
    blocks.map(async (code) => {
      const language = languageOf(code);
      if (!language || code.hasAttribute('data-highlighted')) return;
      if (!(await register(language))) return;
      // `textContent` in, escaped markup out: highlight.js escapes everything it emits.
      const { value } = hljs.highlight(code.textContent ?? '', { language });
      if (!code.isConnected) return;
      code.innerHTML = value;
      code.classList.add('hljs');
      code.setAttribute('data-highlighted', 'yes');
    }),
  );
}

/** A file name's language among the grammars above (`src/lib.rs` → `rust`), or `null`. */
export function languageForPath(path: string): string | null {
  const name = path.split('/').pop()?.toLowerCase() ?? '';
  if (name === 'cargo.lock') return 'toml';
  const extension = name.includes('.') ? name.split('.').pop() : undefined;
  return extension && GRAMMARS[extension] ? extension : null;
}

/**
 * Highlights a whole file and cuts the markup into lines, closing and reopening
 * the spans a line break falls inside (multi-line comments and strings), so each
 * line can sit in its own row. `null` when the language is unknown.
 */
export async function highlightLines(text: string, language: string): Promise<string[] | null> {
  if (!(await register(language))) return null;
  // Escaped markup out: highlight.js emits only escaped text and <span class="…">.
  const { value } = hljs.highlight(text, { language, ignoreIllegals: true });
  const lines: string[] = [];
  const open: string[] = [];
  let line = '';
  for (const [token] of value.matchAll(/<span [^>]*>|<\/span>|[^<]+/g)) {
    if (token.startsWith('<span')) {
      open.push(token);
      line += token;
    } else if (token === '</span>') {
      open.pop();
      line += token;
    } else {
      const parts = token.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) {
          lines.push(line + '</span>'.repeat(open.length));
          line = open.join('');
        }
        line += part;
      });
    }
  }
  lines.push(line);
  return lines;
}
