import { createRequire as __igCreateRequire } from 'node:module'; const require = __igCreateRequire(import.meta.url);

// src/report/junit-xml.ts
function junitXml(suites, name) {
  const count = (cases, pick) => cases.filter(pick).length;
  const all = suites.flatMap((s) => s.cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const root = `<testsuites${attrs({ name, tests: all.length, failures: count(all, (c) => c.failure), errors: 0, skipped: count(all, (c) => c.skipped) })}`;
  if (suites.length === 0) return `${out[0]}
${root}/>
`;
  out.push(`${root}>`);
  for (const suite of suites) {
    const { cases } = suite;
    out.push(`  <testsuite${attrs({ name: suite.name, tests: cases.length, failures: count(cases, (c) => c.failure), errors: 0, skipped: count(cases, (c) => c.skipped) })}>`);
    for (const c of cases) {
      const open = `    <testcase${attrs({ classname: c.classname, name: c.name, file: c.file })}`;
      const children = [];
      if (c.failure) {
        const f = `<failure${attrs({ message: c.failure.message, type: c.failure.type })}`;
        children.push(c.failure.text ? `${f}>${text(c.failure.text)}</failure>` : `${f}/>`);
      }
      if (c.skipped) children.push(`<skipped${attrs({ message: c.skipped.message })}/>`);
      if (c.stdout !== void 0) children.push(c.stdout ? `<system-out>${text(c.stdout)}</system-out>` : "<system-out/>");
      if (children.length === 0) out.push(`${open}/>`);
      else out.push(`${open}>`, ...children.map((x) => `      ${x}`), "    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}
`;
}
function attrs(values) {
  let s = "";
  for (const [k, v] of Object.entries(values)) if (v !== void 0) s += ` ${k}="${attr(String(v))}"`;
  return s;
}
var NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function xmlChars(s) {
  return s.replace(NOT_XML, "\uFFFD");
}
var TEXT_ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
var ATTR_ESCAPES = { ...TEXT_ESCAPES, '"': "&quot;", "	": "&#9;", "\n": "&#10;" };
function text(s) {
  return xmlChars(s).replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch]);
}
function attr(s) {
  return xmlChars(s).replace(/[&<>"\t\n\r]/g, (ch) => ATTR_ESCAPES[ch]);
}

export {
  junitXml
};
//# sourceMappingURL=chunk-YHYZ4LXM.js.map
