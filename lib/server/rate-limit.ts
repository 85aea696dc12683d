import 'server-only';

/**
 * In-memory fixed-window counters, one window per key per minute. Per process: behind a load
 * balancer each instance counts its own share, which is enough to blunt a flood.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * Counts one request for `key` against `perMinute`. Returns 0 when allowed, or the whole
   * seconds to wait (for Retry-After) when over. `perMinute` 0 means no limit.
   */
  hit(key: string, perMinute: number): number {
    if (perMinute <= 0) return 0;
    const now = this.now();
    const w = this.windows.get(key);
    if (!w || now - w.start >= 60_000) {
      if (this.windows.size > 50_000) this.sweep(now);
      this.windows.set(key, { start: now, count: 1 });
      return 0;
    }
    if (w.count >= perMinute) return Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
    w.count += 1;
    return 0;
  }

  private sweep(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= 60_000) this.windows.delete(key);
  }
}
