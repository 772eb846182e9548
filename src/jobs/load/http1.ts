import net from 'node:net';

/**
 * A minimal HTTP/1.1 client connection for the load engine: one pre-serialised request at a time on a
 * keep-alive socket, and a response parser that reads only what a load generator needs (status, framing,
 * `connection: close`) and skips the body without copying it.
 *
 * Why not node:http: its client allocates an IncomingMessage, a headers object and stream machinery per
 * response — work a load generator does not need, on the path the bench measures against autocannon and wrk
 * (docs/load.md). This parser is deliberately small: no pipelining, no upgrades, no
 * trailers beyond skipping them; anything it does not understand fails the request as 'bad response'.
 */

const CR = 13;
/**
 * One read buffer shared by every connection: reads are handed over synchronously (net's `onread`), so no
 * Buffer is allocated per read and the stream 'data' machinery is skipped. Partial heads are copied out.
 */
const READ_BUF = Buffer.allocUnsafe(256 * 1024);
const LF = 10;
const MAX_HEAD = 64 * 1024;

const enum Phase {
  Head,
  Length,
  ChunkSize,
  ChunkData,
  ChunkDataEnd,
  Trailers,
  UntilClose,
}

export interface ConnOwner {
  /** A complete response arrived. */
  onResponse(conn: Conn, status: number): void;
  /** The request in flight failed at the connection level (class: an errno code, 'closed', 'bad response'). */
  onFailure(conn: Conn, cls: string): void;
}

export class Conn {
  readonly socket: net.Socket;
  busy = false;
  alive = true;
  /** performance.now() when the request was written. */
  sentAt = 0;
  /** performance.now() of the intended send time (open model); equals sentAt in the closed model. */
  intended = 0;
  /** Free for the engine's bookkeeping (e.g. the VU index). */
  tag = 0;

  private phase = Phase.Head;
  private pending: Buffer | null = null;
  private remaining = 0;
  private status = 0;
  private closeAfter = false;
  private headOnly = false;

  constructor(
    host: string,
    port: number,
    private readonly owner: ConnOwner,
  ) {
    this.socket = net.connect({
      host,
      port,
      noDelay: true,
      onread: {
        buffer: READ_BUF,
        callback: (n: number): boolean => {
          this.onData(READ_BUF, n);
          return true;
        },
      },
    });
    this.socket.on('error', (err: NodeJS.ErrnoException) => this.fail(err.code ?? 'socket error'));
    this.socket.on('end', () => this.onEnd());
    this.socket.on('close', () => {
      if (this.busy) this.fail('closed');
      this.alive = false;
    });
  }

  send(request: Buffer, headOnly: boolean, intended: number, now: number): void {
    this.busy = true;
    this.headOnly = headOnly;
    this.intended = intended;
    this.sentAt = now;
    this.phase = Phase.Head;
    this.pending = null;
    this.socket.write(request);
  }

  /** Fails the request in flight (timeouts, errors) and drops the connection. */
  fail(cls: string): void {
    this.alive = false;
    if (!this.socket.destroyed) this.socket.destroy();
    if (!this.busy) return;
    this.busy = false;
    this.owner.onFailure(this, cls);
  }

  close(): void {
    this.alive = false;
    this.busy = false;
    this.socket.destroy();
  }

  private onEnd(): void {
    if (this.busy && this.phase === Phase.UntilClose) {
      this.complete();
      return;
    }
    this.alive = false;
    if (this.busy) this.fail('closed');
  }

  private complete(): void {
    this.busy = false;
    this.pending = null;
    if (this.closeAfter) {
      this.alive = false;
      this.socket.destroy();
    }
    this.owner.onResponse(this, this.status);
  }

  private onData(chunk: Buffer, n: number): void {
    if (!this.busy) {
      // Bytes nobody asked for: the connection is out of step; drop it.
      this.close();
      return;
    }
    let buf = chunk;
    let len = n;
    if (this.pending !== null) {
      buf = Buffer.concat([this.pending, chunk.subarray(0, n)]);
      len = buf.length;
      this.pending = null;
    }
    let pos = 0;
    while (this.busy) {
      switch (this.phase) {
        case Phase.Head: {
          const end = indexOfBlankLine(buf, pos, len);
          if (end < 0) {
            if (len - pos > MAX_HEAD) return this.fail('bad response');
            this.pending = Buffer.from(buf.subarray(pos, len));
            return;
          }
          if (!this.parseHead(buf, pos, end)) return this.fail('bad response');
          pos = end + 4;
          if (this.status < 200) {
            // 1xx interim response: the real one follows.
            this.phase = Phase.Head;
            continue;
          }
          if (this.noBodyLeft()) return this.complete();
          break;
        }
        case Phase.Length: {
          const take = Math.min(this.remaining, len - pos);
          this.remaining -= take;
          pos += take;
          if (this.remaining === 0) return this.complete();
          return;
        }
        case Phase.ChunkSize: {
          const found = buf.indexOf(LF, pos);
          const eol = found >= len ? -1 : found;
          if (eol < 0) {
            this.pending = Buffer.from(buf.subarray(pos, len));
            return;
          }
          let size = 0;
          let digits = 0;
          for (let i = pos; i < eol; i++) {
            const c = buf[i] as number;
            const v = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1;
            if (v < 0) break; // chunk extensions (';…') and the CR end the number
            size = size * 16 + v;
            digits++;
          }
          if (digits === 0) return this.fail('bad response');
          pos = eol + 1;
          if (size === 0) this.phase = Phase.Trailers;
          else {
            this.remaining = size;
            this.phase = Phase.ChunkData;
          }
          break;
        }
        case Phase.ChunkData: {
          const take = Math.min(this.remaining, len - pos);
          this.remaining -= take;
          pos += take;
          if (this.remaining > 0) return;
          this.remaining = 2;
          this.phase = Phase.ChunkDataEnd;
          break;
        }
        case Phase.ChunkDataEnd: {
          const take = Math.min(this.remaining, len - pos);
          this.remaining -= take;
          pos += take;
          if (this.remaining > 0) return;
          this.phase = Phase.ChunkSize;
          break;
        }
        case Phase.Trailers: {
          // Either an empty line right away, or trailer fields ending with an empty line.
          if (len - pos >= 2 && buf[pos] === CR && buf[pos + 1] === LF) return this.complete();
          if (indexOfBlankLine(buf, pos, len) < 0) {
            this.pending = Buffer.from(buf.subarray(pos, len));
            return;
          }
          return this.complete();
        }
        case Phase.UntilClose:
          return;
      }
      if (pos >= len && this.phase !== Phase.Trailers) return;
    }
  }

