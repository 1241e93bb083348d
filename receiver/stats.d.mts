import type { DailyCount } from './index.mjs'

/** The figures of one group: decisions, and per category the opt-in count and rate. */
export interface StatsGroup {
  key: string
  decisions: number
  granted: Record<string, number>
  rate: Record<string, number>
}

/** What /consent-stats.json answers. */
export interface Stats {
  from: string | null
  to: string | null
  decisions: number
  categories: string[]
  overall: StatsGroup
  byDay: StatsGroup[]
  byJurisdiction: StatsGroup[]
  byLanguage: StatsGroup[]
  byMethod: StatsGroup[]
}

/** Opt-in rates from the daily rollup rows. */
export function summarize(rows: DailyCount[], range?: { from?: string; to?: string }): Stats
