/**
 * A streaming XML 1.0 tokenizer made for test reports: elements, attributes, text, CDATA, comments, processing
 * instructions, the five predefined entities and character references, with every well-formedness check of a
 * non-validating parser without DTD support (a DOCTYPE is handed to the handler, which refuses it).
 *
 * It works on the decoded text in large chunks and finds structure with `indexOf` (and short `charCodeAt` loops
 * inside tags) instead of a per-character state machine; text nobody asked for is checked but never copied.
 * Characters that XML forbids anywhere are found with one regular expression per chunk.
 *
 * Equivalence with saxes (strict, no namespaces) on well-formed and malformed documents is tested in
 * test/junit/xml.test.ts. Known differences, all on absurd input: names and character references are limited
 * in length (MAX_TOKEN), a start tag to MAX_ATTRIBUTES attributes and an attribute value to `valueLimit`
 * characters (the rest is dropped, not kept); `version="1.1"` documents are read with XML 1.0 rules.
 *
 * Memory: what is held between chunks is bounded (an unfinished name or reference, a few characters of text,
 * and the attributes of one start tag), whatever the input.
 */

import { countLineFeeds, firstForbiddenByte } from './pass-scan.js';

/** Receives the events. The tag passed to `open` is reused: read it during the call. */
export interface XmlHandler {
  /** Whether text is wanted now; when not, text is only checked, never copied. */
  readonly wantsText: boolean;
  open(tag: XmlTag): void;
  /** End of the innermost open element (also right after `open` for `<empty/>`). */
  close(): void;
  /**
   * Optional: an empty element (`<empty/>`) inside the root may be offered here, to be taken in one call
   * instead of `open` and `close`; returning false gets those as usual.
   */
  empty?(tag: XmlTag): boolean;
  /**
   * Optional: at a '<' (or white space before one) inside the root, while no text is wanted, a run of
   * empty elements the handler recognises may be taken here in one call, straight from the input bytes
   * (`bytes`: ASCII, index for index the characters being read; given only when that holds). Returns where
   * the run ended: `start` when it took nothing. Whatever it takes must be elements `empty` would take, and
   * white space between them.
   */
  emptyRun?(bytes: Uint8Array, start: number, end: number): number;
  /** Character data (text and CDATA), entities decoded and line ends normalised; may come in pieces. */
  text(s: string): void;
  /** A `<!DOCTYPE` before the root element. Should throw; if it returns, the document is refused anyway. */
  doctype(): void;
  /** Optional: the text of each comment before the root element (TestNG names its reporter there). */
  prologComment?(text: string): void;
}

/** The start tag being reported (reused between events). */
export class XmlTag {
  name = '';
  count = 0;
  readonly names: string[] = [];
  readonly values: string[] = [];

  get(key: string): string | undefined {
    const names = this.names;
    for (let i = 0; i < this.count; i++) if (names[i] === key) return this.values[i];
    return undefined;
  }

  /** The attributes as a fresh object (strings copied, so no chunk of input stays alive). */
  toObject(): Record<string, string> {
    const o: Record<string, string> = {};
    for (let i = 0; i < this.count; i++) o[this.names[i] as string] = copy(this.values[i] as string);
    return o;
  }
}

export class XmlError extends Error {
  override name = 'XmlError';
  constructor(
    /** What is wrong (no position). */
    readonly detail: string,
    readonly line: number,
    readonly column: number,
    /** Not malformed: over one of the tokenizer's limits (MAX_TOKEN, MAX_ATTRIBUTES), which no test report nears. */
    readonly limit = false,
  ) {
    super(`${line}:${column}: ${detail}`);
  }
}

/** Longest name, entity or character reference accepted (far beyond anything real). */
export const MAX_TOKEN = 4096;
/** Most attributes on one start tag. */
export const MAX_ATTRIBUTES = 10_000;

// States.
const TEXT = 0;
const ATTRS = 1; // in a start tag, after its name or an attribute value
const ATTR_EQ = 2; // after an attribute name
const ATTR_QUOTE = 3; // after '='
const ATTR_VALUE = 4;
const CLOSE_END = 5; // after the name of an end tag
const COMMENT = 6;
const CDATA = 7;
const PI = 8;

const LT = 60;
const GT = 62;
const AMP = 38;
const SLASH = 47;
const QUESTION = 63;
const BANG = 33;
const EQ = 61;
const DQUOTE = 34;
const SQUOTE = 39;
const SEMI = 59;
const NL = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const RBRACKET = 93;

/** ASCII name classes: 1 = may start a name, 2 = may continue one. */
const NAME = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_:]/.test(ch)) NAME[c] = 3;
  else if (/[0-9.-]/.test(ch)) NAME[c] = 2;
}

/** A character that certainly ends a name and may follow one in a tag: white space, '=', '>' or '/'. */
function endsName(c: number): boolean {
  return c === SPACE || c === EQ || c === GT || c === SLASH || c === NL || c === TAB || c === CR;
}

function isWs(c: number): boolean {
  return c === SPACE || c === NL || c === TAB || c === CR;
}

/** XML 1.0 (5th ed.) NameStartChar for a code point ≥ 0x80. */
function isNameStartCp(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) || (c >= 0xd8 && c <= 0xf6) || (c >= 0xf8 && c <= 0x2ff) || (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) || c === 0x200c || c === 0x200d || (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) || (c >= 0x3001 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd) || (c >= 0x10000 && c <= 0xeffff)
  );
}