  private noBodyLeft(): boolean {
    return this.phase === Phase.Length && this.remaining === 0;
  }

  /** Reads the status line and the framing headers between `start` and `end` (the blank line). */
  private parseHead(buf: Buffer, start: number, end: number): boolean {
    // 'HTTP/1.x NNN'
    if (end - start < 12 || buf[start] !== 72 || buf[start + 4] !== 47 || buf[start + 8] !== 32) return false;
    const a = (buf[start + 9] as number) - 48;
    const b = (buf[start + 10] as number) - 48;
    const c = (buf[start + 11] as number) - 48;
    if (a < 1 || a > 5 || b < 0 || b > 9 || c < 0 || c > 9) return false;
    this.status = a * 100 + b * 10 + c;
    const http10 = buf[start + 7] === 48;
    let contentLength = -1;
    let chunked = false;
    let close = http10;
    let line = buf.indexOf(LF, start) + 1;
    while (line > 0 && line < end) {
      const eol = buf.indexOf(LF, line);
      const stop = eol < 0 || eol > end ? end : eol;
      const first = (buf[line] as number) | 0x20;
      if (first === 0x63 /* c */) {
        if (matchName(buf, line, 'content-length:')) {
          contentLength = parseDecimal(buf, line + 15, stop);
          if (contentLength < 0) return false;
        } else if (matchName(buf, line, 'connection:')) {
          // Compare in place (no string per response): the value is 'close' or 'keep-alive' in practice.
          let v = line + 11;
          while (buf[v] === 32 || buf[v] === 9) v++;
          if (matchName(buf, v, 'close')) close = true;
          else if (matchName(buf, v, 'keep-alive')) close = false;
        }
      } else if (first === 0x74 /* t */ && matchName(buf, line, 'transfer-encoding:')) {
        chunked = /chunked\s*$/i.test(buf.toString('latin1', line + 18, stop));
      }
      line = eol < 0 ? end : eol + 1;
    }
    this.closeAfter = close;
    if (this.headOnly || this.status === 204 || this.status === 304 || this.status < 200) {
      this.remaining = 0;
      this.phase = Phase.Length;
    } else if (chunked) {
      this.phase = Phase.ChunkSize;
    } else if (contentLength >= 0) {
      this.remaining = contentLength;
      this.phase = Phase.Length;
    } else {
      this.closeAfter = true;
      this.phase = Phase.UntilClose;
    }
    return true;
  }
}

/** Index of '\r\n\r\n' in buf[from, to), or -1. (The shared read buffer holds stale bytes past `to`.) */
function indexOfBlankLine(buf: Buffer, from: number, to: number): number {
  const i = buf.indexOf('\r\n\r\n', from, 'latin1');
  return i < 0 || i + 4 > to ? -1 : i;
}

function matchName(buf: Buffer, at: number, lowerName: string): boolean {
  for (let i = 0; i < lowerName.length; i++) {
    const c = buf[at + i];
    // '| 0x20' lowercases letters and leaves ':' (0x3a) and '-' (0x2d) as they are.
    if (c === undefined || (c | 0x20) !== lowerName.charCodeAt(i)) return false;
  }
  return true;
}

function parseDecimal(buf: Buffer, from: number, to: number): number {
  let n = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = buf[i] as number;
    if (c === 32 || c === 9 || c === CR) continue;
    if (c < 48 || c > 57) return -1;
    n = n * 10 + (c - 48);
    digits++;
  }
  return digits > 0 ? n : -1;
}

export interface PreparedRequest {
  bytes: Buffer;
  headOnly: boolean;
  /** 'GET /path' for display. */
  label: string;
}

/** Serialises one request once; it is written as is for every send. */
export function prepareRequest(
  base: URL,
  method: string,
  path: string,
  headers: Array<[string, string]>,
  body: string | undefined,
): PreparedRequest {
  const prefix = base.pathname.replace(/\/+$/, '');
  const target = `${prefix}${path}`;
  const lines = [`${method} ${target} HTTP/1.1`, `host: ${base.host}`];
  if (!headers.some(([k]) => k.toLowerCase() === 'user-agent')) lines.push('user-agent: integration-gate');
  for (const [k, v] of headers) {
    if (/[\r\n]/.test(v)) throw new Error(`header '${k}' contains a line break`);
    lines.push(`${k}: ${v}`);
  }
  const bodyBuf = body !== undefined ? Buffer.from(body, 'utf8') : undefined;
  if (bodyBuf !== undefined || ['POST', 'PUT', 'PATCH'].includes(method)) lines.push(`content-length: ${bodyBuf?.length ?? 0}`);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  return {
    bytes: bodyBuf ? Buffer.concat([head, bodyBuf]) : head,
    headOnly: method === 'HEAD',
    label: `${method} ${path}`,
  };
}
