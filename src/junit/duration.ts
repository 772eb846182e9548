/**
 * Durations as producers write them: seconds ("0.123", "1,5" with a decimal comma, "1.2e-05"), with units
 * ("120ms", "1.5s", "2m", "1h"), "1m30s", or .NET/TRX time spans ("00:00:01.2345678"). Returns milliseconds,
 * or undefined when the value is not a duration (e.g. "<<computed>>").
 */
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, sec: 1000, m: 60000, min: 60000, h: 3600000 };

/**
 * Seconds × 1000 carries binary noise ("0.167" s → 0.16699999999999998 ms): rounded to the nanosecond, finer
 * than any producer writes, so the reports show what the file said.
 */
const ms = (x: number): number => Math.round(x * 1e6) / 1e6;

export function parseDurationMs(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const fast = Number(raw);
  if (raw !== '' && Number.isFinite(fast)) return fast >= 0 ? ms(fast * 1000) : undefined;
  let s = raw.trim();
  if (s === '') return undefined;
  // Decimal comma: "1,5" → "1.5"; thousands separators: "1,234.5" → "1234.5".
  if (s.includes(',')) s = s.includes('.') ? s.replace(/,/g, '') : s.replace(',', '.');
  const plain = Number(s);
  if (Number.isFinite(plain)) return plain >= 0 ? ms(plain * 1000) : undefined;
  const span = /^(?:(\d+)\.)?(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(s);
  if (span) {
    const [, days, h, m, sec] = span;
    return ms(((Number(days ?? 0) * 24 + Number(h)) * 3600 + Number(m) * 60 + Number(sec)) * 1000);
  }
  const re = /(\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s*(ns|us|µs|ms|sec|min|s|m|h)/gy;
  let total = 0;
  let matched = false;
  let at = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
    matched = true;
    at = re.lastIndex;
    while (s[at] === ' ') at++;
    re.lastIndex = at;
  }
  return matched && at === s.length ? ms(total) : undefined;
}
