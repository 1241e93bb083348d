// Per-client rate limiting: a token bucket per key, in this process's memory.
// A dependency such as rate-limiter-flexible buys stores shared between processes (Redis,
// PostgreSQL); one receiver needs none of that, and this is the whole algorithm in a page, with
// bounded memory and a clock a test can drive.

/**
 * @param {{ perMinute: number, burst?: number, maxClients?: number, now?: () => number }} options
 *   `burst` (default perMinute) requests may come at once; `maxClients` (default 10000) buckets are
 *   kept, the least recently seen dropped first
 * @returns `take(key)`: 0 when the request may go ahead, else the seconds to wait
 */
export function createRateLimit({ perMinute, burst = perMinute, maxClients = 10_000, now = Date.now }) {
  const buckets = new Map()
  const perMs = perMinute / 60_000
  return function take(key) {
    const t = now()
    const b = buckets.get(key) || { tokens: burst, at: t }
    buckets.delete(key)
    b.tokens = Math.min(burst, b.tokens + (t - b.at) * perMs)
    b.at = t
    buckets.set(key, b)
    if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value)
    if (b.tokens >= 1) return (b.tokens -= 1), 0
    return Math.ceil((1 - b.tokens) / perMs / 1000)
  }
}
