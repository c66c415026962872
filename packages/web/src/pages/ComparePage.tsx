/**
 * @module pages/ComparePage
 * Two plans side by side — two scenarios, or a venture's versions and its current edits — with the key
 * figures of each, their difference, and the lines of the plan that changed.
 */
import { useMemo, useState } from 'react'
import { runAnalysis } from '../analysis/run-analysis.ts'
import { useUi } from '../app/context.ts'
import { compareFigures, diffLines, type FigureRow } from '../compare/figure-diff.ts'
import { formatMoney, formatNumber, formatPercent } from '../format/format.ts'
import type { WebKey } from '../i18n/translate.ts'
import type { LocalVenture } from '../store/local-ventures.ts'

interface Choice {
  readonly key: string
  readonly label: string
  readonly text: string
}

const figureLabels: Record<FigureRow['id'], WebKey> = {
  cashUsd: 'dashboard.cash',
  monthlyBurnUsd: 'dashboard.monthlyBurn',
  runwayMonths: 'dashboard.runway',
  grossMarginPct: 'dashboard.grossMargin',
  trainingCostUsd: 'dashboard.trainingCost',
  trainingDays: 'dashboard.trainingDays',
  readiness: 'dashboard.readiness',
}

export default function ComparePage({
  ventures,
  current,
}: {
  ventures: readonly LocalVenture[]
  current: LocalVenture
}) {
  const { t, language, money } = useUi()
  const choices: Choice[] = useMemo(
    () =>
      ventures.flatMap((venture) => [
        {
          key: `${venture.id}:edit`,
          label: t('compare.current', { name: venture.name }),
          text: venture.text,
        },
        ...venture.versions.map((version) => ({
          key: `${venture.id}:${version.version}`,
          label: t('compare.version', { name: venture.name, version: version.version }),
          text: version.text,
        })),
      ]),
    [ventures, t],
  )
  const [leftKey, setLeftKey] = useState(`${current.id}:${current.versions.at(-1)?.version ?? 1}`)
  const [rightKey, setRightKey] = useState(`${current.id}:edit`)
  const left = choices.find((choice) => choice.key === leftKey) ?? choices[0]!
  const right = choices.find((choice) => choice.key === rightKey) ?? choices[0]!
  const leftOutcome = useMemo(() => runAnalysis(left.text, () => 0, language), [left.text, language])
  const rightOutcome = useMemo(() => runAnalysis(right.text, () => 0, language), [right.text, language])
  const lines = useMemo(() => diffLines(left.text, right.text), [left.text, right.text])
  const show = (row: FigureRow, value: number | null) => {
    if (value === null) return t('common.none')
    if (row.kind === 'money') return formatMoney(language, value, money)
    if (row.kind === 'percent') return formatPercent(language, value / 100)
    if (row.kind === 'days') return t('dashboard.days', { days: formatNumber(language, value, 1) })
    if (row.kind === 'months')
      return t('dashboard.runwayMonths', { months: formatNumber(language, value, 1) })
    return formatNumber(language, value, 1)
  }
  const picker = (id: string, label: string, value: string, set: (key: string) => void) => (
    <label className="field" htmlFor={id}>
      <span>{label}</span>
      <select id={id} value={value} onChange={(event) => set(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <>
      <h1>{t('nav.compare')}</h1>
      <div className="two-columns">
        {picker('compare-left', t('compare.left'), left.key, setLeftKey)}
        {picker('compare-right', t('compare.right'), right.key, setRightKey)}
      </div>
      {leftOutcome.ok && rightOutcome.ok ? (
        <div className="table-wrap">
          <table data-testid="compare-table">
            <thead>
              <tr>
                <th scope="col">{t('compare.figure')}</th>
                <th scope="col">{t('compare.left')}</th>
                <th scope="col">{t('compare.right')}</th>
                <th scope="col">{t('compare.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {compareFigures(leftOutcome.analysis, rightOutcome.analysis).map((row) => (
                <tr key={row.id} className={row.delta ? 'changed' : ''}>
                  <th scope="row">{t(figureLabels[row.id])}</th>
                  <td className="number">{show(row, row.left)}</td>
                  <td className="number">{show(row, row.right)}</td>
                  <td className="number" data-testid={`delta-${row.id}`}>
                    {row.delta === null
                      ? t('common.none')
                      : `${row.delta > 0 ? '+' : ''}${show(row, row.delta)}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="stale">
          {t('compare.invalid', {
            count:
              (leftOutcome.ok ? 0 : leftOutcome.issues.length) +
              (rightOutcome.ok ? 0 : rightOutcome.issues.length),
          })}
        </p>
      )}
      <h2>{t('compare.planDiff')}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t('compare.noDifference')}</p>
      ) : (
        <pre className="diff" data-testid="plan-diff">
          {lines.map((line) => (
            <div key={`${line.kind}-${line.line}`} className={`diff-${line.kind}`}>
              {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
              {line.text}
            </div>
          ))}
        </pre>
      )}
    </>
  )
}
