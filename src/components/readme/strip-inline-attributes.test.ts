import { describe, expect, it } from 'vitest';
import { stripInlineAttributes } from './strip-inline-attributes';

/** What the browser's parser makes of it: every attribute name anywhere in the tree. */
function attributeNames(html: string): string[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return [...doc.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.name),
  );
}

const inline = (names: string[]) => names.filter((name) => name === 'style' || /^on/.test(name));

describe('stripInlineAttributes', () => {
  it('removes style and event handlers and keeps every other attribute', () => {
    expect(
      stripInlineAttributes('<p class="a" style="color:red" onclick=\'x()\' title=t>Text</p>'),
    ).toBe('<p class="a"   title=t>Text</p>');
    expect(stripInlineAttributes('<IMG SRC=x OnError=alert(1)>')).toBe('<IMG SRC=x >');
    expect(stripInlineAttributes('<a/onmouseover=x/href=y>z</a>')).toBe('<a >z</a>');
    expect(stripInlineAttributes("<p a=1 style='x'b=2>")).toBe('<p a=1 b=2>');
  });

  it('leaves text, code and attribute values alone', () => {
    const code = '<pre><code>&lt;button onclick={go} style="x"&gt;</code></pre>';
    expect(stripInlineAttributes(code)).toBe(code);
    expect(stripInlineAttributes('<a title="x onclick=y">on=1 style=2</a>')).toBe(
      '<a title="x onclick=y">on=1 style=2</a>',
    );
  });

  it('renames raw-text elements, so nothing in them escapes the scan', () => {
    expect(stripInlineAttributes('<style>p{}</style><TEXTAREA x>')).toBe(
      '<x-style>p{}</x-style><x-TEXTAREA x>',
    );
  });

  // Vectors where a naive scan and the browser disagree about what is a tag.
  it.each([
    ['comment', '<!-- <a title=" --> <img src=x onerror=alert(1)> "> -->'],
    ['abrupt comment', '<!--><img src=x onerror=alert(1)>'],
    ['bang comment end', '<!-- x --!><img src=x onerror=alert(1)>'],
    ['bogus comment', '<! x><img src=x onerror=alert(1)>'],
    ['processing instruction', '<?x ><img src=x onerror=alert(1)>'],
    ['end tag attributes', '</p title=">"><img src=x onerror=alert(1)>'],
    ['CDATA in SVG', '<svg><![CDATA[ > <a title=" ]]> <img src=x onerror=alert(1)> ">'],
    ['CDATA in HTML', '<![CDATA[ x > <img src=x onerror=alert(1)> ]]>'],
    ['textarea', '<textarea><a title="</textarea><img src=x onerror=alert(1)>">'],
    ['svg style', '<svg><p><style><a title="</style><img src=x onerror=alert(1)>">'],
    ['math style', '<math><style><img src=x onerror=alert(1)></style></math>'],
    ['slashes', '<img/src="x"/onerror=alert(1)>'],
    ['newlines', '<img\nsrc=x\r\nonerror\n=\nalert(1)>'],
    ['equals first', '<img =x onerror=alert(1)>'],
    ['unquoted quote', '<img src=`x` onerror=alert(1)>'],
    ['svg', '<svg><animate onbegin=alert(1) attributeName=x dur=1s>'],
    ['style attribute', '<div style="background:url(javascript:alert(1))">x</div>'],
  ])('%s: the browser sees no inline attribute afterwards', (_name, html) => {
    expect(inline(attributeNames(html)).length).toBeGreaterThan(0);
    expect(inline(attributeNames(stripInlineAttributes(html)))).toEqual([]);
  });
});
