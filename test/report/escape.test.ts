// Untrusted text (test names, messages) in the job summary, check run and PR comment: rendered by a real
// CommonMark + GFM parser (micromark, the parser GitHub's own remark stack is built on; GitHub renders with
// cmark-gfm, which follows the same specification), with raw HTML allowed as GitHub allows it, the text must
// come out as written: no markup, no tag, no entity shown literally, no cell split.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { escapeMd } from '../../src/report/escape.js';

/** The cell's text as a browser would show it: the rendered cell with its tags removed and entities decoded. */
function shownInCell(cell: string): { html: string; text: string } {
  const html = micromark(`| h | x |\n|---|---|\n| ${cell} | y |\n`, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  const row = /<tbody>\s*<tr>\s*<td>([\s\S]*?)<\/td>\s*<td>([\s\S]*?)<\/td>\s*<\/tr>/.exec(html);
  assert.ok(row, `one row of two cells:\n${html}`);
  assert.equal(row[2], 'y', 'the cell was not split');
  const inner = row[1] as string;
  const text = inner.replace(/<\/?(?:a|code)\b[^>]*>/g, '').replace(/&(#x?[0-9a-f]+|quot|amp|lt|gt);/gi, (_, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number.parseInt(e.slice(1).replace(/^x/i, ''), /^#x/i.test(e) ? 16 : 10)) : ({ quot: '"', amp: '&', lt: '<', gt: '>' } as Record<string, string>)[e.toLowerCase()] as string,
  );
  return { html: inner, text };
}

const HOSTILE = [
  "expected 'a' but didn't get it",
  'a <script>alert(1)</script> & <img src=x onerror=alert(1)>',
  '<!-- hidden --> and --> and <![CDATA[x]]>',
  'pipes | split | cells \\| too',
  '**bold** _em_ `code` ~~gone~~ # not a heading',
  '[link](https://evil.example) ![img](x.png) <https://autolink.example>',
  'entity-looking text: &#39; &amp; &lt;b&gt; &quot; &#x41;',
  'backslash \\ then \\* and trailing \\',
  '- list? + no 1. no',
  'ping @octocat and @org/team',
  'unicode ünïcödé ✓ 日本語 😀',
];

for (const raw of HOSTILE) {
  test(`escapeMd shows ${JSON.stringify(raw)} as written`, () => {
    const { html, text } = shownInCell(escapeMd(raw));
    // GitHub links a bare URL wherever it stands (GFM's autolink literals): allowed, if the text stays as written.
    assert.doesNotMatch(html.replace(/<a href="https:\/\/[^"<>\\]*">|<\/a>/g, ''), /<[a-z!/]/i, 'no tag, comment or CDATA in the rendered cell');
    assert.equal(text.replace(/\u200b/g, ''), raw);
  });
}

test('escapeMd: no @-mention survives (GitHub would notify the user or team)', () => {
  const { text } = shownInCell(escapeMd('ping @octocat'));
  assert.doesNotMatch(text, /@[A-Za-z0-9]/);
});

test('escapeMd folds line breaks and runs of white space to one space, and cuts at the limit with an ellipsis', () => {
  assert.equal(shownInCell(escapeMd('a\n\nb\r\nc\t d')).text, 'a b c d');
  const cut = shownInCell(escapeMd('x'.repeat(50), 10)).text;
  assert.equal(cut, `${'x'.repeat(9)}…`);
});
