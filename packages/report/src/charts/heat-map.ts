/**
 * @module charts/heat-map
 * The risk heat map: a likelihood × impact grid whose cells hold the risks that sit there, coloured by
 * band. Drawn as plain SVG (no chart library needed for 25 rectangles).
 */
import { type Language, type Risk, translate } from '@avp/core'
import { escapeHtml } from '../escape.ts'

export type Band = 'low' | 'medium' | 'high' | 'critical'

/**
 * The default 5 × 5 banding of likelihood × impact: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical.
 * Scales and bands are conventions, not a standard; the risk engine makes them configurable.
 */
export function defaultBand(likelihood: number, impact: number): Band {
  const score = likelihood * impact
  if (score >= 20) return 'critical'
  if (score >= 10) return 'high'
  if (score >= 5) return 'medium'
  return 'low'
}

const bandColour: Record<Band, string> = {
  low: '#cfe8d5',
  medium: '#fbe7a1',
  high: '#f6b26b',
  critical: '#e06666',
}

/** SVG of the register on the grid, using inherent or residual levels. */
export function heatMapSvg(
  risks: readonly Risk[],
  view: 'inherent' | 'residual',
  language: Language,
): string {
  const cell = 56
  const left = 64
  const top = 12
  const size = cell * 5
  const parts: string[] = []
  for (let likelihood = 1; likelihood <= 5; likelihood++) {
    for (let impact = 1; impact <= 5; impact++) {
      const here = risks.filter((risk) => {
        const l = view === 'residual' ? (risk.residualLikelihood ?? risk.likelihood) : risk.likelihood
        const i = view === 'residual' ? (risk.residualImpact ?? risk.impact) : risk.impact
        return l === likelihood && i === impact
      })
      const x = left + (impact - 1) * cell
      const y = top + (5 - likelihood) * cell
      const band = defaultBand(likelihood, impact)
      const names = escapeHtml(here.map((risk) => risk.title).join('; '))
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${bandColour[band]}" stroke="#fff" stroke-width="2"><title>${names}</title></rect>`,
      )
      if (here.length > 0) {
        parts.push(
          `<text x="${x + cell / 2}" y="${y + cell / 2 + 6}" text-anchor="middle" font-size="18" font-weight="600">${here.length}</text>`,
        )
      }
    }
  }
  for (let n = 1; n <= 5; n++) {
    parts.push(
      `<text x="${left - 10}" y="${top + (5 - n) * cell + cell / 2 + 5}" text-anchor="end" font-size="12">${n}</text>`,
    )
    parts.push(
      `<text x="${left + (n - 1) * cell + cell / 2}" y="${top + size + 16}" text-anchor="middle" font-size="12">${n}</text>`,
    )
  }
  const likelihoodLabel = escapeHtml(translate(language, 'report.likelihood'))
  const impactLabel = escapeHtml(translate(language, 'report.impact'))
  parts.push(
    `<text x="${left + size / 2}" y="${top + size + 34}" text-anchor="middle" font-size="12">${impactLabel}</text>`,
  )
  parts.push(
    `<text x="16" y="${top + size / 2}" text-anchor="middle" font-size="12" transform="rotate(-90 16 ${top + size / 2})">${likelihoodLabel}</text>`,
  )
  const width = left + size + 8
  const height = top + size + 44
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">${parts.join('')}</svg>`
}
