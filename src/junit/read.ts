/**
 * Reads one test report file (JUnit XML, TRX, NUnit 3) into a FileReport, streaming: the file is never held
 * whole, and memory stays bounded by the options (kept cases, text limits) plus ~8 bytes per passing run.
 *
 * Safety: DTDs are refused before they are parsed (no entity expansion, no external entities: billion laughs
 * and XXE files fail at once with reason 'dtd'); every well-formedness error is fatal and names file:line:col.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { isAscii } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';
import { ReportBuilder, type Position } from './builder.js';
import { JUnitReadError, type FileReport, type ReadOptions } from './model.js';
import { releasePassScan } from './pass-scan.js';
import { XmlError, XmlTokenizer } from './xml.js';

export { mergeReports } from './fold.js';
export type { ReadOptions } from './model.js';

/** Bytes read per chunk. */
const CHUNK = 256 * 1024;
/** Chunks read between turns of the event loop (4 MB). */
const YIELD_EVERY = 16;

/**
 * Reads a report. Throws JUnitReadError (reason 'invalid-xml' | 'not-junit' | 'dtd' | 'empty' | 'io'), whose
 * message is one line: `file:line:col: what is wrong; what to do`.
 */
export async function readReport(file: string, opts: ReadOptions = {}): Promise<FileReport> {
  warmUpReader();
  const reader = new StreamingReader(file, opts);
  let fd: number | undefined;
  let chunk: Buffer | undefined;
  try {
    // Plain synchronous reads into one buffer: reading a chunk from the page cache takes ~0.1 ms, while a
    // round trip through the thread pool left the parse waiting ~1.4 ms per chunk (~20 ms of 4 MB in a fresh
    // process). The event loop still gets a turn every YIELD_EVERY chunks (signals, timers), and the reader
    // keeps nothing of a chunk once `write` returns.
    fd = openSync(file, 'r');
    chunk = spareChunks.pop() ?? Buffer.allocUnsafe(CHUNK);
    for (let n = 1; ; n++) {
      const bytesRead = readSync(fd, chunk, 0, CHUNK, null);
      if (bytesRead === 0) break;
      reader.write(chunk.subarray(0, bytesRead));
      if (n % YIELD_EVERY === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (err) {
    throw reader.wrap(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
    if (chunk && spareChunks.length < 2) spareChunks.push(chunk);
  }
  return reader.end();
}

/**
 * Read buffers of finished reads, for the next ones: a folder of thousands of small reports would otherwise
 * allocate 256 KB per file. (The same buffer already serves every chunk of a file: nothing of a chunk is
 * kept once `write` returns.)
 */
const spareChunks: Buffer[] = [];

/** Reads a report held in memory (small files read whole, tests). Same rules and errors as readReport. */
export function readReportBuffer(file: string, data: Buffer | string, opts: ReadOptions = {}): FileReport {
  warmUpReader();
  const reader = new StreamingReader(file, opts);
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  try {
    for (let i = 0; i < buf.length; i += CHUNK) reader.write(buf.subarray(i, i + CHUNK));
  } catch (err) {
    throw reader.wrap(err);
  }
  return reader.end();
}

/** Feeds raw bytes through decoding and the tokenizer into a ReportBuilder. */
class StreamingReader {
  private readonly tokenizer: XmlTokenizer;
  private readonly builder: ReportBuilder;
  private decoder: Decoder | undefined;
  /** Bytes held until the encoding can be decided (first 4+ bytes, or the XML declaration). */
  private head: Buffer | undefined;
  private bytes = 0;
  /** Any character other than whitespace seen yet. */
  private content = false;
  /** The input has ended and the tokenizer is checking that everything was closed. */
  private closing = false;

  constructor(
    private readonly file: string,
    opts: ReadOptions,
  ) {
    this.builder = new ReportBuilder(file, opts, () => this.position());
    // The builder takes the events directly. Text is only decoded while the builder wants it (failure
    // bodies, messages, stack traces); elsewhere it is checked without being copied. An attribute value
    // split across chunks is kept only up to what the model can keep.
    this.tokenizer = new XmlTokenizer(this.builder, Math.max(64 * 1024, this.builder.textLimit + 1024));
  }

  position(): Position {
    return this.tokenizer.position();
  }

  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (!this.decoder) {
      // (A copy: the caller may reuse its buffer for the next chunk.)
      this.head = Buffer.concat(this.head ? [this.head, chunk] : [chunk]);
      if (this.head.length < 512 && this.bytes < 512) return; // wait for the declaration (tiny files: end())
      chunk = this.head;
      this.head = undefined;
      this.decoder = this.pickDecoder(chunk);
    }
    // UTF-8 chunks of pure ASCII (most reports) get a cheaper check for forbidden characters, and their bytes
    // go along: runs of plain passing cases are read from them (src/junit/pass-scan.ts).
    const ascii = this.decoder.utf8 && isAscii(chunk);
    releasePassScan();
    this.feed(this.decoder.write(chunk), ascii, ascii ? chunk : undefined);
  }

  end(): FileReport {
    try {
      if (!this.decoder) {
        const head = this.head ?? Buffer.alloc(0);
        this.head = undefined;
        this.decoder = this.pickDecoder(head);
        this.feed(this.decoder.write(head));
      }
      this.feed(this.decoder.end());
      if (!this.content) {
        throw new JUnitReadError(this.file, 'empty', `the file is empty${this.bytes > 0 ? ' (only whitespace)' : ''}; the test command probably failed before writing results — check its log`);
      }
      this.closing = true;
      this.tokenizer.close();
      return this.builder.finish();
    } catch (err) {
      throw this.wrap(err);
    }
  }

  private feed(s: string, ascii = false, bytes?: Uint8Array): void {
    if (s.length === 0) return;
    if (!this.content) this.content = /\S/.test(s);
    this.tokenizer.write(s, ascii, bytes);
  }

  private pickDecoder(head: Buffer): Decoder {
    const b0 = head[0];
    const b1 = head[1];
    if (b0 === 0xff && b1 === 0xfe) return nodeDecoder('utf16le');
    if (b0 === 0xfe && b1 === 0xff) return webDecoder('utf-16be');
    if (b0 === 0x3c && b1 === 0x00 && head[2] === 0x3f && head[3] === 0x00) return nodeDecoder('utf16le');
    if (b0 === 0x00 && b1 === 0x3c && head[2] === 0x00 && head[3] === 0x3f) return webDecoder('utf-16be');
    // ASCII-compatible: honour the declared encoding; UTF-8 (with or without BOM) otherwise.
    const decl = /^(?:\xef\xbb\xbf)?<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head.toString('latin1', 0, Math.min(head.length, 512)));
    const label = decl?.[1]?.toLowerCase();
    // "utf-16" declared on single-byte content is a common .NET mistake (StringWriter): the bytes are UTF-8.
    if (!label || label === 'utf-8' || label === 'utf8' || label === 'us-ascii' || label === 'ascii' || label.startsWith('utf-16')) {
      return nodeDecoder('utf8');
    }
    try {
      return webDecoder(label);
    } catch {
      throw new JUnitReadError(this.file, 'invalid-xml', `unsupported encoding "${decl?.[1] ?? label}" in the XML declaration; write the report as UTF-8`, { line: 1, column: 1 });
    }
  }

  /** Turns anything thrown while reading into a JUnitReadError. */
  wrap(err: unknown): JUnitReadError {
    if (err instanceof JUnitReadError) return err;
    const atEnd = this.closing;
    if (isSystemError(err)) {
      const code = err.code;
      const what =
        code === 'ENOENT' ? 'file not found' :
        code === 'EISDIR' ? 'is a directory, not a file' :
        code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
        `cannot read the file (${code})`;
      return new JUnitReadError(this.file, 'io', `${what}; check the junit path in the manifest`, undefined, { cause: err });
    }
    if (err instanceof Error) {
      const what = err instanceof XmlError ? err.detail : err.message;
      const where = err instanceof XmlError ? { line: err.line, column: err.column } : this.position();
      if (err instanceof XmlError && err.limit) {
        return new JUnitReadError(this.file, 'not-junit', `${what}: beyond this reader's limits, which no test report comes near; check what wrote this file`, where, { cause: err });
      }
      if (atEnd && !this.builder.started && !this.content) {
        return new JUnitReadError(this.file, 'empty', 'the file is empty; the test command probably failed before writing results — check its log', undefined, { cause: err });
      }
      const hint = atEnd
        ? 'the file ends early (truncated: was the test run killed or the disk full?); rerun the tests to write it again'
        : 'the file is not well-formed XML; fix the producer (or its escaping) and rerun';
      const also = this.builder.notReport ? `; ${this.builder.notReport.note}` : '';
      return new JUnitReadError(this.file, 'invalid-xml', `invalid XML: ${what}${also}; ${hint}`, where, { cause: err });
    }
    return new JUnitReadError(this.file, 'invalid-xml', `cannot read the file: ${String(err)}`, this.position());
  }
}

/** Streaming bytes → string; strips a leading byte order mark. */
interface Decoder {
  /** Node's UTF-8 decoder (ASCII bytes decode to the same characters). */
  readonly utf8: boolean;
  write(chunk: Buffer): string;
  end(): string;
}

/** Node's StringDecoder (the fast path, the same one `createReadStream(..., 'utf8')` uses). */
function nodeDecoder(encoding: 'utf8' | 'utf16le'): Decoder {
  const d = new StringDecoder(encoding);
  let first = true;
  return {
    utf8: encoding === 'utf8',
    write(chunk) {
      let s = d.write(chunk);
      if (first && s.length > 0) {
        first = false;
        if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      }
      return s;
    },
    end: () => d.end(),
  };
}

/** WHATWG TextDecoder for other encodings (throws RangeError for unknown labels). */
function webDecoder(label: string): Decoder {
  const d = new TextDecoder(label);
  return { utf8: false, write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
}

function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  return err instanceof Error && 'syscall' in err && typeof (err as NodeJS.ErrnoException).code === 'string';
}

let warm = false;

/**
 * Reads a small built-in report once per process, whole and in 7-byte pieces, so that every branch of the
 * tokenizer's and builder's hot paths (including the ones taken only at chunk ends) has run before V8
 * optimises them. Without it the first big file pays for deoptimisations ("insufficient type feedback") and
 * recompilations of the hot loop. (The rerun that passes, e, comes after a few passes: V8 records no
 * feedback in a function's first calls.) Costs ~10 ms (mostly compiling code the first file would compile anyway);
 * readReport runs it, and `warmUpReaderUntil` runs it first while the tests job waits for its command.
 */
function warmUpReader(): void {
  if (warm) return;
  warm = true;
  const doc = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<!-- w --><?pi x?>
<testsuites name="w" tests="10" failures="1" errors="1" time="1">
 <testsuite name="s" tests="10" failures="1" errors="1" skipped="1" time="1">
  <properties><property name="p" value="v"/></properties>
  <testcase name="a" classname="c.A" time="0.1"/>
  <testcase name='b' classname="c.A" time="0.2" file="x.js" line="3"></testcase>
  <testcase classname="c.B" name="c &amp; d" time="0.3">
   <failure message="m &lt; &#65;" type="T">at c.B.c(B.java:10)
\tat x &amp; y &#x41;
</failure>
   <system-out><![CDATA[out <x> & y]]></system-out>
  </testcase>
  <testcase
    name="e" classname="c.B"><error message="e"><![CDATA[trace]]></error></testcase>
  <testcase name="f" classname="c.B"><skipped/></testcase>
  <testcase name="g" classname="c.B"/>
  <testcase name="h" classname="c.B"/>
  <testcase name="i" classname="c.B"/>
  <testcase name="e" classname="c.B"/>
 </testsuite >
</testsuites>
`);
  try {
    for (const piece of [doc.length, 7]) {
      const r = new StreamingReader('warm-up.xml', {});
      for (let i = 0; i < doc.length; i += piece) r.write(doc.subarray(i, i + piece));
      r.end();
    }
  } catch {
    // cannot fail on that input; if it ever did, reading would still work (only slower at first)
  }
}

/**
 * A bigger built-in report (~60 KB, 400 cases) for `warmUpReaderUntil`: suites of mostly passing cases, with
 * failures (stack trace, system-out), errors and skips among them, as real reports have.
 */
function warmUpDocument(): Buffer {
  let doc = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="warm-up">\n';
  for (let s = 0; s < 20; s++) {
    doc += ` <testsuite name="org.example.s${s}.Suite${s}Test" tests="20" failures="1" errors="0" skipped="1" time="1.5">\n`;
    for (let i = 0; i < 17; i++) {
      doc += `  <testcase name="case ${i} of suite ${s}" classname="org.example.s${s}.Suite${s}Test" time="0.${(i * 37) % 1000}"/>\n`;
    }
    doc += `  <testcase name="fails ${s}" classname="org.example.s${s}.Suite${s}Test" time="0.25">\n`;
    doc += `   <failure message="expected: &lt;${s}&gt; but was: &lt;${s + 1}&gt;" type="org.opentest4j.AssertionFailedError">org.opentest4j.AssertionFailedError: expected: &lt;${s}&gt;\n`;
    doc += `\tat org.example.s${s}.Suite${s}Test.fails(Suite${s}Test.java:${20 + s})\n\tat java.base/java.lang.reflect.Method.invoke(Method.java:580)\n</failure>\n`;
    doc += `   <system-out><![CDATA[12:00:00.${s} [main] INFO request ${s} <ok> & done\n]]></system-out>\n  </testcase>\n`;
    doc += `  <testcase name="skipped ${s}" classname="org.example.s${s}.Suite${s}Test" time="0"><skipped message="disabled"/></testcase>\n`;
    doc += `  <testcase name="errs ${s}" classname="org.example.s${s}.Suite${s}Test" time="0.01"><error message="boom" type="java.lang.IllegalStateException"/></testcase>\n`;
    doc += ' </testsuite>\n';
  }
  return Buffer.from(`${doc}</testsuites>\n`);
}

/**
 * Keeps the reader warming up while the caller waits for something else (the tests job: its test command):
 * `warmUpReader` at once, then, once the wait has lasted `afterMs`, a built-in 60 KB report read again and
 * again, yielding between reads, until the wait is over or `maxMs` have passed. V8 then has the
 * reader optimised when the real report arrives: with a test command of 300 ms, the whole CLI on the 3.8 MB
 * bench file took ~50 ms less (Node 20 and 24, A/B over 15 rounds), for ~150 ms of CPU spent while the
 * command runs — integration tests mostly wait on services, so that CPU is usually idle.
 *
 * A command that ends at once leaves nothing to win from the big reads: the first, cold ones cost as much as
 * they save. Hence `afterMs`. The wait is the caller's promise (over when it settles, and it ends the pause
 * early), or `stop()` with `wake` ending the pause. The run waits for at most one read (~1–4 ms warm) after
 * the wait is over. Returns how many reads it made.
 */
export async function warmUpReaderUntil(
  wait: Promise<unknown> | (() => boolean),
  opts: { afterMs?: number; maxMs?: number; wake?: Promise<unknown> } = {},
): Promise<number> {
  const { afterMs = 25, maxMs = 150 } = opts;
  let settled = false;
  const wake = typeof wait === 'function' ? opts.wake : wait;
  const stop = typeof wait === 'function' ? wait : () => settled;
  if (typeof wait !== 'function') wait.then(() => (settled = true), () => (settled = true));
  // The small warm-up (~10 ms, mostly compiling code the first report needs anyway) right away: the command
  // has only just started.
  warmUpReader();
  if (afterMs > 0) {
    let timer: NodeJS.Timeout | undefined;
    const pause = new Promise<void>((resolve) => (timer = setTimeout(resolve, afterMs)));
    await (wake ? Promise.race([pause, wake.then(noop, noop)]) : pause);
    clearTimeout(timer);
  }
  const started = performance.now();
  let doc: Buffer | undefined;
  let reads = 0;
  for (;;) {
    if (stop() || performance.now() - started >= maxMs) return reads;
    doc ??= warmUpDocument();
    try {
      readReportBuffer('warm-up.xml', doc);
    } catch {
      return reads; // cannot fail on that input; reading would still work
    }
    reads++;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

function noop(): void {}
