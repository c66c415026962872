/**
 * @module pages/CompliancePage
 * Compliance: per product, its tiers and its obligations with jurisdiction, article and the date they
 * apply from — when the compliance engine's section is in the analysis — and the bias-audit upload.
 */
import type { Analysis } from '@avp/core'
import { complianceOf } from '../analysis/sections.ts'
import { useUi } from '../app/context.ts'
import { BiasAuditPanel, type BiasUploadTarget } from './BiasAuditPanel.tsx'
import { tierName } from './tier-name.ts'

export default function CompliancePage({
  analysis,
  biasUpload = null,
}: {
  analysis: Analysis
  biasUpload?: BiasUploadTarget | null
}) {
  const { t, language } = useUi()
  const compliance = complianceOf(analysis)
  if (!compliance) {
    return (
      <>
        <h1>{t('nav.compliance')}</h1>
        <p className="muted">{t('compliance.notPresent')}</p>
        <BiasAuditPanel server={biasUpload} />
      </>
    )
  }
  return (
    <>
      <h1>{t('nav.compliance')}</h1>
      {compliance.products.map((product) => (
        <section key={product.productId} aria-labelledby={`product-${product.productId}`}>
          <h2 id={`product-${product.productId}`}>
            {product.productName}{' '}
            {product.euTiers.map((tier) => (
              <span key={tier} className="badge">
                {tierName(language, tier)}
              </span>
            ))}
          </h2>
          <div className="table-wrap">
            <table>
              <caption>{t('compliance.obligations')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compliance.obligations')}</th>
                  <th scope="col">{t('compliance.jurisdiction')}</th>
                  <th scope="col">{t('compliance.article')}</th>
                  <th scope="col">{t('compliance.appliesFrom')}</th>
                </tr>
              </thead>
              <tbody>
                {product.obligations.map((obligation) => (
                  <tr key={obligation.id}>
                    <th scope="row">{obligation.obligation}</th>
                    <td>{obligation.jurisdiction}</td>
                    <td>{obligation.article}</td>
                    <td>{obligation.appliesFrom}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <BiasAuditPanel server={biasUpload} />
    </>
  )
}
