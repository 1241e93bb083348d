// Group commit: the records of requests that arrive while a write is under way go into the next
// write together, so one transaction (one fsync) acknowledges many requests.

/**
 * @param {(entries: any[]) => Promise<boolean[]>} write stores entries, returning per entry whether it was new
 * @param {{ maxBatch?: number }} options at most this many entries (default 500) per write
 * @returns `{ add(entries): Promise<boolean[]>, drain(): Promise<void> }`
 */
export function createGroupCommit(write, { maxBatch = 500 } = {}) {
  const queue = []
  let running = null

  function add(entries) {
    return new Promise((resolve, reject) => {
      queue.push({ entries, resolve, reject })
      if (!running) running = new Promise(setImmediate).then(flush)
    })
  }

  async function flush() {
    while (queue.length) {
      const jobs = [queue.shift()]
      let size = jobs[0].entries.length
      while (queue.length && size + queue[0].entries.length <= maxBatch) {
        jobs.push(queue.shift())
        size += jobs.at(-1).entries.length
      }
      try {
        const stored = await write(jobs.flatMap(j => j.entries))
        let at = 0
        for (const j of jobs) j.resolve(stored.slice(at, (at += j.entries.length)))
      } catch (e) {
        for (const j of jobs) j.reject(e)
      }
    }
    running = null
  }

  return { add, drain: () => running || Promise.resolve() }
}
