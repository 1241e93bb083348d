import { describe, expect, it, vi } from 'vitest'
import { backoff, BASE, CAP, retryAfter } from '../../src/sync'

describe('backoff with full jitter', () => {
  it('doubles the bound with each attempt, from BASE up to CAP', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.999999)
    const bounds = [1, 2, 3, 4, 9, 10, 30].map(n => Math.round(backoff(n)))
    expect(bounds).toEqual([BASE, 2 * BASE, 4 * BASE, 8 * BASE, 256 * BASE, CAP, CAP].map(b => Math.round(b * 0.999999)))
  })

  it('draws the whole range: 0 at the low end, half the bound in the middle', () => {
    const random = vi.spyOn(Math, 'random')
    random.mockReturnValue(0)
    expect(backoff(5)).toBe(0)
    random.mockReturnValue(0.5)
    expect(backoff(3)).toBe(2 * BASE)
  })

  it('stays within [0, min(CAP, BASE·2^(n-1))) for real random draws', () => {
    for (let n = 1; n < 25; n++) {
      for (let i = 0; i < 50; i++) {
        const wait = backoff(n)
        expect(wait).toBeGreaterThanOrEqual(0)
        expect(wait).toBeLessThan(Math.min(CAP, BASE * 2 ** (n - 1)))
      }
    }
  })
})

describe('Retry-After', () => {
  const now = Date.parse('2026-11-22T10:00:00.000Z')

  it('reads delay-seconds', () => {
    expect(retryAfter('120', now)).toBe(120_000)
    expect(retryAfter('0', now)).toBe(0)
  })

  it('reads an HTTP date', () => {
    expect(retryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).toBe(30_000)
  })

  it('reads a date in the past as "now"', () => {
    expect(retryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).toBe(0)
  })

  it.each([null, '', 'soon', 'Sun, 99 Foo'])('ignores %j so the backoff applies', value => {
    expect(retryAfter(value, now)).toBeUndefined()
  })
})
