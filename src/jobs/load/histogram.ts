import * as hdr from 'hdr-histogram-js';

/** Latencies are recorded in microseconds, 1 µs to 1 h, 3 significant digits. */
const HIGHEST_US = 3_600_000_000;

export type Histogram = hdr.Histogram;

export function newHistogram(): Histogram {
  return hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: HIGHEST_US, numberOfSignificantValueDigits: 3, autoResize: false });
}

export function recordMs(h: Histogram, ms: number): void {
  const us = Math.round(ms * 1000);
  h.recordValue(us < 1 ? 1 : us > HIGHEST_US ? HIGHEST_US : us);
}

/** Value at `percentile` (0–100) in milliseconds; null when the histogram is empty. */
export function percentileMs(h: Histogram, percentile: number): number | null {
  if (h.totalCount === 0) return null;
  return h.getValueAtPercentile(percentile) / 1000;
}

export function maxMs(h: Histogram): number | null {
  return h.totalCount === 0 ? null : h.maxValue / 1000;
}

/** Compressed, base64 HDR encoding (the format HdrHistogram tools read: re-readable and mergeable). */
export function encodeHistogram(h: Histogram): string {
  return hdr.encodeIntoCompressedBase64(h);
}

export function decodeHistogram(text: string): Histogram {
  return hdr.decodeFromCompressedBase64(text);
}
