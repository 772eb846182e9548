/**
 * Finds the source location of a failure in its stack trace or message, for producers that give no
 * file/line attributes. Knows Java/Kotlin/Scala, .NET, Python (tracebacks and pytest's `path.py:12:` lines),
 * JavaScript/TypeScript (V8 stacks and vitest's `❯` frames), Go, bats, Boost.Test, Rust, and a generic `file.ext:line` form (C, C++, Swift, PHP, Ruby…). Frames in
 * libraries and runtimes are skipped; a frame of the test's own class or file is preferred.
 */

export interface SourceLocation {
  file: string;
  line: number;
}

export interface LocationHint {
  classname?: string;
  /** A file already known from the attributes (only its line is missing). */
  file?: string;
}

const LIBRARY =
  /(?:^|[\\/])(?:node_modules|site-packages|dist-packages|\.cargo[\\/]registry|rustc|jdk|\.m2)(?:[\\/]|$)|^node:|^internal[\\/]|<frozen |^\/usr\/(?:local\/)?(?:lib|include|go)\/|[\\/]lib[\\/]python\d[\d.]*[\\/]|[\\/]go[\\/]src[\\/](?:runtime|testing|reflect)[\\/]|^(?:runtime|testing)[\\/]/;

const JAVA_FRAMEWORK =
  /^(?:java|javax|jdk|sun|com\.sun|kotlin|kotlinx|scala|org\.junit|junit|org\.testng|org\.hamcrest|org\.assertj|org\.opentest4j|org\.mockito|org\.apache\.maven|org\.gradle|worker\.org\.gradle|org\.scalatest|org\.spockframework|org\.codehaus\.groovy|groovy|io\.kotest|org\.apache\.tools\.ant)\./;

/**
 * `at pkg.Class.method(File.java:42)`, after an optional class loader and module (`app//`, `java.base@17.0.15/`,
 * `jdk.proxy2/` — Java 9+ names them; a thread dump's loader is `app`, a custom one a name or `@hash`).
 */
