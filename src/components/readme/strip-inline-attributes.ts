// Chromium checks the page's CSP while *parsing* HTML into an inert document
// (DOMParser, as DOMPurify does): every `style="…"`, `on…="…"` and `<style>` in a
// README is reported as a violation, although nothing runs. This pass removes them
// from the markup before DOMPurify parses it, so the CSP stays silent and a report
// means something. It is not the security boundary (DOMPurify is): it only has to
// see every attribute the browser's tokenizer sees, which is why it follows the
// HTML tokenizer's rules for tags, quotes and comments instead of using a regex.

/**
 * Elements whose content the tokenizer reads as text (in HTML, not in SVG or MathML);
 * renamed so it reads as markup everywhere. (`noscript` is markup already: DOMParser
 * documents have scripting disabled.)
 */
const RAW_TEXT =
  /<(\/?)(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)(?=[\t\n\f\r />]|$)/gi;

/** The names given to them, for DOMPurify to drop with their content. */
export const RENAMED_RAW_TEXT = [
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext',
].map((name) => `x-${name}`);

const SPACE = /[\t\n\f\r ]/;
const ALPHA = /[a-z]/i;

const isDropped = (name: string) => {
  const lower = name.toLowerCase();
  return lower === 'style' || lower.startsWith('on');
};

/** The markup without inline style or event-handler attributes, nor `<style>`-like raw text. */
export function stripInlineAttributes(input: string): string {
  // CDATA is a section in SVG/MathML but a comment up to `>` in HTML: a real comment is
  // the same in both, so the scan below cannot disagree with the browser about it.
  const html = input.replace(RAW_TEXT, '<$1x-$2').replaceAll('<![CDATA[', '<!--[CDATA[');
  const cuts: [number, number][] = [];
  let i = 0;
  const n = html.length;

  while (i < n) {
    const open = html.indexOf('<', i);
    if (open === -1) break;
    const next = html[open + 1] ?? '';
    if (html.startsWith('<!--', open)) {
      i = commentEnd(html, open + 4);
    } else if (next === '!' || next === '?') {
      i = bogusCommentEnd(html, open + 2);
    } else if (next === '/') {
      const after = html[open + 2] ?? '';
      if (ALPHA.test(after)) i = scanTag(html, open + 2, cuts);
      else if (after === '>') i = open + 3;
      else i = bogusCommentEnd(html, open + 2);
    } else if (ALPHA.test(next)) {
      i = scanTag(html, open + 1, cuts);
    } else {
      i = open + 1;
    }
  }

  // Each attribute becomes one space, so the tokens around it stay apart.
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += `${html.slice(from, start)} `;
    from = end;
  }
  return out + html.slice(from);
}

/** After `<!--`: the index after `-->`, `--!>`, or the abrupt `<!-->` / `<!--->`. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const ends = [html.indexOf('-->', from), html.indexOf('--!>', from)].filter((e) => e !== -1);
  if (!ends.length) return html.length;
  const end = Math.min(...ends);
  return end + (html.startsWith('-->', end) ? 3 : 4);
}

function bogusCommentEnd(html: string, from: number): number {
  const end = html.indexOf('>', from);
  return end === -1 ? html.length : end + 1;
}

/**
 * From the tag name's first letter to after the tag's `>`, as the tokenizer reads it;
 * pushes the span of each dropped attribute (with the space before it) onto `cuts`.
 */
function scanTag(html: string, from: number, cuts: [number, number][]): number {
  const n = html.length;
  let i = from;
  while (i < n && !SPACE.test(html[i] ?? '') && html[i] !== '/' && html[i] !== '>') i++;
  for (;;) {
    // Before an attribute name: spaces and stray slashes.
    const gap = i;
    while (i < n && (SPACE.test(html[i] ?? '') || html[i] === '/')) i++;
    if (i >= n) return n;
    if (html[i] === '>') return i + 1;
    const nameStart = i;
    i++; // The first character belongs to the name, even `=`.
    while (i < n && !SPACE.test(html[i] ?? '') && !'/>='.includes(html[i] ?? '')) i++;
    const name = html.slice(nameStart, i);
    // After the name: spaces, then `=` and a value, or the next attribute.
    let j = i;
    while (j < n && SPACE.test(html[j] ?? '')) j++;
    if (html[j] === '=') {
      j++;
      while (j < n && SPACE.test(html[j] ?? '')) j++;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        j = close === -1 ? n : close + 1;
      } else if (quote !== '>') {
        while (j < n && !SPACE.test(html[j] ?? '') && html[j] !== '>') j++;
      }
      i = j;
    }
    if (isDropped(name)) cuts.push([gap, i]);
  }
}
