/**
 * Escaping for untrusted text (test names, messages, response bodies) in Markdown and HTML.
 * Markdown cells: HTML-special characters become entities (so no tag or comment can open), Markdown
 * punctuation is backslash-escaped, newlines fold to spaces, and pipes cannot split a table cell.
 */

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c] as string);
}

/** Text on one line: runs of white space (line breaks too) as one space, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = /[\ud800-\udbff]/.test(t.charAt(max - 2)) ? max - 2 : max - 1; // not inside a surrogate pair
  return `${t.slice(0, cut)}…`;
}

/** Inline Markdown (table cells, list items): one line, no markup, no HTML. */
export function escapeMd(text: string, maxLength = 300): string {
  const s = oneLine(text, maxLength);
  // Markdown punctuation first, then entities: escaping after would break the entities' own '#' (`&\#39;`
  // shows literally on GitHub). Parentheses need no escape (no link without its brackets), and an escaped
  // one after a URL became part of the link where the URL is linked as it stands.
  return escapeHtml(
    s
      .replace(/([\\`*_{}[\]#+!|~])/g, '\\$1')
      .replace(/^(\s*)([-=])/, '$1\\$2')
      .replace(/@(?=[A-Za-z0-9])/g, '@\u200b'), // no @-mentions from test names
  );
}

/** A block of untrusted text for <pre>: HTML-escaped, so it cannot close the block. */
export function escapePre(text: string, maxLength = 2000): string {
  const s = text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
  return escapeHtml(s);
}

/**
 * An inline code span for untrusted text. Inside a code span Markdown escapes and entities show literally,
 * so the only dangers are a backtick (ends the span) and a pipe (splits a table cell, even in a span).
 */
export function mdCode(text: string, maxLength = 200): string {
  let s = text.replace(/\r?\n|\r/g, ' ');
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}…`;
  return `\`${s.replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}