const JAVA_FRAME = /\bat\s+(?:[\w.$@-]*\/)*([\w$]+(?:\.[\w$]+)*)\.([\w$<>-]+)\(([\w$.-]+\.(?:java|kt|kts|scala|groovy|clj)):(\d+)\)/g;
const DOTNET_FRAME = /\bat\s+([\w.`+<>$]+)[^\n]*? in (.+?):line (\d+)/g;
const PY_FRAME = /File "([^"]+)", line (\d+)/g;
const PYTEST_LOC = /^([^\s:"'()]+\.py):(\d+): /gm;
const JS_FRAME =
  /^\s*at (?:.*?\()?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte|coffee)):(\d+)(?::\d+)?\)?\s*$/gm;
/**
 * A JavaScript frame's place anywhere in a line, `(/path/x.test.js:6:5)` with its column: for text that
 * lost its line breaks (tap-junit joins a TAP diagnostic's lines: `at: Test.<anonymous> (/t/x.test.js:6:5)
 * stack: Error: … at Test.assert (…)`). Tried after the line-anchored frames.
 */
const JS_INLINE_FRAME = /\(((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte|coffee)):(\d+):\d+\)/g;
/**
 * A JavaScript file's place with its column standing alone: Playwright's `api.spec.ts:51:1 expected failure…`
 * and `[api] › api.spec.ts:51:1 › …` headings (a test.fail that passed has no stack). Tried last.
 */
const JS_PLACE = /(?:^|[\s›(])((?:[A-Za-z]:)?[^\s():'"›]+\.(?:[cm]?[jt]sx?)):(\d+):\d+\b/gm;
/** node:test's TAP diagnostic `location: '/path/x.test.mjs:25:1'` (where the test is declared): after frames. */
const TAP_LOCATION = /\blocation: ?['"]?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():'"]+\.(?:[cm]?[jt]sx?)):(\d+):\d+/g;
/** Vitest's frames: ` ❯ test/x.test.ts:13:38`, ` ❯ helper src/y.ts:3:9` (a function name, then the place). */
const VITEST_FRAME = /^\s*\u276f (?:[^\s:]+ )?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]+\.(?:[cm]?[jt]sx?|vue|svelte)):(\d+)(?::\d+)?\s*$/gm;
/** bats: `(in test file test/cli.bats, line 10)`, `(from function `setup' in test file test/cli.bats, line 2)`. */
const BATS_LOC = /\bin test file ([^,()\n]+), line (\d+)\)/g;
/** Boost.Test's JUnit log: `- file   : calc_test.cpp` then `- line   : 11` (an unknown place is line 0). */
const BOOST_LOC = /^- file\s*: ([^\n]+?)\s*\n- line\s*: (\d+)/gm;
const GO_LOC = /^\s*([\w.\-/\\]+\.go):(\d+)\b/gm;
/** Perl's `die`/`warn` and Test::More's diagnostics: `at t/basic.t line 8.` */
const PERL_LOC = /\bat ([^\s"']+\.(?:t|pl|pm)) line (\d+)\b/g;
/** Erlang (EUnit, Common Test): `(calc_tests.erl, line 10)`, the innermost frame first. */
const ERLANG_LOC = /\(([^\s(),]+\.(?:erl|hrl|ex|exs)), line (\d+)\)/g;
const RUST_LOC = /(?:panicked|did not panic as expected) at (?:'[^\n]*', )?([^\s:'"]+\.rs):(\d+)(?::\d+)?/g;
const GENERIC_LOC =
  /(?:^|[\s"'([])((?:[A-Za-z]:)?[\w.\-/\\]*\w\.(?:c|cc|cpp|cxx|c\+\+|h|hh|hpp|hxx|m|mm|swift|php|rb|ex|exs|erl|dart|cs|fs|vb|lua|pl|r|R|zig|nim|d|feature)):(\d+)\b|(?:^|[\s"'([])((?:[A-Za-z]:)?[\w.\-/\\]*\w\.(?:c|cc|cpp|cxx|h|hpp))\((\d+)\)/gm;

function isLibrary(file: string): boolean {
  return LIBRARY.test(file);
}

function located(file: string, line: string | undefined): SourceLocation | undefined {
  const n = Number(line);
  if (!Number.isInteger(n) || n <= 0) return undefined;
  return { file, line: n };
}

function basename(p: string): string {
  const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return i >= 0 ? p.slice(i + 1) : p;
}

function outerClass(cls: string): string {
  const i = cls.indexOf('$');
  return i >= 0 ? cls.slice(0, i) : cls;
}

function fromJava(text: string, hint: LocationHint): SourceLocation | undefined {
  let firstOwn: SourceLocation | undefined;
  for (const m of text.matchAll(JAVA_FRAME)) {
    const cls = m[1] as string;
    const fileName = m[3] as string;
    const dot = cls.lastIndexOf('.');
    const pkg = dot > 0 ? cls.slice(0, dot).replace(/\./g, '/') : '';
    const loc = located(pkg ? `${pkg}/${fileName}` : fileName, m[4]);
    if (!loc) continue;
    if (hint.classname && outerClass(cls) === outerClass(hint.classname)) return loc;
    if (!firstOwn && !JAVA_FRAMEWORK.test(cls)) firstOwn = loc;
  }
  return firstOwn;
}

function fromDotnet(text: string, hint: LocationHint): SourceLocation | undefined {
  let first: SourceLocation | undefined;
  for (const m of text.matchAll(DOTNET_FRAME)) {
    const loc = located((m[2] as string).trim(), m[3]);
    if (!loc) continue;
    const method = m[1] as string;
    if (hint.classname && method.startsWith(`${hint.classname}.`)) return loc;
    first ??= loc;
  }
  return first;
}

function fromPython(text: string, hint: LocationHint): SourceLocation | undefined {
  const moduleFile = hint.classname ? hint.classname.split('.').filter((p) => !/^[A-Z]/.test(p)).join('/') + '.py' : '';
  // pytest's own location lines ("tests/test_x.py:12: AssertionError"): the first is in the test itself.
  for (const m of text.matchAll(PYTEST_LOC)) {
    const file = m[1] as string;
    if (!isLibrary(file)) return located(file, m[2]);
  }
  let lastOwn: SourceLocation | undefined;
  // Chained exceptions ("During handling of the above exception…"): the traceback of the one raised last.
  const last = text.lastIndexOf('Traceback (most recent call last):');
  for (const m of (last > 0 ? text.slice(last) : text).matchAll(PY_FRAME)) {
    const file = m[1] as string;
    if (isLibrary(file)) continue;
    const loc = located(file, m[2]);
    if (!loc) continue;
    if (moduleFile && file.replace(/\\/g, '/').endsWith(moduleFile)) return loc;
    lastOwn = loc; // the deepest frame in the user's code
  }
  return lastOwn;
}

function firstNonLibrary(re: RegExp, text: string, prefer?: (file: string) => boolean): SourceLocation | undefined {
  let first: SourceLocation | undefined;
  for (const m of text.matchAll(re)) {
    let file = m[1] as string;
    if (file.startsWith('file://')) file = decodeURI(file.slice('file://'.length));
    if (isLibrary(file)) continue;
    const loc = located(file, m[2]);
    if (!loc) continue;
    if (!prefer || prefer(file)) return loc;
    first ??= loc;
  }
  return first;
}

function fromGeneric(text: string): SourceLocation | undefined {
  for (const m of text.matchAll(GENERIC_LOC)) {
    const file = (m[1] ?? m[3]) as string;
    if (isLibrary(file)) continue;
    const loc = located(file, m[2] ?? m[4]);
    if (loc) return loc;
  }
  return undefined;
}

/** The most likely source location of a failure, from its stack trace / message text. */
export function locateInStack(text: string | undefined, hint: LocationHint = {}): SourceLocation | undefined {
  if (!text) return undefined;
  // Cheap substring checks first: the frame expressions only run on text that can match them.
  const found =
    (text.includes(':line ') ? fromDotnet(text, hint) : undefined) ??
    (text.includes('at ') && text.includes('(') ? fromJava(text, hint) : undefined) ??
    (text.includes('.py') ? fromPython(text, hint) : undefined) ??
    (text.includes('at ') ? firstNonLibrary(JS_FRAME, text) : undefined) ??
    (text.includes('\u276f') ? firstNonLibrary(VITEST_FRAME, text) : undefined) ??
    (text.includes('.go:') ? firstNonLibrary(GO_LOC, text, (f) => f.endsWith('_test.go')) : undefined) ??
    (text.includes('in test file ') ? firstNonLibrary(BATS_LOC, text) : undefined) ??
    (text.includes('- line') ? firstNonLibrary(BOOST_LOC, text) : undefined) ??
    (text.includes('panic') ? firstNonLibrary(RUST_LOC, text) : undefined) ??
    (text.includes(' line ') ? firstNonLibrary(PERL_LOC, text) ?? firstNonLibrary(ERLANG_LOC, text) : undefined) ??
    fromGeneric(text) ??
    (text.includes('(') ? firstNonLibrary(JS_INLINE_FRAME, text) : undefined) ??
    (text.includes('location:') ? firstNonLibrary(TAP_LOCATION, text) : undefined) ??
    firstNonLibrary(JS_PLACE, text);
  if (!found || !hint.file) return found;
  // Only the line is missing: accept a frame in that same file.
  const want = basename(hint.file);
  const inFile = (f: string): boolean => basename(f) === want;
  for (const loc of [found, fromGeneric(text), firstNonLibrary(JS_FRAME, text, inFile), firstNonLibrary(VITEST_FRAME, text, inFile), firstNonLibrary(JS_INLINE_FRAME, text, inFile)]) {
    if (loc && basename(loc.file) === want) return { file: hint.file, line: loc.line };
  }
  return undefined;
}
