/**
 * Reads one test report file (JUnit XML, TRX, NUnit 3) into a FileReport, streaming: the file is never held
 * whole, and memory stays bounded by the options (kept cases, text limits) plus ~8 bytes per passing run.
 *
 * Safety: DTDs are refused before they are parsed (no entity expansion, no external entities: billion laughs
 * and XXE files fail at once with reason 'dtd'); every well-formedness error is fatal and names file:line:col.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { MAX_DEPTH, ReportBuilder, type Position } from './builder.js';
import { JUnitReadError, type FileReport, type ReadOptions } from './model.js';

export { mergeReports } from './fold.js';
export type { ReadOptions } from './model.js';

/** Bytes read per chunk. */
const CHUNK = 256 * 1024;

/**
 * Reads a report. Throws JUnitReadError (reason 'invalid-xml' | 'not-junit' | 'dtd' | 'empty' | 'io'), whose
 * message is one line: `file:line:col: what is wrong; what to do`.
 */
export async function readReport(file: string, opts: ReadOptions = {}): Promise<FileReport> {
  const reader = new StreamingReader(file, opts);
  let stream;
  try {
    stream = createReadStream(file, { highWaterMark: CHUNK });
    for await (const chunk of stream) reader.write(chunk as Buffer);
  } catch (err) {
    stream?.destroy();
    throw reader.wrap(err);
  }
  return reader.end();
}

/** Reads a report held in memory (tests, small inputs). Same rules and errors as readReport. */
export function readReportBuffer(file: string, data: Buffer | string, opts: ReadOptions = {}): FileReport {
  const reader = new StreamingReader(file, opts);
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  try {
    for (let i = 0; i < buf.length; i += CHUNK) reader.write(buf.subarray(i, i + CHUNK));
  } catch (err) {
    throw reader.wrap(err);
  }
  return reader.end();
}

/** Feeds raw bytes through decoding, the DTD guard and saxes into a ReportBuilder. */
class StreamingReader {
  private readonly parser: SaxesParser<{ xmlns: false }>;
  private readonly builder: ReportBuilder;
  private decoder: Decoder | undefined;
  /** Bytes held until the encoding can be decided (first 4+ bytes, or the XML declaration). */
  private head: Buffer | undefined;
  private bytes = 0;
  /** Any character other than whitespace seen yet. */
  private content = false;
  /** Tail of the previous chunk, so '<!DOCTYPE' split across chunks is still seen before the root. */
  private prologTail = '';
  /** Characters the tokenizer may buffer for one text node / attribute before we trim it. */
  private readonly tokenLimit: number;
  /** The input has ended and the tokenizer is checking that everything was closed. */
  private closing = false;
  /** Events of the current parser.write(): a tag (opened), null (closed) or a string (text, CDATA). */
  private readonly queue: Array<SaxesTagPlain | string | null> = [];
  private depth = 0;
  private textOn = false;
  private readonly offText: () => void;

  constructor(
    private readonly file: string,
    opts: ReadOptions,
  ) {
    this.parser = new SaxesParser({ xmlns: false, position: true });
    const p = this.parser;
    this.builder = new ReportBuilder(file, opts, () => this.position());
    const b = this.builder;
    // Events are queued during each parser.write() and handed to the builder after it returns, in one
    // tight loop. Handling them inside saxes' callbacks costs ~40 % more: the builder's code gets inlined
    // into the tokenizer's hot paths and crowds out its own optimisations. Text is queued only while it may
    // be wanted: from the start of an element whose text the builder captures until a batch ends with no
    // capture open. Until the root element is known, events are handled at once (errors then point at it).
    const q = this.queue;
    const onText = (t: string): void => {
      q.push(t);
    };
    p.on('opentag', (tag: SaxesTagPlain) => {
      if (++this.depth > MAX_DEPTH) {
        throw new JUnitReadError(file, 'not-junit', `elements nested deeper than ${MAX_DEPTH} levels: this is not a test report`, this.position());
      }
      if (!b.started) {
        b.open(tag);
        return;
      }
      q.push(tag);
      if (!this.textOn && mayCapture(tag.name)) {
        this.textOn = true;
        p.on('text', onText);
      }
    });
    p.on('closetag', () => {
      this.depth--;
      q.push(null);
    });
    p.on('cdata', onText);
    // Give the parser its text handler slot now, so toggling it later never changes the object's shape.
    p.on('text', onText);
    p.off('text');
    this.offText = () => {
      this.textOn = false;
      p.off('text');
    };
    p.on('doctype', () => {
      throw this.dtdError();
    });
    this.tokenLimit = Math.max(64 * 1024, b.textLimit + 1024);
  }

