/**
 * patches/htmlparser2+*.patch makes the tokenizer step over the characters a
 * state ignores in one loop (text up to the next `<` or `&`, an attribute value
 * up to its quote or the next `&`) and find the end of a script, style or
 * comment with indexOf, instead of one state dispatch per character: the
 * tokenizer took half of a page's parse. Each case lists the parser events the
 * unpatched tokenizer gives (recorded with htmlparser2 10.1.0 before the patch);
 * the patched one must give the same, written at once and in small chunks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** Markup, then the events of the unpatched tokenizer. */
const CASES: ReadonlyArray<[string, string]> = [
  ['<p>a &amp; b &lt; c &copy d &#169; e&x; f &notit; g</p>', "<p{}>'a & b < c © d © e&x; f ¬it; g'</p>"],
  [
    '<a title=\'x "y" &amp; z\' href="a&b=c&amp;d&#x41;" data-x=a&amp;b data-y = "q" checked>link</a>',
    '<a{"title":"x \\"y\\" & z","href":"a&b=c&dA","data-x":"a&b","data-y":"q","checked":""}>\'link\'</a>',
  ],
  ['<script>if (a </scr) { b = "</script"; }</script ><p>after</p>', "<script{}>'if (a </scr) { b = \"</script\"; }'</script><p{}>'after'</p>"],
  ['<style>a > b { c: "<" }</style><p>x</p>', "<style{}>'a > b { c: \"<\" }'</style><p{}>'x'</p>"],
  ['<!-- a -- b ---><!----><!--><p>c</p><!-- unterminated', "<!-- a -- b ---><!----><!----><p{}>'c'</p><!-- unterminated-->"],
  ['a < b > c <3 <> </> &', "'a < b > c <3 <> </> &'"],
  ['<title>a &amp; b < c</title><textarea>x &lt; <b>y</b></textarea>', "<title{}>'a & b < c'</title><textarea{}>'x &lt; <b>y</b>'</textarea>"],
  ['<svg><![CDATA[ x < y ]]><text>t</text></svg>', "<svg{}><!--[CDATA[ x < y ]]--><text{}>'t'</text></svg>"],
  ['plain text at the end &amp', "'plain text at the end &'"],
  [
    '<div class="a  b\tc">one<br/>two<img src=x.png alt="&quot;q&quot;"></div>text &',
    '<div{"class":"a  b\\tc"}>\'one\'<br{}></br>\'two\'<img{"src":"x.png","alt":"\\"q\\""}></img></div>\'text &\'',
  ],
  ['<p title="unterminated &amp; value', '</p>'],
];

/** Every parser event as one string; `chunkChars` > 0 writes the markup in pieces of that size. */
function events(html: string, chunkChars = 0): string {
  const out: string[] = [];
  const parser = new Parser(
    {
      onopentag: (name, attributes) => out.push(`<${name}${JSON.stringify(attributes)}>`),
      // A text run comes in pieces (entities, chunk ends): adjacent pieces are joined.
      ontext: (text) => {
        const last = out.length - 1;
        if (out[last]?.startsWith("'")) out[last] = `${out[last]?.slice(0, -1)}${text}'`;
        else out.push(`'${text}'`);
      },
      onclosetag: (name) => out.push(`</${name}>`),
      oncomment: (text) => out.push(`<!--${text}-->`),
      oncdatastart: () => out.push('[cdata'),
      oncdataend: () => out.push('cdata]'),
    },
    // The options linkedom parses HTML with.
    { decodeEntities: true, lowerCaseAttributeNames: false },
  );
  if (chunkChars > 0) for (let i = 0; i < html.length; i += chunkChars) parser.write(html.slice(i, i + chunkChars));
  else parser.write(html);
  parser.end();
  return out.join('');
}

describe('htmlparser2 tokenizer skipping ignored characters', () => {
  it('is applied to the installed htmlparser2 (ESM and CommonJS builds)', () => {
    const root = require.resolve('htmlparser2').replace(/dist[\\/]commonjs[\\/]index\.js$/, '');
    for (const build of ['esm', 'commonjs']) {
      const source = readFileSync(join(root, 'dist', build, 'Tokenizer.js'), 'utf8');
      expect(source, `${build} build: run "npm ci" so that patch-package applies patches/`).toMatch(/function skipUntil\(buffer, from, a, b\)/);
    }
  });

  it.each(CASES)('gives the unpatched events for %j', (html, expected) => {
    expect(events(html)).toBe(expected);
    // Unpatched too, a chunk that ends inside the short comment `<!-->` reads it as the start of a long one.
    if (html.includes('<!-->')) return;
    for (const chunkChars of [1, 3, 7]) expect(events(html, chunkChars), `chunks of ${chunkChars}`).toBe(expected);
  });
});