function isNameCp(c: number): boolean {
  return isNameStartCp(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040;
}

/** XML 1.0 Char, for character references. */
function isXmlChar(c: number): boolean {
  return c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** How much of a comment before the root element is handed over (the start says who wrote the file). */
const PROLOG_COMMENT_MAX = 512;

/** Characters XML forbids everywhere (also as raw text in comments, CDATA, attribute values…). */
const FORBIDDEN_ASCII = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** Index of the first character XML forbids in buf[from…] (surrogates only when unpaired), or buf.length. */
function firstForbidden(buf: string, from: number): number {
  FORBIDDEN.lastIndex = from;
  for (;;) {
    const m = FORBIDDEN.exec(buf);
    if (m === null) return buf.length;
    const i = m.index;
    const c = buf.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = buf.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        FORBIDDEN.lastIndex = i + 2;
        continue;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const b = buf.charCodeAt(i - 1);
      if (b >= 0xd800 && b <= 0xdbff) continue; // second half of a pair that began before `from`
    }
    return i;
  }
}

/** firstForbidden for text whose part from `from` on is ASCII (only a surrogate just before it needs a look). */
function firstForbiddenAscii(buf: string, from: number): number {
  if (from > 0) {
    const c = buf.charCodeAt(from - 1);
    if (c >= 0xd800 && c <= 0xdbff) return from - 1;
  }
  FORBIDDEN_ASCII.lastIndex = from;
  const m = FORBIDDEN_ASCII.exec(buf);
  return m === null ? buf.length : m.index;
}

const XML_DECL =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** A copy of `s` that does not keep the string it was sliced from alive. */
export function copy(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Most element shapes `fast` keeps; the longest name or lead it records (the general code reads longer ones). */
const MAX_SHAPES = 8;
const MAX_LEAD = 256;

/**
 * How start tags of one element looked last time: `leads[i]` is the text from the end of the name (i = 0)
 * or of value i-1 to the opening quote of value i — white space, attribute name `names[i]`, '=', white space,
 * quote `quotes[i]`. Wherever that text recurs it parses the same way, so matching it whole is enough.
 */
class TagShape {
  readonly leads: string[] = [];
  readonly names: string[] = [];
  readonly quotes: string[] = [];
  /**
   * Where in XmlTokenizer.shapes the shape of the tag that followed this one was, the last time it was
   * another one (elements come in patterns); -1: none yet. An index, so that no shape keeps another alive.
   */
  next = -1;
  constructor(
    /** Where it is in XmlTokenizer.shapes. */
    readonly slot: number,
    readonly name: string,
    /** The text after '<': name + leads[0], or the name and the character after it while leads is empty. */
    public head: string,
  ) {}
}

export class XmlTokenizer {
  private buf = '';
  /** The bytes of `buf`, index for index, when `buf` is one ASCII chunk as given to `write`. */
  private bytes: Uint8Array | undefined;
  private pos = 0;
  /** buf.length. */
  private len = 0;
  /** Where the data usable now ends: len, or the first forbidden character. */
  private end = 0;
  private final = false;
  /** Stopped for more input. */
  private stalled = false;
  private state = TEXT;
  /** Line (1-based) and column (0-based) of buf[0]. */
  private lineBase = 1;
  private colBase = 0;
  /** Characters consumed before buf[0]. */
  private base = 0;
  /**
   * The line feeds of buf before `upto`, counted while buf's bytes were still there (`bytes` is the caller's
   * buffer, refilled before the next `write`): for `advance`.
   */
  private counted: { buf: string; upto: number; count: number; last: number } | undefined;
  private hasCR = false;
  private splitPair = false;
  /** Cached positions of the next '&' and ']]>' in buf (-1: none; -2: not searched). */
  private ampAt = -2;
  private cdEndAt = -2;
  private ltAt = -2;
  private nlAt = -2;
  private tabAt = -2;
  private crAt = -2;
  private readonly stack: string[] = [];
  private sawRoot = false;
  /** A comment before the root element, while it is read in pieces (for XmlHandler.prologComment). */
  private prologText = '';
  private closedRoot = false;
  readonly tag = new XmlTag();
  private attrName = '';
  private quote = DQUOTE;
  private value = '';
  private wsBefore = false;
  private attrSet: Set<string> | undefined;
  /** Start tags as `fast` last saw them, per element name (a few); `shape` matched last (none: XML has no '\0'). */
  private readonly shapes: TagShape[] = [];
  private shape: TagShape = new TagShape(-1, '', '\0');
  /** Next of `shapes` to replace once there are MAX_SHAPES. */
  private evict = 0;

  constructor(
    private readonly h: XmlHandler,
    /** Characters kept of one attribute value that spans chunks (the rest is dropped). */
    private readonly valueLimit = 1 << 20,
  ) {}

  /** Depth of open elements. */
  get depth(): number {
    return this.stack.length;
  }

  /** Position of the next character to be read (1-based line and column). */
  position(): { line: number; column: number } {
    return this.positionAt(this.pos);
  }

  /**
   * Feeds the next piece of text. `ascii`: the caller knows it holds only ASCII (a cheaper check for forbidden
   * characters). `bytes`: the bytes `s` was decoded from, when they are its characters index for index (used
   * only if their length agrees): the handler's `emptyRun` and the forbidden-character check read them.
   */
  write(s: string, ascii = false, bytes?: Uint8Array): void {
    if (s.length === 0) return;
    const same = ascii && bytes !== undefined && bytes.length === s.length ? bytes : undefined;
    let rest = this.len > this.pos ? this.buf.slice(this.pos, this.len) : '';
    this.advance(this.pos);
    // The construct cut by the previous chunk is finished on a small joined string; then reading goes on in
    // `s` itself. (Joining whole chunks would copy every 256 KB chunk into a new string.)
    let k = 4 * MAX_TOKEN;
    while (rest !== '' && k < s.length) {
      const head = rest + s.slice(0, k);
      this.setBuffer(head, rest.length, ascii);
      this.run();
      if (this.pos >= rest.length) {
        const off = this.pos - rest.length;
        this.advance(rest.length);
        this.setBuffer(s, k, ascii, same);
        this.pos = off;
        this.run();
        this.countLines();
        return;
      }
      // Still inside what was left over (a long name, reference or declaration): take more of `s`.
      rest = head.slice(this.pos, rest.length);
      this.advance(this.pos);
      k *= 4;
    }
    this.setBuffer(rest === '' ? s : rest + s, rest.length, ascii, rest === '' ? same : undefined);
    this.run();
    this.countLines();
  }

  /** Counts the line feeds `advance` will need while the bytes are there (16 at a time, in WebAssembly). */
  private countLines(): void {
    this.counted = undefined;
    if (this.bytes === undefined || this.hasCR || this.pos === 0) return;
    const c = countLineFeeds(this.bytes, this.pos);
    if (c !== undefined) this.counted = { buf: this.buf, upto: this.pos, count: c.count, last: c.last };
  }

  /** The input is complete: checks that the document is. */
  close(): void {
    const rest = this.len > this.pos ? this.buf.slice(this.pos, this.len) : '';
    this.advance(this.pos);
    this.final = true;
    this.setBuffer(rest, rest.length);
    this.run();
    if (this.state !== TEXT || this.pos < this.len) this.fail('unexpected end of file', this.pos);
    if (this.stack.length > 0) this.fail(`unclosed tag: <${this.stack[this.stack.length - 1] as string}>`, this.pos);
    if (!this.sawRoot) this.fail('document must contain a root element', this.pos);
  }

  private setBuffer(buf: string, checkFrom: number, ascii = false, bytes?: Uint8Array): void {
    this.buf = buf;
    this.bytes = bytes;
    this.len = buf.length;
    this.pos = 0;
    this.ampAt = -2;
    this.cdEndAt = -2;
    this.ltAt = -2;
    this.nlAt = -2;
    this.tabAt = -2;
    this.crAt = -2;
    this.hasCR = buf.indexOf('\r') >= 0;
    this.end = ascii
      ? ((bytes !== undefined ? firstForbiddenByte(bytes, checkFrom) : undefined) ?? firstForbiddenAscii(buf, checkFrom))
      : firstForbidden(buf, Math.max(0, checkFrom - 1));
    // A high surrogate ending the chunk waits for its pair (Node's decoders never split one; callers may).
    const c = this.end < this.len ? buf.charCodeAt(this.end) : 0;
    this.splitPair = this.end === this.len - 1 && !this.final && c >= 0xd800 && c <= 0xdbff;
  }

  private run(): void {
    this.stalled = false;
    let pos = this.pos;
    while (pos < this.end && !this.stalled) {
      switch (this.state) {
        case TEXT:
          pos = this.textState(pos);
          break;
        case ATTRS:
          pos = this.attrsState(pos);
          break;
        case ATTR_EQ:
          pos = this.eqState(pos);
          break;
        case ATTR_QUOTE:
          pos = this.quoteState(pos);
          break;
        case ATTR_VALUE:
          pos = this.valueState(pos);
          break;
        case CLOSE_END:
          pos = this.closeEndState(pos);
          break;
        case COMMENT:
          pos = this.commentState(pos);
          break;
        case CDATA:
          pos = this.cdataState(pos);
          break;
        default:
          pos = this.piState(pos);
      }
      this.pos = pos;
    }
    this.pos = pos;
    // A forbidden character is an error wherever it is (also inside a construct still waiting for input).
    if (this.end < this.len && !this.splitPair) this.fail('disallowed character', this.end);
  }

  /** Stops for more input at `pos` (an error at the end of the input). */
  private more(pos: number): number {
    if (this.final) this.fail('unexpected end of file', this.end);
    this.stalled = true;
    return pos;
  }

  // ------------------------------------------------------------------ text and markup

  // Next occurrences of a few characters in buf, searched natively and reused until passed (so every
  // character is looked at once per kind, however many tokens ask).
  private nextLt(from: number): number {
    if (this.ltAt < from && this.ltAt !== -1) this.ltAt = this.buf.indexOf('<', from);
    return this.ltAt;
  }

  private nextAmp(from: number): number {
    if (this.ampAt < from && this.ampAt !== -1) this.ampAt = this.buf.indexOf('&', from);
    return this.ampAt;
  }

  /** Whether [from, to) holds a TAB, LF or CR. */
  private hasWsCtl(from: number, to: number): boolean {
    if (this.nlAt < from && this.nlAt !== -1) this.nlAt = this.buf.indexOf('\n', from);
    if (this.nlAt >= 0 && this.nlAt < to) return true;
    if (this.tabAt < from && this.tabAt !== -1) this.tabAt = this.buf.indexOf('\t', from);
    if (this.tabAt >= 0 && this.tabAt < to) return true;
    if (!this.hasCR) return false;
    if (this.crAt < from && this.crAt !== -1) this.crAt = this.buf.indexOf('\r', from);
    return this.crAt >= 0 && this.crAt < to;
  }

  /**
   * The hot loop: text, end tags that match, and start tags with ASCII names, all within this chunk.
   * Anything else — and anything wrong — is left to the general code from the start of that construct;
   * returns where it stopped.
   *
   * In a fresh process this runs unoptimised at first, and V8 compiles each hot function on background
   * threads that compete with this one for the CPU: so the per-tag work is in few functions (this one and
   * `startTag`), and whatever is not needed for every tag is in others, which rarely run.
   */
  private fast(start: number): number {
    const buf = this.buf;
    const bytes = this.bytes;
    const end = this.end;
    const h = this.h;
    const tag = this.tag;
    const stack = this.stack;
    let ltAt = this.ltAt;
    let pos = start;
    for (;;) {
      if (ltAt < pos && ltAt !== -1) ltAt = buf.indexOf('<', pos);
      const lt = ltAt;
      if (lt < 0 || lt + 1 >= end) break;
      if (lt > pos) {
        // Text nobody wants is only checked, and the white space between elements needs nothing when the
        // cached next '&' and ']]>' are beyond it.
        const amp = this.ampAt;
        const cd = this.cdEndAt;
        if (h.wantsText || stack.length === 0 || (amp !== -1 && amp < lt) || (cd !== -1 && (cd < pos || cd + 2 < lt))) this.textSeg(pos, lt);
        pos = lt;
      }
      const c = buf.charCodeAt(lt + 1);
      if (c === SLASH) {
        const top = stack[stack.length - 1];
        if (top === undefined) break;
        const gt = lt + 2 + top.length;
        if (gt >= end || buf.charCodeAt(gt) !== GT || !buf.startsWith(top, lt + 2)) break;
        pos = gt + 1;
        this.pos = pos;
        stack.pop();
        if (stack.length === 0) this.closedRoot = true;
        h.close();
        continue;
      }
      if (c >= 128 || !((NAME[c] as number) & 1) || this.closedRoot) break;
      if (bytes !== undefined && stack.length > 0 && !h.wantsText && h.emptyRun !== undefined) {
        const e = h.emptyRun(bytes, lt, end);
        if (e > lt) {
          pos = e;
          this.pos = pos;
          this.sawRoot = true;
          continue;
        }
      }
      this.ltAt = ltAt;
      const e = this.startTag(lt);
      ltAt = this.ltAt;
      if (e === 0) {
        // Stopped inside a tag: the general code re-reads it from its '<', so forget what was searched past it.
        ltAt = -2;
        this.ampAt = -2;
        this.nlAt = -2;
        this.tabAt = -2;
        break;
      }
      this.sawRoot = true;
      pos = e > 0 ? e : -e;
      this.pos = pos;
      if (e < 0 && stack.length > 0 && h.empty?.(tag) === true) continue;
      stack.push(tag.name);
      h.open(tag);
      if (e < 0) {
        stack.pop();
        if (stack.length === 0) this.closedRoot = true;
        h.close();
      }
    }
    this.ltAt = ltAt;
    return pos;
  }

  /**
   * For `fast`: reads the start tag at `lt` into `tag` when it is all in this chunk with an ASCII name and
   * no '<' in values; returns the index after it (negated for an empty element), or 0 when it is left to the
   * general code. Start tags are mostly like an earlier one of the same element, so the text from the name to
   * each value's opening quote is compared whole with what was recorded (TagShape); the character scans that
   * record it (`findShape`, `scanLead`) run once per new shape.
   */
  private startTag(lt: number): number {
    const buf = this.buf;
    const end = this.end;
    const tag = this.tag;
    const names = tag.names;
    const values = tag.values;
    let shape = this.shape;
    // `known`: the head is here, so leads[0] (if any) follows the name
    let known = buf.startsWith(shape.head, lt + 1);
    if (!known) {
      // mostly the one that followed this one before
      let other = shape.next >= 0 ? this.shapes[shape.next] : undefined;
      if (other === undefined || !buf.startsWith(other.head, lt + 1)) {
        other = this.findShape(lt);
        if (other === undefined) return 0;
        shape.next = other.slot;
      }
      shape = other;
      this.shape = shape;
      known = buf.startsWith(shape.head, lt + 1);
    }
    const leads = shape.leads;
    let p = lt + 1 + shape.name.length;
    let count = 0;
    for (;;) {
      const lead = leads[count];
      let v0: number;
      if (lead !== undefined && (known || buf.startsWith(lead, p))) {
        v0 = p + lead.length;
      } else {
        // the end of the tag (mostly right here), or an attribute not seen at this index before
        const c = p < end ? buf.charCodeAt(p) : 0;
        const e = c === GT ? p + 1 : c === SLASH && p + 1 < end && buf.charCodeAt(p + 1) === GT ? -(p + 2) : this.tagEnd(p);
        if (e !== 0) {
          tag.name = shape.name;
          tag.count = count;
          return e;
        }
        v0 = this.scanLead(p, count, shape);
        if (v0 < 0) return 0;
      }
      known = false;
      const close = buf.indexOf(shape.quotes[count] as string, v0);
      if (close < 0 || close >= end) return 0;
      // No '<' inside; a value with '&', TAB, LF or CR is decoded (next occurrences are cached).
      if (this.ltAt < v0 && this.ltAt !== -1) this.ltAt = buf.indexOf('<', v0);
      if (this.ltAt >= 0 && this.ltAt < close) return 0;
      if (this.ampAt < v0 && this.ampAt !== -1) this.ampAt = buf.indexOf('&', v0);
      if (this.nlAt < v0 && this.nlAt !== -1) this.nlAt = buf.indexOf('\n', v0);
      if (this.tabAt < v0 && this.tabAt !== -1) this.tabAt = buf.indexOf('\t', v0);
      const plain =
        (this.ampAt < 0 || this.ampAt >= close) && (this.nlAt < 0 || this.nlAt >= close) && (this.tabAt < 0 || this.tabAt >= close) &&
        !(this.hasCR && this.hasCRIn(v0, close));
      const an = shape.names[count] as string;
      for (let i = 0; i < count; i++) if (names[i] === an) return 0;
      names[count] = an;
      values[count] = plain ? buf.slice(v0, close) : this.attrValue(v0, close);
      count++;
      p = close + 1;
    }
  }

  /** The attribute value [v0, close), which holds a reference or TAB, LF or CR: decoded and normalised. */
  private attrValue(v0: number, close: number): string {
    const amp = this.buf.indexOf('&', v0);
    return amp >= 0 && amp < close ? this.decode(v0, close, amp, true) : attrNorm(this.buf.slice(v0, close));
  }

  private hasCRIn(from: number, to: number): boolean {
    const cr = this.buf.indexOf('\r', from);
    return cr >= 0 && cr < to;
  }

  /**
   * For `startTag`, at the start tag at `lt` when the shapes it tried do not fit: the shape whose head is
   * there, else the one (new if need be) of the ASCII element name there; undefined when there is none (left
   * to the general code).
   */
  private findShape(lt: number): TagShape | undefined {
    const buf = this.buf;
    const end = this.end;
    const shapes = this.shapes;
    for (let i = 0; i < shapes.length; i++) if (buf.startsWith((shapes[i] as TagShape).head, lt + 1)) return shapes[i];
    let p = lt + 2;
    let c = 0;
    while (p < end && (c = buf.charCodeAt(p)) < 128 && (NAME[c] as number) & 2) p++;
    if (p >= end || c >= 128 || p - lt > MAX_LEAD) return undefined;
    const name = buf.slice(lt + 1, p);
    for (let i = 0; i < shapes.length; i++) if ((shapes[i] as TagShape).name === name) return shapes[i];
    const slot = shapes.length < MAX_SHAPES ? shapes.length : this.evict++ % MAX_SHAPES;
    // head: the name and the character after it (until the first attribute is recorded)
    const s = new TagShape(slot, copy(name), copy(buf.slice(lt + 1, p + 1)));
    shapes[slot] = s;
    return s;
  }

  /**
   * For `fast`, at `p` after a name or value in a start tag: the index after '>' if the tag ends here, minus
   * the index after '/>' if it ends empty, 0 otherwise (an attribute, or the tag goes on in the next chunk).
   */
  private tagEnd(p: number): number {
    const buf = this.buf;
    const end = this.end;
    let c = 0;
    while (p < end && isWs((c = buf.charCodeAt(p)))) p++;
    if (p >= end) return 0;
    if (c === GT) return p + 1;
    if (c === SLASH && p + 1 < end && buf.charCodeAt(p + 1) === GT) return -(p + 2);
    return 0;
  }

  /**
   * For `fast`: scans white space, an ASCII attribute name, '=' and the opening quote from `p` and records
   * that text in `shape` as the lead of attribute `count`; returns the index after the quote, or -1 when this
   * is not that (left to the general code).
   */
  private scanLead(p: number, count: number, shape: TagShape): number {
    const buf = this.buf;
    const end = this.end;
    const before = p;
    let c = 0;
    while (p < end && isWs((c = buf.charCodeAt(p)))) p++;
    if (p >= end || p === before || count >= 16) return -1;
    // attribute name (the previous tag's at this index, or scanned)
    const guess = this.tag.names[count];
    let an: string;
    if (guess !== undefined && p + guess.length < end && endsName(buf.charCodeAt(p + guess.length)) && buf.startsWith(guess, p)) {
      an = guess;
      p += guess.length;
    } else {
      const a = p;
      if (c >= 128 || !((NAME[c] as number) & 1)) return -1;
      while (p < end && (c = buf.charCodeAt(p)) < 128 && (NAME[c] as number) & 2) p++;
      if (p >= end || c >= 128) return -1;
      an = buf.slice(a, p);
    }
    while (p < end && isWs((c = buf.charCodeAt(p)))) p++;
    if (p >= end || c !== EQ) return -1;
    p++;
    while (p < end && isWs((c = buf.charCodeAt(p)))) p++;
    if (p >= end || (c !== DQUOTE && c !== SQUOTE) || p - before >= MAX_LEAD) return -1;
    const lead = copy(buf.slice(before, p + 1));
    shape.leads[count] = lead;
    shape.names[count] = copy(an);
    shape.quotes[count] = c === DQUOTE ? '"' : "'";
    if (count === 0) shape.head = copy(shape.name + lead);
    return p + 1;
  }

  private textState(start: number): number {
    const buf = this.buf;
    const end = this.end;
    const pos = this.fast(start);
    if (pos !== start) return pos;
    const lt = this.nextLt(pos);
    if (lt < 0 || lt >= end) {
      // Text up to the end of the data: hold back what may continue in the next chunk.
      let cut = end;
      if (!this.final) {
        const amp = buf.lastIndexOf('&', end - 1);
        if (amp >= pos && amp >= end - MAX_TOKEN && buf.indexOf(';', amp) < 0) cut = amp;
        if (cut > pos && buf.charCodeAt(cut - 1) === RBRACKET) cut--;
        if (cut > pos && buf.charCodeAt(cut - 1) === RBRACKET) cut--;
        if (cut > pos && buf.charCodeAt(cut - 1) === CR) cut--;
      }
      if (cut > pos) this.textSeg(pos, cut);
      if (cut < end || !this.final) return this.more(cut);
      return cut;
    }
    if (lt > pos) this.textSeg(pos, lt);
    return this.markup(lt);
  }

  /** At '<': dispatches on what follows. */
  private markup(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    if (pos + 1 >= end) return this.more(pos);
    const c = buf.charCodeAt(pos + 1);
    if (c === SLASH) return this.closeTag(pos);
    if (c === BANG) return this.bang(pos);
    if (c === QUESTION) return this.pi(pos);
    return this.openTag(pos);
  }

  private textSeg(a: number, b: number): void {
    const buf = this.buf;
    if (this.stack.length === 0) {
      for (let i = a; i < b; i++) {
        if (!isWs(buf.charCodeAt(i))) this.fail('text data outside of root node', i);
      }
      return;
    }
    if (this.cdEndAt < a && this.cdEndAt !== -1) this.cdEndAt = buf.indexOf(']]>', a);
    if (this.cdEndAt >= 0 && this.cdEndAt + 2 < b) this.fail('the string "]]>" is not allowed in text', this.cdEndAt);
    let amp = this.nextAmp(a);
    if (amp >= b) amp = -1;
    if (this.h.wantsText) {
      this.h.text(amp < 0 ? this.norm(buf.slice(a, b)) : this.decode(a, b, amp, false));
    } else if (amp >= 0) {
      this.checkRefs(amp, b);
    }
  }

  /** Normalises line ends in raw text (CR LF and lone CR become LF). */
  private norm(s: string): string {
    return this.hasCR && s.indexOf('\r') >= 0 ? s.replace(/\r\n?/g, '\n') : s;
  }

  /** Checks the references in [amp, b) (text not wanted). */
  private checkRefs(amp: number, b: number): void {
    const buf = this.buf;
    let k = amp;
    while (k >= 0 && k < b) {
      const semi = this.ref(k, b);
      k = buf.indexOf('&', semi + 1);
      this.ampAt = k;
    }
  }

  /** Decodes [a, b), whose first '&' is at `amp`. In attribute values, white space becomes spaces. */
  private decode(a: number, b: number, amp: number, attr: boolean): string {
    const buf = this.buf;
    let out = '';
    let from = a;
    let k = amp;
    while (k >= 0 && k < b) {
      const raw = buf.slice(from, k);
      out += attr ? attrNorm(raw) : this.norm(raw);
      const semi = this.ref(k, b);
      out += this.refValue;
      from = semi + 1;
      k = buf.indexOf('&', from);
    }
    if (!attr) this.ampAt = k;
    const raw = buf.slice(from, b);
    return out + (attr ? attrNorm(raw) : this.norm(raw));
  }

  private refValue = '';

  /** Parses the reference at `amp` (which must end before `b`); sets refValue; returns the index of ';'. */
  private ref(amp: number, b: number): number {
    const buf = this.buf;
    const lim = Math.min(b, amp + MAX_TOKEN);
    let semi = -1;
    for (let i = amp + 1; i < lim; i++) {
      const c = buf.charCodeAt(i);
      if (c === SEMI) {
        semi = i;
        break;
      }
      if (c === LT || c === AMP || isWs(c)) break;
    }
    if (semi < 0) this.fail('malformed entity or character reference (a bare "&" must be written &amp;)', amp);
    if (buf.charCodeAt(amp + 1) === 35) {
      // #: character reference
      const body = buf.slice(amp + 2, semi);
      let n = NaN;
      if (/^x[0-9a-fA-F]+$/.test(body)) n = parseInt(body.slice(1), 16);
      else if (/^[0-9]+$/.test(body)) n = parseInt(body, 10);
      if (!isXmlChar(n)) this.fail('malformed character reference', amp);
      this.refValue = String.fromCodePoint(n);
      return semi;
    }
    const v = ENTITIES[buf.slice(amp + 1, semi)];
    if (v === undefined) this.fail(`undefined entity &${buf.slice(amp + 1, Math.min(semi, amp + 41))}; (there is no DTD to define it)`, amp);
    this.refValue = v;
    return semi;
  }

  // ------------------------------------------------------------------ names

  /** Index after the name starting at `p` (`p` itself when no name starts there). */
  private scanName(p: number): number {
    const buf = this.buf;
    const end = this.end;
    let c = buf.charCodeAt(p);
    if (c < 128) {
      if (!((NAME[c] as number) & 1)) return p;
      p++;
    } else {
      const n = this.nonAscii(p, true);
      if (n === p) return p;
      p = n;
    }
    while (p < end) {
      c = buf.charCodeAt(p);
      if (c < 128) {
        if ((NAME[c] as number) & 2) p++;
        else break;
      } else {
        const n = this.nonAscii(p, false);
        if (n === p) break;
        p = n;
      }
    }
    return p;
  }

  private nonAscii(p: number, start: boolean): number {
    const cp = this.buf.codePointAt(p) as number;
    if (start ? isNameStartCp(cp) : isNameCp(cp)) return p + (cp > 0xffff ? 2 : 1);
    return p;
  }

  /** Scans a name at `p`; returns its end, or -1 when the input ends inside it (stalled). */
  private name(p: number, tokenStart: number, what: string): number {
    if (p >= this.end) {
      this.more(tokenStart);
      return -1;
    }
    const e = this.scanName(p);
    if (e === p) this.fail(`disallowed character in ${what}`, p);
    if (e >= this.end) {
      if (e - tokenStart > MAX_TOKEN) this.fail(`${what} longer than ${MAX_TOKEN} characters`, tokenStart, true);
      if (!this.final || this.end < this.len) {
        this.more(tokenStart);
        return -1;
      }
    }
    return e;
  }

  // ------------------------------------------------------------------ tags

  private openTag(pos: number): number {
    const tag = this.tag;
    const buf = this.buf;
    const prev = tag.name;
    let e = pos + 1 + prev.length;
    if (prev !== '' && e < this.end && endsName(buf.charCodeAt(e)) && buf.startsWith(prev, pos + 1)) {
      // same element name as the previous start tag (kept as it is)
    } else {
      e = this.name(pos + 1, pos, 'element name');
      if (e < 0) return pos;
      tag.name = buf.slice(pos + 1, e);
    }
    if (this.closedRoot) this.fail('documents may contain only one root element', pos);
    tag.count = 0;
    this.attrSet = undefined;
    this.wsBefore = false;
    this.state = ATTRS;
    return e;
  }

  private attrsState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    let c = 0;
    while (p < end && isWs((c = buf.charCodeAt(p)))) p++;
    if (p > pos) this.wsBefore = true;
    if (p >= end) return this.more(p);
    if (c === GT) {
      this.pos = p + 1;
      this.emitOpen(false);
      return p + 1;
    }
    if (c === SLASH) {
      if (p + 1 >= end) return this.more(p);
      if (buf.charCodeAt(p + 1) !== GT) this.fail('"/" in a start tag not followed by ">"', p);
      this.pos = p + 2;
      this.emitOpen(true);
      return p + 2;
    }
    // Attribute names repeat from tag to tag: try the previous tag's name at this index before scanning.
    const tag = this.tag;
    const guess = tag.names[tag.count];
    let e: number;
    if (guess !== undefined && p + guess.length < end && endsName(buf.charCodeAt(p + guess.length)) && buf.startsWith(guess, p)) {
      e = p + guess.length;
      this.attrName = guess;
    } else {
      e = this.name(p, p, 'attribute name');
      if (e < 0) return p;
      this.attrName = buf.slice(p, e);
    }
    if (!this.wsBefore) this.fail('no whitespace between attributes', p);
    // The usual case, in one go: name="value" with everything in this chunk.
    let q = e;
    while (q < end && isWs(buf.charCodeAt(q))) q++;
    if (q < end && buf.charCodeAt(q) === EQ) {
      q++;
      while (q < end && isWs(buf.charCodeAt(q))) q++;
      const qc = q < end ? buf.charCodeAt(q) : 0;
      if (qc === DQUOTE || qc === SQUOTE) {
        this.quote = qc;
        this.value = '';
        this.state = ATTR_VALUE;
        return this.valueState(q + 1);
      }
    }
    this.state = ATTR_EQ;
    return e;
  }

  private eqState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    while (p < end && isWs(buf.charCodeAt(p))) p++;
    if (p >= end) return this.more(p);
    if (buf.charCodeAt(p) !== EQ) this.fail('attribute without value', p);
    this.state = ATTR_QUOTE;
    return p + 1;
  }

  private quoteState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    while (p < end && isWs(buf.charCodeAt(p))) p++;
    if (p >= end) return this.more(p);
    const q = buf.charCodeAt(p);
    if (q !== DQUOTE && q !== SQUOTE) this.fail('unquoted attribute value', p);
    this.quote = q;
    this.value = '';
    this.state = ATTR_VALUE;
    return p + 1;
  }

  private valueState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    const q = this.quote;
    let close = buf.indexOf(q === DQUOTE ? '"' : "'", pos);
    if (close >= end) close = -1;
    const stop = close < 0 ? end : close;
    // '<' is an error, '&' starts a reference, TAB/LF/CR become spaces (all found through the caches).
    const lt = this.nextLt(pos);
    if (lt >= 0 && lt < stop) this.fail('"<" is not allowed in attribute values (write &lt;)', lt);
    let amp = this.nextAmp(pos);
    if (amp >= stop) amp = -1;
    const ws = this.hasWsCtl(pos, stop);
    let cut = stop;
    if (close < 0) {
      // The value continues in the next chunk: keep an unfinished reference and a CR for then.
      if (this.final) return this.more(stop);
      const a = buf.lastIndexOf('&', stop - 1);
      if (a >= pos && buf.indexOf(';', a) < 0) {
        if (stop - a > MAX_TOKEN) this.fail('malformed entity or character reference', a);
        cut = a;
      }
      if (cut > pos && buf.charCodeAt(cut - 1) === CR) cut--;
    }
    let v: string;
    if (amp >= 0 && amp < cut) v = this.decode(pos, cut, amp, true);
    else {
      v = buf.slice(pos, cut);
      if (ws) v = attrNorm(v);
    }
    if (close < 0) {
      if (this.value.length < this.valueLimit) this.value = copy((this.value + v).slice(0, this.valueLimit));
      return this.more(cut);
    }
    if (this.value !== '') v = (this.value + v).slice(0, Math.max(this.valueLimit, this.value.length));
    this.value = '';
    this.addAttr(this.attrName, v, pos);
    this.wsBefore = false;
    this.state = ATTRS;
    return close + 1;
  }

  private addAttr(name: string, value: string, at: number): void {
    const tag = this.tag;
    const n = tag.count;
    if (n < 16) {
      for (let i = 0; i < n; i++) if (tag.names[i] === name) this.fail(`duplicate attribute ${name}`, at);
    } else {
      if (n >= MAX_ATTRIBUTES) this.fail(`more than ${MAX_ATTRIBUTES} attributes on one element`, at, true);
      if (!this.attrSet) this.attrSet = new Set(tag.names.slice(0, n));
      if (this.attrSet.has(name)) this.fail(`duplicate attribute ${name}`, at);
      this.attrSet.add(name);
    }
    tag.names[n] = name;
    tag.values[n] = value;
    tag.count = n + 1;
  }

  private emitOpen(empty: boolean): void {
    const tag = this.tag;
    this.sawRoot = true;
    this.stack.push(tag.name.length < 13 ? tag.name : copy(tag.name));
    this.state = TEXT;
    this.h.open(tag);
    if (empty) this.pop();
  }

  private pop(): void {
    this.stack.pop();
    if (this.stack.length === 0) this.closedRoot = true;
    this.h.close();
  }

  private closeTag(pos: number): number {
    const top0 = this.stack[this.stack.length - 1];
    if (top0 !== undefined) {
      const gt = pos + 2 + top0.length;
      if (gt < this.end && this.buf.charCodeAt(gt) === GT && this.buf.startsWith(top0, pos + 2)) {
        this.pos = gt + 1;
        this.state = TEXT;
        this.pop();
        return gt + 1;
      }
    }
    const e = this.name(pos + 2, pos, 'end tag name');
    if (e < 0) return pos;
    const top = this.stack[this.stack.length - 1];
    const len = e - pos - 2;
    if (top === undefined || top.length !== len || !this.buf.startsWith(top, pos + 2)) {
      this.fail(top === undefined ? `unexpected end tag </${this.buf.slice(pos + 2, e)}>` : `end tag </${this.buf.slice(pos + 2, e)}> does not match <${top}>`, pos);
    }
    this.state = CLOSE_END;
    return e;
  }

  private closeEndState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    let p = pos;
    while (p < end && isWs(buf.charCodeAt(p))) p++;
    if (p >= end) return this.more(p);
    if (buf.charCodeAt(p) !== GT) this.fail('disallowed character in end tag', p);
    this.state = TEXT;
    this.pop();
    return p + 1;
  }

  // ------------------------------------------------------------------ <! and <?

  private bang(pos: number): number {
    const buf = this.buf;
    const have = buf.slice(pos, Math.min(this.end, pos + 9));
    if (have.startsWith('<!--')) {
      this.state = COMMENT;
      return pos + 4;
    }
    if (have === '<![CDATA[') {
      if (this.stack.length === 0) this.fail('CDATA outside of the root element', pos);
      this.state = CDATA;
      return pos + 9;
    }
    if (have === '<!DOCTYPE') {
      if (this.sawRoot) this.fail('a DOCTYPE is only allowed before the root element', pos);
      this.pos = pos;
      this.h.doctype();
      this.fail('DTDs are not supported', pos);
    }
    if (have.length < 9 && ('<![CDATA['.startsWith(have) || '<!DOCTYPE'.startsWith(have) || '<!--'.startsWith(have))) return this.more(pos);
    return this.fail('incorrect syntax after "<!"', pos);
  }

  private commentState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    const k = buf.indexOf('--', pos);
    const prolog = !this.sawRoot && this.h.prologComment !== undefined;
    if (k < 0 || k + 1 >= end) {
      const cut = buf.charCodeAt(end - 1) === 45 && end - 1 >= pos ? end - 1 : end;
      if (prolog && this.prologText.length < PROLOG_COMMENT_MAX) this.prologText += buf.slice(pos, Math.min(cut, pos + PROLOG_COMMENT_MAX));
      return this.more(cut);
    }
    if (k + 2 >= end) {
      if (prolog && this.prologText.length < PROLOG_COMMENT_MAX) this.prologText += buf.slice(pos, Math.min(k, pos + PROLOG_COMMENT_MAX));
      return this.more(k);
    }
    if (buf.charCodeAt(k + 2) !== GT) this.fail('"--" is not allowed inside a comment', k);
    this.state = TEXT;
    if (prolog) {
      const text = (this.prologText + buf.slice(pos, Math.min(k, pos + PROLOG_COMMENT_MAX))).slice(0, PROLOG_COMMENT_MAX);
      this.prologText = '';
      this.h.prologComment?.(text);
    }
    return k + 3;
  }

  private cdataState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    const k = buf.indexOf(']]>', pos);
    if (k >= 0 && k + 3 <= end) {
      if (this.h.wantsText && k > pos) this.h.text(this.norm(buf.slice(pos, k)));
      this.state = TEXT;
      return k + 3;
    }
    let cut = Math.max(pos, end - 2);
    if (cut > pos && buf.charCodeAt(cut - 1) === CR) cut--;
    if (this.h.wantsText && cut > pos) this.h.text(this.norm(buf.slice(pos, cut)));
    return this.more(cut);
  }

  private pi(pos: number): number {
    const buf = this.buf;
    const e = this.name(pos + 2, pos, 'processing instruction target');
    if (e < 0) return pos;
    const target = buf.slice(pos + 2, e);
    if (target === 'xml' && this.base + pos === 0) {
      const k = buf.indexOf('?>', e);
      if (k < 0 || k + 2 > this.end) {
        if (this.end - pos > MAX_TOKEN) this.fail('XML declaration is not closed', pos);
        return this.more(pos);
      }
      if (!XML_DECL.test(buf.slice(pos, k + 2))) this.fail('malformed XML declaration', pos);
      return k + 2;
    }
    if (target.toLowerCase() === 'xml') this.fail('the XML declaration must be at the very start of the document', pos);
    if (e >= this.end) return this.more(pos);
    const c = buf.charCodeAt(e);
    // After the target: white space or '?' (saxes also takes '<?pi?x?>', with '?x' as data; so do we).
    if (c !== QUESTION && !isWs(c)) this.fail('disallowed character in processing instruction target', e);
    this.state = PI;
    return e;
  }

  private piState(pos: number): number {
    const buf = this.buf;
    const end = this.end;
    const k = buf.indexOf('?>', pos);
    if (k >= 0 && k + 2 <= end) {
      this.state = TEXT;
      return k + 2;
    }
    const cut = buf.charCodeAt(end - 1) === QUESTION && end - 1 >= pos ? end - 1 : end;
    return this.more(cut);
  }

  // ------------------------------------------------------------------ positions and errors

  /** Moves the line/column base past buf[0, upto). */
  private advance(upto: number): void {
    if (upto === 0) return;
    const buf = this.buf;
    this.base += upto;
    let lines = 0;
    let last = -1;
    const counted = this.counted;
    this.counted = undefined;
    if (counted !== undefined && counted.buf === buf && counted.upto === upto) {
      lines = counted.count;
      last = counted.last;
    } else if (!this.hasCR) {
      let i = buf.indexOf('\n');
      while (i >= 0 && i < upto) {
        lines++;
        last = i;
        i = buf.indexOf('\n', i + 1);
      }
    } else {
      for (let i = 0; i < upto; i++) {
        const c = buf.charCodeAt(i);
        if (c === NL || (c === CR && buf.charCodeAt(i + 1) !== NL)) {
          lines++;
          last = i;
        }
      }
    }
    this.lineBase += lines;
    this.colBase = last >= 0 ? upto - last - 1 : this.colBase + upto;
  }

  private positionAt(index: number): { line: number; column: number } {
    const buf = this.buf;
    let line = this.lineBase;
    let last = -1;
    const to = Math.min(index, this.len);
    for (let i = 0; i < to; i++) {
      const c = buf.charCodeAt(i);
      if (c === NL || (c === CR && buf.charCodeAt(i + 1) !== NL)) {
        line++;
        last = i;
      }
    }
    return { line, column: (last >= 0 ? to - last - 1 : this.colBase + to) + 1 };
  }

  private fail(detail: string, at: number, limit = false): never {
    const p = this.positionAt(at);
    throw new XmlError(detail, p.line, p.column, limit);
  }
}

/** Attribute-value normalisation of raw text: TAB, LF, CR and CR LF each become one space. */
function attrNorm(s: string): string {
  return s.replace(/\r\n|[\t\n\r]/g, ' ');
}