  position(): Position {
    return { line: this.parser.line, column: this.parser.column + 1 };
  }

  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (!this.decoder) {
      this.head = this.head ? Buffer.concat([this.head, chunk]) : chunk;
      if (this.head.length < 512 && this.bytes < 512) return; // wait for the declaration (tiny files: end())
      chunk = this.head;
      this.head = undefined;
      this.decoder = this.pickDecoder(chunk);
    }
    this.feed(this.decoder.write(chunk));
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
      this.parser.close();
      this.drain();
      return this.builder.finish();
    } catch (err) {
      throw this.wrap(err);
    }
  }

  private feed(s: string): void {
    if (s.length === 0) return;
    if (!this.builder.started) {
      if (!this.content && /\S/.test(s)) this.content = true;
      const look = this.prologTail + s;
      const at = look.indexOf('<!DOCTYPE');
      if (at >= 0) throw this.dtdError(this.positionIn(s, Math.max(0, at - this.prologTail.length)));
      this.prologTail = look.slice(-8);
    } else {
      this.content = true;
    }
    this.parser.write(s);
    this.drain();
    this.trimTokenizer();
  }

  /** Hands the queued events to the builder. */
  private drain(): void {
    const q = this.queue;
    const b = this.builder;
    for (let i = 0; i < q.length; i++) {
      const e = q[i];
      if (e === null) b.close();
      else if (typeof e === 'string') b.text(e);
      else b.open(e as SaxesTagPlain);
    }
    q.length = 0;
    if (this.textOn && !b.capturing) this.offText();
  }

  /**
   * saxes buffers a whole text node, CDATA section or attribute value before emitting it. For a huge
   * system-out that would hold it all, so between chunks we cut its pending buffer to what the model can
   * keep anyway (the start of the text is kept). This reaches into saxes' `text` field, checked at runtime:
   * if a saxes release renames it, this does nothing and test/junit/memory.test.ts fails.
   */
  private trimTokenizer(): void {
    const pending: unknown = Reflect.get(this.parser, 'text');
    if (typeof pending === 'string' && pending.length > this.tokenLimit) {
      Reflect.set(this.parser, 'text', pending.slice(0, this.tokenLimit));
    }
  }

  /** Position of `s[index]`, `s` being the text about to be written to the parser. */
  private positionIn(s: string, index: number): Position {
    const before = s.slice(0, index);
    const nl = before.lastIndexOf('\n');
    if (nl < 0) return { line: this.parser.line, column: this.parser.column + index + 1 };
    return { line: this.parser.line + before.split('\n').length - 1, column: index - nl };
  }

  private dtdError(position: Position = this.position()): JUnitReadError {
    return new JUnitReadError(
      this.file, 'dtd',
      'the file declares a DTD (<!DOCTYPE>); test reports never need one and DTDs are refused for safety (entity expansion, external entities). Remove the DOCTYPE from the producer\'s output',
      position,
    );
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
      // saxes errors read "line:col: message": keep the message, use our own position.
      const what = err.message.replace(/^(?:[^\n]*?:)?\d+:\d+: /, '').replace(/\.$/, '');
      if (atEnd && !this.builder.started && !this.content) {
        return new JUnitReadError(this.file, 'empty', 'the file is empty; the test command probably failed before writing results — check its log', undefined, { cause: err });
      }
      const hint = atEnd
        ? 'the file ends early (truncated: was the test run killed or the disk full?); rerun the tests to write it again'
        : 'the file is not well-formed XML; fix the producer (or its escaping) and rerun';
      return new JUnitReadError(this.file, 'invalid-xml', `invalid XML: ${what}; ${hint}`, this.position(), { cause: err });
    }
    return new JUnitReadError(this.file, 'invalid-xml', `cannot read the file: ${String(err)}`, this.position());
  }
}

/** Streaming bytes → string; strips a leading byte order mark. */
interface Decoder {
  write(chunk: Buffer): string;
  end(): string;
}

/** Node's StringDecoder (the fast path, the same one `createReadStream(..., 'utf8')` uses). */
function nodeDecoder(encoding: 'utf8' | 'utf16le'): Decoder {
  const d = new StringDecoder(encoding);
  let first = true;
  return {
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
  return { write: (chunk) => d.decode(chunk, { stream: true }), end: () => d.decode() };
}

/** Elements whose text the builder may capture (failure bodies, messages, stack traces). */
const CAPTURED = new Set([
  'failure', 'error', 'flakyFailure', 'flakyError', 'rerunFailure', 'rerunError', 'stackTrace', // JUnit
  'Message', 'StackTrace', // TRX
  'message', 'stack-trace', // NUnit 3
]);

function mayCapture(name: string): boolean {
  // Most elements (testcase, testsuite, properties…) are ruled out by their first letter.
  switch (name.charCodeAt(0)) {
    case 101: // e
    case 102: // f
    case 114: // r
    case 115: // s
    case 109: // m
    case 77: // M
    case 83: // S
      return CAPTURED.has(name);
    default:
      return false;
  }
}

function isSystemError(err: unknown): err is NodeJS.ErrnoException & { code: string } {
  return err instanceof Error && 'syscall' in err && typeof (err as NodeJS.ErrnoException).code === 'string';
}
