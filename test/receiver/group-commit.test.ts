// Group commit: requests that arrive together share one write.
import { describe, expect, it } from 'vitest'
import { createGroupCommit } from '../../receiver/group-commit.mjs'

describe('createGroupCommit', () => {
  it('writes what arrives in the same turn together, and hands each caller its part', async () => {
    const writes: string[][] = []
    const commit = createGroupCommit(async (entries: string[]) => (writes.push(entries), entries.map(e => e.startsWith('new'))))
    const results = await Promise.all([commit.add(['new-1', 'old-2']), commit.add(['new-3']), commit.add(['old-4', 'new-5'])])
    expect(writes).toEqual([['new-1', 'old-2', 'new-3', 'old-4', 'new-5']])
    expect(results).toEqual([[true, false], [true], [false, true]])
  })

  it('queues what arrives during a write for the next one, within maxBatch', async () => {
    const writes: number[][] = []
    let release!: () => void
    const gate = new Promise<void>(resolve => { release = resolve })
    const commit = createGroupCommit(async (entries: number[]) => {
      writes.push(entries)
      if (writes.length == 1) await gate
      return entries.map(() => true)
    }, { maxBatch: 3 })
    const first = commit.add([1])
    await expect.poll(() => writes.length).toBe(1)
    const later = [commit.add([2, 3]), commit.add([4]), commit.add([5])]
    release()
    await Promise.all([first, ...later])
    expect(writes).toEqual([[1], [2, 3, 4], [5]])
  })

  it('rejects every caller of a failed write, and goes on with the next', async () => {
    let fail = true
    const commit = createGroupCommit(async (entries: number[]) => {
      if (fail) throw new Error('disk full')
      return entries.map(() => true)
    })
    const failed = await Promise.allSettled([commit.add([1]), commit.add([2])])
    expect(failed.map(r => r.status)).toEqual(['rejected', 'rejected'])
    fail = false
    expect(await commit.add([3])).toEqual([true])
    await commit.drain()
  })
})
