/**
 * A random RFC 4122 version 4 UUID. `crypto.randomUUID` needs a secure context, while
 * `crypto.getRandomValues` works on plain http too.
 */
export function uuid(): string {
  const c = crypto
  return c.randomUUID ? c.randomUUID() : '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, d =>
    (+d ^ (c.getRandomValues(new Uint8Array(1))[0] & (15 >> (+d / 4)))).toString(16))
}
