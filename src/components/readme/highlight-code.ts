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
