/**
 * @module pages/Dashboard
 * The venture at a glance: key figures, compliance tier per product, red and amber warnings.
 */
import type { Analysis } from '@avp/core'
import { dashboardFigures } from '../analysis/dashboard-figures.ts'
import { useUi } from '../app/context.ts'
import { formatNumber } from '../format/format.ts'
import { KeyFigures } from './KeyFigures.tsx'
import { tierName } from './tier-name.ts'

export function Dashboard({ analysis }: { analysis: Analysis }) {
  const { t, language } = useUi()
  const figures = dashboardFigures(analysis)
  return (
    <>
      <h1>{analysis.company.name}</h1>
      <KeyFigures analysis={analysis} />
      <div className="two-columns">
        <section aria-labelledby="compliance-heading">
          <h2 id="compliance-heading">
            <a href="#/compliance">{t('dashboard.compliance')}</a>
          </h2>
          {figures.complianceTiers ? (
            <ul className="plain">
              {figures.complianceTiers.map((product) => (
                <li key={product.product}>
                  <strong>{product.product}</strong>:{' '}
                  {product.tiers.map((tier) => (
                    <span key={tier} className="badge">
                      {tierName(language, tier)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('dashboard.noCompliance')}</p>
          )}
        </section>
        <section aria-labelledby="warnings-heading">
          <h2 id="warnings-heading">
            <a href="#/risk">{t('dashboard.warnings')}</a>
          </h2>
          {figures.warnings.length === 0 ? (
            <p className="muted">{t('dashboard.noWarnings')}</p>
          ) : (
            <ul className="plain" data-testid="warnings">
              {figures.warnings.map((warning) => (
                <li key={warning.title} className={`warning ${warning.level}`}>
                  <span className="badge">{t(`dashboard.${warning.level}`)}</span>{' '}
                  {t('dashboard.warningLine', {
                    title: warning.title,
                    value: formatNumber(language, warning.value, 2),
                    threshold: formatNumber(language, warning.threshold, 2),
                  })}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  )
}
