/**
 * @module pages/KeyFigures
 * The dashboard's figures as cards, each a link to the page that explains it. Shown on the dashboard and
 * beside the editor, so an edit's effect is visible where it is made.
 */
import type { Analysis } from '@avp/core'
import { dashboardFigures } from '../analysis/dashboard-figures.ts'
import { useUi } from '../app/context.ts'
import { formatMoney, formatMonth, formatNumber, formatPercent } from '../format/format.ts'

export function KeyFigures({ analysis, compact = false }: { analysis: Analysis; compact?: boolean }) {
  const { t, language, money } = useUi()
  const figures = dashboardFigures(analysis)
  const none = t('common.none')
  const runway =
    figures.runwayMonths === null
      ? t('dashboard.noRunOut')
      : t('dashboard.runwayMonths', { months: formatNumber(language, figures.runwayMonths, 1) })
  const alive =
    figures.defaultAlive === null
      ? t('dashboard.unknown')
      : figures.defaultAlive
        ? t('dashboard.alive')
        : t('dashboard.dead')
  const cards: Array<{
    id: string
    label: string
    value: string
    note?: string
    href: string
    tone?: string
  }> = [
    {
      id: 'cash',
      label: t('dashboard.cash'),
      value: formatMoney(language, figures.cashUsd, money),
      href: '#/finance',
    },
    {
      id: 'runway',
      label: t('dashboard.runway'),
      value: runway,
      ...(figures.runsOutInMonth
        ? { note: t('dashboard.runsOutIn', { month: formatMonth(language, figures.runsOutInMonth) }) }
        : figures.lowestCash
          ? {
              note: t('dashboard.lowestCash', {
                amount: formatMoney(language, figures.lowestCash.usd, money),
                month: formatMonth(language, figures.lowestCash.month),
              }),
            }
          : {}),
      href: '#/finance',
    },
    {
      id: 'burn',
      label: t('dashboard.monthlyBurn'),
      value: figures.monthlyBurnUsd === null ? none : formatMoney(language, figures.monthlyBurnUsd, money),
      href: '#/finance',
    },
    {
      id: 'default-alive',
      label: t('dashboard.defaultAlive'),
      value: alive,
      href: '#/finance',
      tone: figures.defaultAlive === false ? 'red' : figures.defaultAlive ? 'ok' : '',
    },
    {
      id: 'gross-margin',
      label: t('dashboard.grossMargin'),
      value: figures.grossMarginPct === null ? none : formatPercent(language, figures.grossMarginPct / 100),
      href: '#/finance',
    },
    {
      id: 'training-cost',
      label: t('dashboard.trainingCost'),
      value: formatMoney(language, figures.trainingCostUsd, money),
      href: '#/compute',
    },
    {
      id: 'training-days',
      label: t('dashboard.trainingDays'),
      value:
        figures.trainingDays === null
          ? none
          : t('dashboard.days', { days: formatNumber(language, figures.trainingDays, 1) }),
      href: '#/compute',
    },
  ]
  if (!compact) {
    cards.push({
      id: 'readiness',
      label: t('dashboard.readiness'),
      value: figures.readiness
        ? t('dashboard.readinessOf', {
            score: formatNumber(language, figures.readiness.score, 1),
            target: formatNumber(language, figures.readiness.target, 1),
          })
        : none,
      href: '#/strategy',
    })
  }
  return (
    <ul className={compact ? 'cards compact' : 'cards'} aria-label={t('nav.dashboard')}>
      {cards.map((card) => (
        <li key={card.id} className={`card ${card.tone ?? ''}`}>
          <a href={card.href} data-figure={card.id} aria-label={`${card.label}: ${card.value}`}>
            <span className="card-label">{card.label}</span>
            <span className="card-value" data-testid={`figure-${card.id}`}>
              {card.value}
            </span>
            {card.note ? (
              <span className="card-note" data-testid={`note-${card.id}`}>
                {card.note}
              </span>
            ) : null}
          </a>
        </li>
      ))}
    </ul>
  )
}
