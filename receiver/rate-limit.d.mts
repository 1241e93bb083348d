/** A token bucket per key; `take(key)` is 0 when a request may go ahead, else the seconds to wait. */
export function createRateLimit(options: { perMinute: number; burst?: number; maxClients?: number; now?: () => number }): (key: string) => number
