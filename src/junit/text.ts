/** Small text helpers for untrusted report text. */

const MARK = '… [truncated]';
const MARK_BYTES = Buffer.byteLength(MARK);

/** Cuts `s` to at most `maxBytes` UTF-8 bytes (marker included), never inside a character. */
export function truncateUtf8(s: string, maxBytes: number): string {
  if (s.length * 3 <= maxBytes) return s;
  const bytes = Buffer.byteLength(s);
  if (bytes <= maxBytes) return s;
  if (maxBytes <= MARK_BYTES) return MARK.slice(0, Math.max(0, maxBytes));
  const buf = Buffer.from(s.slice(0, maxBytes)); // at most 3 bytes per UTF-16 unit: enough input
  let end = maxBytes - MARK_BYTES;
  // Step back to a character boundary (never cut a multi-byte sequence).
  while (end > 0 && ((buf[end] as number) & 0xc0) === 0x80) end--;
  return buf.toString('utf8', 0, end) + MARK;
}

/** Collects text up to a limit; cheap to append once full. */
export class TextBuffer {
  private parts: string[] = [];
  private chars = 0;
  constructor(private readonly maxBytes: number) {}
  add(s: string): void {
    if (this.chars > this.maxBytes) return;
    this.parts.push(s);
    this.chars += s.length;
  }
  get empty(): boolean {
    return this.chars === 0;
  }
  value(): string {
    return truncateUtf8(this.parts.join(''), this.maxBytes);
  }
}

/** Trims and normalises line endings of a message; undefined when blank. */
export function cleanText(s: string | undefined, maxBytes: number): string | undefined {
  if (s === undefined) return undefined;
  const t = s.replace(/\r\n?/g, '\n').trim();
  if (t === '') return undefined;
  return truncateUtf8(t, maxBytes);
}
