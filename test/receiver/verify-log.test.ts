// npm run verify-log: an export as the receiver wrote it verifies; any edit to it does not.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyLog } from '../../scripts/verify-log.mjs'
import { record, type Running, startReceiver, tempDir } from './support/helpers'

let running: Running
let dir: string
let remove: () => void
let exported: string
let lines: string[]
let notices: string

beforeAll(async () => {
  ;[dir, remove] = tempDir()
  running = await startReceiver({ dataDir: join(dir, 'data') })
  for (let i = 0; i < 4; i++) await running.post([record(), record({ noticeText: `Notice ${i}`, notice: null })])
  exported = await (await running.get('/consent-log.json')).text()
  lines = exported.split('\n')
  notices = await (await running.get('/consent-log/notices.json')).text()
})
afterAll(async () => {
  await running.stop()
  remove()
})

const write = (name: string, text: string) => {
  const file = join(dir, name)
  writeFileSync(file, text)
  return file
}
const problemsOf = async (text: string, options = {}) => (await verifyLog(write('edited.json', text), options)).problems

describe('verify-log', () => {
  it('verifies a whole export, with its notices and the live head', async () => {
    const head = await (await running.get('/consent-log/head.json')).json()
    const result = await verifyLog(write('export.json', exported), { notices: write('notices.json', notices), head: head.hash })
    expect(result).toEqual({ ok: true, problems: [], summary: expect.stringContaining('8 records verified (seq 1 to 8, from the start of the log)') })
  })

  it('verifies a page of the export, and an export laid out differently', async () => {
    const page = await (await running.get('/consent-log.json?limit=3&cursor=6')).text()
    expect((await verifyLog(write('page.json', page))).summary).toContain('3 records verified (seq 3 to 5, a part of the log)')
    expect(await problemsOf(JSON.stringify(JSON.parse(exported), null, 2))).toEqual([])
  })

  it('finds an edited field', async () => {
    const edited = exported.replace('"analytics":true', '"analytics":false')
    expect(await problemsOf(edited)).toEqual([expect.stringMatching(/^seq 8: its content does not match its hash \(edited\)$/)])
  })

  it('finds an edited field whose hash was recomputed: the next record no longer links to it', async () => {
    const [, ...rows] = lines
    const r = JSON.parse(rows[1].replace(/,$/, ''))
    r.method = 'accept-all'
    const { linkHash } = await import('../../receiver/storage/chain.mjs')
    r.hash = linkHash(r.prevHash, r)
    const edited = [lines[0], rows[0], JSON.stringify(r) + ',', ...rows.slice(2)].join('\n')
    expect(await problemsOf(edited)).toEqual(['seq 8: does not link to seq 7 (removed or replaced)'])
  })

  it('finds a removed record, records out of order, and a cut-off end', async () => {
    const without = lines.filter((_, i) => i != 3).join('\n').replace(/,\n\]/, '\n]')
    expect(await problemsOf(without)).toEqual(['seq 5 follows seq 7: records are missing or out of order'])
    const swapped = [lines[0], lines[2], lines[1], ...lines.slice(3)].join('\n')
    expect((await problemsOf(swapped))[0]).toMatch(/out of order/)
    const head = await (await running.get('/consent-log/head.json')).json()
    const newest = [lines[0], ...lines.slice(2)].join('\n')
    expect(await problemsOf(newest, { head: head.hash })).toEqual([expect.stringMatching(/records are missing at the end$/)])
  })

  it('finds an edited notice text and a missing one', async () => {
    const list = JSON.parse(notices)
    list[0].text += ' (changed)'
    const edited = write('notices-edited.json', JSON.stringify(list.slice(0, -1)))
    const problems = await problemsOf(exported, { notices: edited })
    expect(problems.some(p => /its text does not match its hash/.test(p))).toBe(true)
    expect(problems.some(p => /a record saw it, but .* does not have it/.test(p))).toBe(true)
  })

  it('runs as npm run verify-log: exit 0 for a good export, 1 for an edited one', () => {
    const good = write('good.json', exported)
    expect(execFileSync('node', ['scripts/verify-log.mjs', good], { encoding: 'utf8' })).toMatch(/^✔ .*8 records verified/)
    const bad = write('bad.json', exported.replace('"reject-all"', '"accept-all"').replace('"custom"', '"accept-all"'))
    let status = 0
    try {
      execFileSync('node', ['scripts/verify-log.mjs', bad], { stdio: 'pipe' })
    } catch (e) {
      status = (e as { status: number }).status
    }
    expect(status).toBe(1)
    expect(readFileSync(bad, 'utf8')).not.toBe(exported)
  })
})
