// README HTML comes from a CDN we do not control: it is sanitized here, with an
// allowlist, before it reaches the DOM. Nothing may run script, draw outside the
// README's box, take focus, or reuse the app's ids and utility classes.
import DOMPurify from 'dompurify';
import {
  contentId,
  EXTERNAL_REL,
  imageSource,
  imageSourceSet,
  linkTarget,
  type RepositoryBase,
  repositoryBase,
} from './readme-urls';
import { RENAMED_RAW_TEXT, stripInlineAttributes } from './strip-inline-attributes';

const ALLOWED_TAGS = [
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'div', 'span', 'center'],
  ...['a', 'img', 'picture', 'source', 'figure', 'figcaption'],
  ...['strong', 'b', 'em', 'i', 'u', 's', 'del', 'ins', 'strike', 'mark', 'small'],
  ...['sub', 'sup', 'abbr', 'dfn', 'q', 'cite', 'time', 'wbr', 'kbd', 'samp', 'var'],
  ...['code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'details', 'summary'],
  ...['table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td'],
];

// No `style`, event handlers, `tabindex`, `role`, `target`, `rel`, form or other ARIA attributes.
const ALLOWED_ATTR = [
  ...['href', 'src', 'srcset', 'sizes', 'media', 'alt', 'title', 'id', 'name', 'class'],
  ...['align', 'valign', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'span'],
  ...['start', 'reversed', 'type', 'open', 'lang', 'dir', 'datetime', 'cite', 'aria-hidden'],
];

/** http(s), mailto, and scheme-less (relative) URLs; `data:` only where DOMPurify allows images. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Classes the README styles and the highlighter use; any other (e.g. `fixed inset-0`) goes. */
const KEPT_CLASS =
  /^(?:language-[\w+#.-]+|lang-[\w+#.-]+|anchor|markdown-alert(?:-(?:title|note|tip|important|warning|caution))?)$/;

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** Our own DOMPurify instance, so its hooks never affect other users of the library. */
function getPurifier() {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  // Task-list checkboxes are removed with every other input; keep their state as text.
  purifier.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'input' || !(node instanceof Element)) return;
    if (node.getAttribute('type')?.toLowerCase() !== 'checkbox') return;
    const mark = node.hasAttribute('checked') ? '☑' : '☐';
    node.parentNode?.insertBefore(node.ownerDocument.createTextNode(mark), node);
  });
  return purifier;
}

/**
 * Sanitizes README HTML. `repository` (the crate's repository URL) resolves relative
 * links and images when it is on GitHub or GitLab; otherwise they are dropped.
 */
