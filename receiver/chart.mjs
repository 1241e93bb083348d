// Server-rendered SVG charts: no script, nothing to load, so the page keeps its strict CSP and
// reads the same in any browser. A chart library would add a bundle and a script-src for two shapes.
import { esc } from './html.mjs'

/** Okabe–Ito colours, told apart with colour-vision deficiencies too (yellow left out: too light on white). */
export const COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000']
const colour = i => COLOURS[i % COLOURS.length]
const pct = v => `${Math.round(v * 100)}%`
const WIDTH = 720

/** A legend: one swatch per series. */
export const legend = series => `<ul class="legend">${series.map((s, i) =>
  `<li><svg width="12" height="12" aria-hidden="true"><rect width="12" height="12" fill="${colour(i)}"/></svg> ${esc(s)}</li>`).join('')}</ul>`

/**
 * Grouped horizontal bars: one group per row, one bar per series, each a rate from 0 to 1.
 * @param {{ title: string, rows: Array<{ label: string, note?: string, colour?: number, values: Array<number | undefined> }>, series: string[] }} chart
 *   a row's `colour` (an index) paints its bars in place of the series' colours
 */
export function bars({ title, rows, series }) {
  const bar = 14
  const gap = 10
  const left = 150
  const span = WIDTH - left - 50
  // Tall enough for a label and its note even with one bar.
  const inner = Math.max(series.length * bar, 28)
  const groupHeight = inner + gap
  const height = rows.length * groupHeight + 24
  const body = rows.map((row, r) => {
    const y0 = r * groupHeight
    const label = `<text x="${left - 8}" y="${y0 + inner / 2 + (row.note ? -1 : 4)}" text-anchor="end">${esc(row.label)}</text>` +
      (row.note ? `<text x="${left - 8}" y="${y0 + inner / 2 + 11}" text-anchor="end" class="note">${esc(row.note)}</text>` : '')
    const top = y0 + (inner - series.length * bar) / 2
    return label + row.values.map((v, s) => v === undefined ? '' : `<rect x="${left}" y="${top + s * bar}" width="${Math.max(1, v * span).toFixed(1)}" height="${bar - 2}" fill="${colour(row.colour ?? s)}"><title>${esc(`${row.label}, ${series[s]}: ${pct(v)}`)}</title></rect>` +
      `<text x="${left + v * span + 4}" y="${top + s * bar + bar - 4}" class="value">${pct(v)}</text>`).join('')
  }).join('')
  const axis = [0, 0.25, 0.5, 0.75, 1].map(t => `<line x1="${left + t * span}" x2="${left + t * span}" y1="0" y2="${height - 20}" class="grid"/>` +
    `<text x="${left + t * span}" y="${height - 6}" text-anchor="middle" class="note">${pct(t)}</text>`).join('')
  return svg(title, height, axis + body)
}

/**
 * Lines over days: one line per series (a rate from 0 to 1), decisions per day as grey columns behind.
 * @param {{ title: string, days: Array<{ day: string, decisions: number, values: Array<number | undefined> }>, series: string[] }} chart
 */
export function lines({ title, days, series }) {
  const height = 260
  const [left, right, top, bottom] = [44, 16, 10, 34]
  const w = WIDTH - left - right
  const h = height - top - bottom
  const step = days.length > 1 ? w / (days.length - 1) : 0
  const x = i => left + (days.length > 1 ? i * step : w / 2)
  const y = v => top + (1 - v) * h
  const most = Math.max(1, ...days.map(d => d.decisions))
  const columns = days.map((d, i) => `<rect x="${(x(i) - Math.max(2, step * 0.35)).toFixed(1)}" width="${Math.max(4, step * 0.7).toFixed(1)}" y="${(top + h - (d.decisions / most) * h * 0.35).toFixed(1)}" height="${((d.decisions / most) * h * 0.35).toFixed(1)}" class="volume"><title>${esc(`${d.day}: ${d.decisions} decisions`)}</title></rect>`).join('')
  const grid = [0, 0.5, 1].map(t => `<line x1="${left}" x2="${left + w}" y1="${y(t)}" y2="${y(t)}" class="grid"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end" class="note">${pct(t)}</text>`).join('')
  const every = Math.ceil(days.length / 8)
  const ticks = days.map((d, i) => i % every ? '' : `<text x="${x(i)}" y="${height - 14}" text-anchor="middle" class="note">${esc(d.day.slice(5))}</text>`).join('')
  const paths = series.map((s, k) => {
    const points = days.map((d, i) => d.values[k] === undefined ? null : [x(i), y(d.values[k]), d]).filter(Boolean)
    return `<polyline fill="none" stroke="${colour(k)}" stroke-width="2" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"/>` +
      points.map(([px, py, d]) => `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3" fill="${colour(k)}"><title>${esc(`${d.day}, ${s}: ${pct(d.values[k])}`)}</title></circle>`).join('')
  }).join('')
  return svg(title, height, grid + columns + paths + ticks)
}

const svg = (title, height, content) => {
  const id = 'c' + title.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return `<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-labelledby="${id}"><title id="${id}">${esc(title)}</title>${content}</svg>`
}
