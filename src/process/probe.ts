import net from 'node:net';

/** One HTTP GET with a time limit. Resolves with the status, or an error string (never throws). */
export async function httpProbe(url: string, timeoutMs: number): Promise<{ status?: number; error?: string }> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await res.body?.cancel();
    return { status: res.status };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    if ((err as Error).name === 'TimeoutError') return { error: `no answer within ${timeoutMs}ms` };
    return { error: cause?.code ?? (err as Error).message };
  }
}

/** One TCP connect with a time limit. */
export function tcpProbe(host: string, port: number, timeoutMs: number): Promise<{ ok: boolean; error?: string }> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean, error?: string): void => {
      socket.destroy();
      resolve(error ? { ok, error } : { ok });
    };
    socket.setTimeout(timeoutMs, () => done(false, `no answer within ${timeoutMs}ms`));
    socket.once('connect', () => done(true));
    socket.once('error', (e: NodeJS.ErrnoException) => done(false, e.code ?? e.message));
  });
}
