import { create } from 'xmlbuilder';

/**
 * JUnit XML that we write (the gates, the contract checks), on `xmlbuilder`: escaping and XML's character
 * rules are the library's; characters XML cannot carry become U+FFFD. Text goes out as escaped character data,
 * never CDATA (xmlbuilder splits only the first `]]>` of a CDATA section, and these texts are untrusted).
 *
 * Shape: `<testsuites>` with totals, one `<testsuite>` per suite with its counts, `<testcase classname name
 * [file]>` holding `<failure message type>text</failure>`, `<skipped message/>` and `<system-out>`.
 */
export interface JUnitCaseOut {
  classname: string;
  name: string;
  file?: string;
  failure?: { message: string; type: string; text?: string };
  skipped?: { message: string };
  stdout?: string;
}

export interface JUnitSuiteOut {
  name: string;
  cases: JUnitCaseOut[];
}

export function junitXml(suites: JUnitSuiteOut[], name?: string): string {
  const count = (cases: JUnitCaseOut[], pick: (c: JUnitCaseOut) => unknown): string => String(cases.filter(pick).length);
  const all = suites.flatMap((s) => s.cases);
  const root = create('testsuites', { version: '1.0', encoding: 'UTF-8' }, {}, { invalidCharReplacement: '\uFFFD' });
  if (name !== undefined) root.att('name', name);
  root.att({ tests: String(all.length), failures: count(all, (c) => c.failure), errors: '0', skipped: count(all, (c) => c.skipped) });
  for (const suite of suites) {
    const s = root.ele('testsuite', {
      name: suite.name,
      tests: String(suite.cases.length),
      failures: count(suite.cases, (c) => c.failure),
      errors: '0',
      skipped: count(suite.cases, (c) => c.skipped),
    });
    for (const c of suite.cases) {
      const tc = s.ele('testcase', { classname: c.classname, name: c.name, ...(c.file !== undefined ? { file: c.file } : {}) });
      if (c.failure) {
        const f = tc.ele('failure', { message: c.failure.message, type: c.failure.type });
        if (c.failure.text) f.txt(c.failure.text);
      }
      if (c.skipped) tc.ele('skipped', { message: c.skipped.message });
      if (c.stdout !== undefined) tc.ele('system-out').txt(c.stdout);
    }
  }
  return `${root.end({ pretty: true })}\n`;
}
