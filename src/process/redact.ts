import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { Redactor } from '../core/types.js';

/** Secrets shorter than this are not redacted (a 1-2 character value would shred every log). */
const MIN_SECRET_LENGTH = 4;

export class SecretRedactor implements Redactor {
  private secrets: string[] = [];
  private pattern: RegExp | undefined;

  constructor(values: Iterable<string> = []) {
    for (const v of values) this.add(v);
  }

  add(value: string): void {
    if (!value || value.length < MIN_SECRET_LENGTH || this.secrets.includes(value)) return;
    this.secrets.push(value);
    // Longest first so a secret containing another is replaced whole.
    this.secrets.sort((a, b) => b.length - a.length);
    this.pattern = new RegExp(this.secrets.map(escapeRegExp).join('|'), 'g');
  }

  redact(text: string): string {
    return this.pattern ? text.replace(this.pattern, '***') : text;
  }

  /** Whether any secret is registered (without one, redacting is the identity). */
  get active(): boolean {
    return this.pattern !== undefined;
  }

  get longest(): number {
    return this.secrets[0]?.length ?? 0;
  }

  /** Moves `cut` back to the start of any secret occurrence that straddles it. */
  safeCut(text: string, cut: number): number {
    if (!this.pattern) return cut;
    this.pattern.lastIndex = 0;
    for (const m of text.matchAll(this.pattern)) {
      if (m.index < cut && m.index + m[0].length > cut) return m.index;
      if (m.index >= cut) break;
    }
    return cut;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Redacts a byte stream. A secret may straddle two chunks, so the last `longest - 1` characters of each
 * chunk (after the last newline, if any) are held back until the next chunk or the end.
 */
export class RedactStream extends Transform {
  private held = '';
  private readonly decoder = new StringDecoder('utf8');
  constructor(private readonly redactor: SecretRedactor) {
    super({ decodeStrings: true });
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const text = this.held + this.decoder.write(chunk);
    const keep = Math.max(0, this.redactor.longest - 1);
    let cut = text.length - keep;
    const nl = text.lastIndexOf('\n');
    if (nl >= 0 && nl + 1 >= cut) cut = nl + 1;
    cut = this.redactor.safeCut(text, cut);
    if (cut <= 0) {
      this.held = text;
      done();
      return;
    }
    // No secret straddles the cut, so the head can be redacted on its own.
    this.held = text.slice(cut);
    done(null, this.redactor.redact(text.slice(0, cut)));
  }

  override _flush(done: TransformCallback): void {
    done(null, this.redactor.redact(this.held + this.decoder.end()));
  }
}

/**
 * Streams are redacted with a SecretRedactor. Another Redactor (its secrets unknown here) is adapted so a
 * stream is redacted a whole line at a time: a secret cannot straddle two chunks then.
 */
class LineRedactor extends SecretRedactor {
  constructor(private readonly inner: Redactor) {
    super();
  }
  override redact(text: string): string {
    return this.inner.redact(text);
  }
  override get active(): boolean {
    return true;
  }
  override get longest(): number {
    return 1;
  }
  override safeCut(text: string, cut: number): number {
    const nl = text.lastIndexOf('\n', cut - 1);
    return nl >= 0 ? nl + 1 : 0;
  }
}

/** The SecretRedactor to redact streams with: `r` itself, or `r` adapted (LineRedactor). */
export function asSecretRedactor(r: Redactor): SecretRedactor {
  return r instanceof SecretRedactor ? r : new LineRedactor(r);
}

/**
 * The transform a copied file goes through on its way into the bundle: redaction, or none at all when no
 * secret is registered (the copy is then byte-for-byte, and made by the kernel).
 */
export function redactingTransform(r: Redactor): RedactStream | undefined {
  const s = asSecretRedactor(r);
  return s.active ? new RedactStream(s) : undefined;
}
