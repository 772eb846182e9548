/**
 * Strict parsers for the manifest's quantities. Each returns undefined on anything it does not fully
 * understand, so the loader can report the key and what was found; nothing is guessed.
 */

const DURATION_UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** Pattern used in the JSON Schema too, so editors flag bad durations before we run. */
export const DURATION_PATTERN = '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$';
export const RATE_PATTERN = '^[0-9]+(\\.[0-9]+)?/(s|m|h)$';
export const PERCENT_PATTERN = '^-?[0-9]+(\\.[0-9]+)?%$';

/** `30s`, `10m`, `1m30s`, `250ms`, `1.5s` → milliseconds. Numbers are not accepted (unit required). */
export function parseDuration(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const s = text.trim();
  if (!new RegExp(DURATION_PATTERN).test(s)) return undefined;
  let total = 0;
  for (const m of s.matchAll(/([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)/g)) {
    total += Number(m[1]) * (DURATION_UNITS[m[2] as string] as number);
  }
  return Math.round(total);
}

/** `200/s`, `600/m` → per second. */
export function parseRate(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^([0-9]+(?:\.[0-9]+)?)\/(s|m|h)$/.exec(text.trim());
  if (!m) return undefined;
  const per = m[2] === 's' ? 1 : m[2] === 'm' ? 60 : 3600;
  return Number(m[1]) / per;
}

/** `90%` → 0.9; a bare number is taken as is (so `0.9` and `90%` mean the same for ratio metrics). */
export function parsePercentOrNumber(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (!new RegExp(PERCENT_PATTERN).test(s)) return undefined;
  return Number(s.slice(0, -1)) / 100;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)}s`;
  const m = Math.floor(ms / 60_000);
  const s = Math.round((ms % 60_000) / 1000);
  return `${m}m${s ? `${s}s` : ''}`;
}