export function sanitizeReadme(html: string, repository: string | null): string {
  // Coming back to a README tab renders it again: its sanitized HTML is kept for that.
  const key = `${repository ?? ''}\n${html}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const sanitized = sanitize(html, repository);
  recent.set(key, sanitized);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value ?? '');
  return sanitized;
}

/** The last few READMEs sanitized, oldest first. */
const recent = new Map<string, string>();
const RECENT_MAX = 8;

function sanitize(html: string, repository: string | null): string {
  const body = getPurifier().sanitize(stripInlineAttributes(html), {
    ALLOWED_TAGS,
    ADD_FORBID_CONTENTS: RENAMED_RAW_TEXT,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM: true,
  });
  const base = repositoryBase(repository);
  for (const element of body.querySelectorAll('*')) fixElement(element, base);
  let previous = 1;
  for (const heading of body.querySelectorAll('h1, h2, h3, h4, h5, h6'))
    previous = demote(heading, previous);
  for (const row of body.querySelectorAll('p, div, center, h2, h3, h4, h5, h6')) markBadgeRow(row);
  return body.innerHTML;
}

function fixElement(element: Element, base: RepositoryBase | null) {
  const id = element.getAttribute('id');
  if (id) element.setAttribute('id', contentId(id));
  const name = element.getAttribute('name');
  if (name) element.setAttribute('name', contentId(name));
  const classes = element.getAttribute('class');
  if (classes !== null) {
    const kept = classes.split(/\s+/).filter((c) => KEPT_CLASS.test(c));
    if (kept.length) element.setAttribute('class', kept.join(' '));
    else element.removeAttribute('class');
  }
  // `aria-hidden` is only for heading anchors; elsewhere it could hide links from assistive tech.
  if (element.localName !== 'a') element.removeAttribute('aria-hidden');
  switch (element.localName) {
    case 'a':
      return fixLink(element, base);
    case 'img':
      return fixImage(element, base);
    case 'source':
      return fixSource(element, base);
    case 'table':
      return wrapTable(element);
  }
}

/**
 * The page's own h1 is the crate name: README headings move one level down
 * (h1 -> h2 ... h5 -> h6), and none goes more than one level below the heading
 * before it (an h3 then h5 becomes h3 then h4), so screen readers' outline of
 * the page has no holes. Returns the level given.
 */
function demote(heading: Element, previous: number): number {
  const level = Math.min(Number(heading.localName.slice(1)) + 1, 6, previous + 1);
  const replacement = heading.ownerDocument.createElement(`h${level}`);
  for (const attribute of heading.attributes)
    replacement.setAttribute(attribute.name, attribute.value);
  replacement.append(...heading.childNodes);
  heading.replaceWith(replacement);
  return level;
}

function fixLink(link: Element, base: RepositoryBase | null) {
  const href = link.getAttribute('href');
  if (href === null) return;
  const target = linkTarget(href, base);
  if (target.kind === 'none') {
    // Keep the text, lose the link.
    link.removeAttribute('href');
    return;
  }
  link.setAttribute('href', target.href);
  if (target.kind === 'external') link.setAttribute('rel', EXTERNAL_REL);
  // Heading anchors are hidden from assistive tech, so keep them out of the tab order.
  if (link.getAttribute('aria-hidden') === 'true') link.setAttribute('tabindex', '-1');
}

function fixImage(image: Element, base: RepositoryBase | null) {
  const src = imageSource(image.getAttribute('src') ?? '', base);
  if (!src) {
    image.replaceWith(image.ownerDocument.createTextNode(image.getAttribute('alt') ?? ''));
    return;
  }
  image.setAttribute('src', src);
  fixSourceSet(image, base);
  // Third-party images do not learn which page the reader is on, and cannot read or
  // set cookies (a CORS request without credentials; hosts must send CORS headers,
  // as GitHub's and the badge services' do).
  image.setAttribute('referrerpolicy', 'no-referrer');
  image.setAttribute('crossorigin', 'anonymous');
  image.setAttribute('loading', 'lazy');
  image.setAttribute('decoding', 'async');
  if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
}

function fixSource(source: Element, base: RepositoryBase | null) {
  source.removeAttribute('src');
  fixSourceSet(source, base);
  if (!source.hasAttribute('srcset')) source.remove();
}

function fixSourceSet(element: Element, base: RepositoryBase | null) {
  const srcset = element.getAttribute('srcset');
  if (srcset === null) return;
  const resolved = imageSourceSet(srcset, base);
  if (resolved) element.setAttribute('srcset', resolved);
  else element.removeAttribute('srcset');
}

/** Badge images as the CSS reserves their line for (README badges are 20 px tall). */
const BADGE = /shields\.io|\/badge|badge\.svg/;
const isBadge = (node: Element) =>
  node.localName === 'img' && BADGE.test(node.getAttribute('src') ?? '');

/**
 * A line of badges (an optional short title, then badge images or links around
 * them) stays one line and scrolls sideways: the badges' widths are unknown until
 * they load (or fail and show their alt text), and letting them wrap then would
 * push the whole README down.
 */
function markBadgeRow(row: Element) {
  let badges = 0;
  let text = '';
  for (const child of row.childNodes) {
    if (child.nodeType === child.TEXT_NODE) text += child.textContent ?? '';
    else if (!(child instanceof Element)) continue;
    else if (isBadge(child)) badges++;
    else if (
      child.localName === 'a' &&
      child.firstElementChild &&
      isBadge(child.firstElementChild)
    ) {
      if (child.children.length > 1 || child.textContent?.trim()) return;
      badges++;
    } else if (child.localName !== 'br') text += child.textContent ?? '';
  }
  if (badges >= 2 && text.trim().length <= 40) row.classList.add('readme-badges');
}

/** Wide tables scroll inside their own box instead of widening the page. */
function wrapTable(table: Element) {
  const wrapper = table.ownerDocument.createElement('div');
  wrapper.className = 'readme-table';
  table.replaceWith(wrapper);
  wrapper.append(table);
}
