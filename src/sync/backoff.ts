/** First retry waits up to this long (ms). */
export const BASE = 1000
/** No retry waits longer than this (ms), unless the endpoint asks with `Retry-After`. */
export const CAP = 300_000

/** Full-jitter exponential backoff: a random wait in [0, min(CAP, BASE·2^(attempts-1))). */
export const backoff = (attempts: number): number => Math.random() * Math.min(CAP, BASE * 2 ** (attempts - 1))

/** The wait (ms) a `Retry-After` header asks for, in seconds or as an HTTP date; undefined if absent or unreadable. */
export function retryAfter(value: string | null, now: number): number | undefined {
  if (!value) return
  const ms = isNaN(+value) ? Date.parse(value) - now : +value * 1000
  return isNaN(ms) ? undefined : Math.max(0, ms)
}
