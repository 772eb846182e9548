import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

// src/report/escape.ts
var HTML = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => HTML[c]);
}
function escapeMd(text, maxLength = 300) {
  let s = text.replace(/\r?\n|\r/g, " ").replace(/\s+/g, " ").trim();
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}\u2026`;
  return escapeHtml(
    s.replace(/([\\`*_{}[\]#+!|~])/g, "\\$1").replace(/^(\s*)([-=])/, "$1\\$2").replace(/@(?=[A-Za-z0-9])/g, "@\u200B")
    // no @-mentions from test names
  );
}
function mdCode(text, maxLength = 200) {
  let s = text.replace(/\r?\n|\r/g, " ");
  if (s.length > maxLength) s = `${s.slice(0, maxLength - 1)}\u2026`;
  return `\`${s.replace(/`/g, "'").replace(/\|/g, "\\|")}\``;
}

export {
  escapeHtml,
  escapeMd,
  mdCode
};
//# sourceMappingURL=chunk-GKVNYTOH.js.map
