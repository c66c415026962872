/**
 * @module charts/heat-map
 * The risk heat map: a likelihood × impact grid whose cells hold the risks that sit there, coloured by the
 * risk engine's band for the cell. The matrix is the plan's (any size, product or lookup grid), so the
 * picture and the scores never disagree. Drawn as plain SVG (no chart library needed for a few
 * rectangles), and as text for the terminal.
 */
import { heatMap, type Language, type RiskMatrix, translate } from '@avp/core'
import { escapeHtml } from '../escape.ts'

/** A risk placed on the matrix: where the register analysis puts it, inherent or residual. */
export interface PlacedRisk {
  readonly id: string
  readonly title: string
  readonly likelihood: number
  readonly impact: number
}

/** Green to red; a matrix with other band counts takes evenly spaced colours from this ramp. */
const bandRamp = ['#cfe8d5', '#fbe7a1', '#f6b26b', '#e06666', '#b03a3a']

/**
 * The fill colour of a band: the lowest band green, the highest red, the others spread between.
 * @example
 * bandColour(defaultRiskMatrix, 'critical') //=> '#b03a3a'
 */
export function bandColour(matrix: RiskMatrix, band: string): string {
  const index = Math.max(
    0,
    matrix.bands.findIndex((candidate) => candidate.name === band),
  )
  const count = matrix.bands.length
  const position = count <= 1 ? 0 : Math.round((index * (bandRamp.length - 1)) / (count - 1))
  return bandRamp[position]!
}

/**
 * A band's name in the reader's language: the catalogue's word for the default bands, the plan's own
 * name for any other.
 * @example
 * bandLabel('critical', 'zh-CN') //=> '极高'
 */
export function bandLabel(band: string, language: Language): string {
  return isDefaultBand(band) ? translate(language, `report.bands.${band}`) : band
}

const defaultBands = ['low', 'medium', 'high', 'critical'] as const

function isDefaultBand(band: string): band is (typeof defaultBands)[number] {
  return (defaultBands as readonly string[]).includes(band)
}

/**
 * SVG of the risks on the matrix.
 * @example
 * heatMapSvg(defaultRiskMatrix, [{ id: 'a', title: 'A', likelihood: 5, impact: 5 }], 'en').startsWith('<svg') //=> true
 */
export function heatMapSvg(matrix: RiskMatrix, risks: readonly PlacedRisk[], language: Language): string {
  const cell = 56
  const left = 64
  const top = 12
  const rows = matrix.likelihood.length
  const columns = matrix.impact.length
  const parts: string[] = []
  const grid = heatMap(matrix, risks)
  grid.forEach((row, rowIndex) => {
    for (const entry of row) {
      const here = risks.filter((risk) => entry.riskIds.includes(risk.id))
      const x = left + (entry.impact - 1) * cell
      const y = top + rowIndex * cell
      const names = escapeHtml(here.map((risk) => risk.title).join('; '))
      const label = escapeHtml(`${entry.score} ${bandLabel(entry.band, language)}`)
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${bandColour(matrix, entry.band)}" stroke="#fff" stroke-width="2"><title>${label}${names === '' ? '' : `: ${names}`}</title></rect>`,
      )
      if (here.length > 0) {
        parts.push(
          `<text x="${x + cell / 2}" y="${y + cell / 2 + 6}" text-anchor="middle" font-size="18" font-weight="600">${here.length}</text>`,
        )
      }
    }
  })
  for (let n = 1; n <= rows; n++) {
    parts.push(
      `<text x="${left - 10}" y="${top + (rows - n) * cell + cell / 2 + 5}" text-anchor="end" font-size="12">${n}</text>`,
    )
  }
  for (let n = 1; n <= columns; n++) {
    parts.push(
      `<text x="${left + (n - 1) * cell + cell / 2}" y="${top + rows * cell + 16}" text-anchor="middle" font-size="12">${n}</text>`,
    )
  }
  const likelihoodLabel = escapeHtml(translate(language, 'report.likelihood'))
  const impactLabel = escapeHtml(translate(language, 'report.impact'))
  const height = top + rows * cell
  parts.push(
    `<text x="${left + (columns * cell) / 2}" y="${height + 34}" text-anchor="middle" font-size="12">${impactLabel}</text>`,
  )
  parts.push(
    `<text x="16" y="${top + (rows * cell) / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 16 ${top + (rows * cell) / 2})">${likelihoodLabel}</text>`,
  )
  const width = left + columns * cell + 8
  const totalHeight = height + 44
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${totalHeight}" viewBox="0 0 ${width} ${totalHeight}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`
}

/**
 * The heat map as monospaced text: one row per likelihood (highest first), each cell the number of risks
 * there (· for none) and the first letter of its band.
 * @example
 * heatMapText(defaultRiskMatrix, [{ id: 'a', title: 'A', likelihood: 5, impact: 5 }], 'en').split('\n')[1]
 * //=> '   5 │  ·M  ·H  ·C  ·C  1C'
 */
export function heatMapText(matrix: RiskMatrix, risks: readonly PlacedRisk[], language: Language): string {
  const header = `L\\I │${matrix.impact.map((level) => String(level.level).padStart(4)).join('')}`
  const rows = heatMap(matrix, risks).map((row) => {
    const cells = row.map((entry) => {
      const count = entry.riskIds.length === 0 ? '·' : String(entry.riskIds.length)
      return `${count}${bandLabel(entry.band, 'en').slice(0, 1).toUpperCase()}`.padStart(4)
    })
    return `${String(row[0]?.likelihood ?? '').padStart(4)} │${cells.join('')}`
  })
  const legend = matrix.bands
    .map(
      (band) =>
        `${bandLabel(band.name, 'en').slice(0, 1).toUpperCase()} = ${bandLabel(band.name, language)} (≥ ${band.minScore})`,
    )
    .join(', ')
  return [header, ...rows, translate(language, 'risk.cli.bandLegend', { bands: legend })].join('\n')
}
