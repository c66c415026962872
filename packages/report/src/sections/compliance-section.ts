/**
 * @module sections/compliance-section
 * The report's compliance section (per product: EU AI Act tiers, obligations with article, bearer, date,
 * fine and the NIST AI RMF / ISO/IEC 42001 crosswalk, the to-do list, explainability and IP items) and
 * the blocks of a bias audit (`avp audit bias`), with its impact-ratio charts.
 */
import {
  type BiasAudit,
  type ComplianceAnalysis,
  type FineExposure,
  type Language,
  type MessageKey,
  type ProductCompliance,
  translate,
} from '@avp/core'
import { impactRatioChart, obligationTimelineChart } from '../charts/compliance-charts.ts'
import type { Block } from '../document.ts'
import { formatDate, formatNumber } from '../format.ts'

type Params = Parameters<typeof translate>[2]

/** A fine exposure in words, e.g. "EUR 15,000,000 or 3 % of turnover, whichever is lower (Art. 99(4))". */
export function fineText(fine: FineExposure, language: Language): string {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params)
  if (fine.penaltyId === 'aia-99-1') return t('compliance.fineMemberState')
  if (fine.penaltyId === 'cn-admin') return t('compliance.fineOtherLaws')
  if (fine.fixedAmount === null) return t('compliance.fineNone')
  const amount = formatNumber(fine.fixedAmount, language, 0)
  const base = { currency: fine.currency, amount, article: fine.article, percent: fine.turnoverPercent ?? 0 }
  if (fine.turnoverPercent === null) return t('compliance.fineAmount', base)
  if (fine.whicheverIs === 'only') return t('compliance.fineEither', base)
  return t('compliance.fineBoth', { ...base, which: t(`compliance.${fine.whicheverIs}`) })
}

function productBlocks(product: ProductCompliance, language: Language): Block[] {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params)
  const date = (value: string) => formatDate(value, language)
  const tiers =
    product.euTiers.length === 0
      ? t('compliance.noEuTier')
      : product.euTiers.map((tier) => t(`compliance.tierNames.${tier}`)).join(', ')
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: t('compliance.productHeading', { name: product.productName }) },
    {
      kind: 'figures',
      items: [
        { label: t('compliance.tiers'), value: tiers },
        ...(product.annexIIIPoints.length > 0
          ? [{ label: t('compliance.annexIII'), value: product.annexIIIPoints.join(', ') }]
          : []),
        ...(product.conformityAssessment === null
          ? []
          : [{ label: t('compliance.conformity'), value: product.conformityAssessment }]),
        { label: t('compliance.markets'), value: product.facts.markets.join(', ') },
        { label: t('compliance.establishment'), value: product.facts.establishment },
        {
          label: t('compliance.enterpriseSize'),
          value: t(`compliance.sizes.${product.facts.enterpriseSize}`),
        },
        {
          label: t('compliance.trainingCompute'),
          value:
            product.facts.trainingComputeFlops === null
              ? t('compliance.unknown')
              : `${product.facts.trainingComputeFlops.toExponential(2)} FLOP`,
        },
      ],
    },
  ]
  for (const warning of product.warnings)
    blocks.push({
      kind: 'callout',
      level: 'amber',
      title: t('compliance.warnings'),
      lines: [language === 'zh-CN' ? warning.messageZh : warning.message],
    })
  blocks.push({
    kind: 'table',
    header: [
      t('compliance.article'),
      t('compliance.instrument'),
      t('compliance.duty'),
      t('compliance.bearer'),
      t('compliance.appliesFrom'),
      t('compliance.status'),
      t('compliance.fine'),
      t('compliance.crosswalk'),
    ],
    rows: product.obligations.map((obligation) => [
      obligation.article,
      t(`compliance.instruments.${obligation.instrument}`),
      language === 'zh-CN' ? obligation.obligationZh : obligation.obligation,
      `${t(`compliance.bearers.${obligation.bearer}`)} (${t(obligation.ownDuty ? 'compliance.yours' : 'compliance.notYours')})`,
      date(obligation.appliesFrom),
      t(`compliance.statuses.${obligation.status}`),
      fineText(obligation.maxFine, language),
      `${obligation.crosswalk.nistAiRmf.join(', ')} / ${obligation.crosswalk.iso42001.join(', ')}`,
    ]),
  })
  blocks.push({ kind: 'heading', level: 3, text: `${product.productName}: ${t('compliance.todo')}` })
  blocks.push(
    product.todo.length === 0
      ? { kind: 'paragraph', text: t('compliance.noTodo') }
      : {
          kind: 'table',
          header: [
            t('compliance.dueOn'),
            t('compliance.daysLeft'),
            t('compliance.article'),
            t('compliance.duty'),
          ],
          rows: product.todo.map((item) => [
            date(item.dueOn),
            item.overdue ? `${t('compliance.overdue')} (${-item.daysLeft})` : String(item.daysLeft),
            item.article,
            language === 'zh-CN' ? item.titleZh : item.title,
          ]),
          numericColumns: [1],
        },
  )
  const listed = (key: MessageKey, items: ProductCompliance['explainability']): Block[] =>
    items.length === 0
      ? []
      : [
          { kind: 'paragraph', text: t(key) },
          {
            kind: 'list',
            items: items.map(
              (item) => `${item.article}: ${language === 'zh-CN' ? item.obligationZh : item.obligation}`,
            ),
          },
        ]
  blocks.push(...listed('compliance.explainability', product.explainability))
  blocks.push(...listed('compliance.ip', product.intellectualProperty))
  return blocks
}

/** The compliance section of the venture report. */
export function complianceSection(compliance: ComplianceAnalysis, language: Language): Block[] {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params)
  if (compliance.products.length === 0) return []
  const { totals } = compliance
  return [
    {
      kind: 'heading',
      level: 2,
      text: t('compliance.heading', { date: formatDate(compliance.asOf, language) }),
    },
    {
      kind: 'paragraph',
      text: t('compliance.obligationCount', {
        count: totals.obligationCount,
        todo: totals.openTodoCount,
        soon: totals.dueWithin90DaysCount,
        overdue: totals.overdueCount,
      }),
    },
    { kind: 'paragraph', text: t('compliance.textNote') },
    obligationTimelineChart(compliance, language),
    ...compliance.products.flatMap((product) => productBlocks(product, language)),
  ]
}

/** The blocks of a bias audit: per attribute and the intersection, a table, metrics and a chart. */
export function biasAuditBlocks(audit: BiasAudit, file: string, language: Language): Block[] {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params)
  const number = (value: number | null, digits = 3) =>
    value === null ? t('compliance.undefined') : formatNumber(value, language, digits)
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: t('compliance.biasHeading', { file, rows: audit.rowCount }) },
    { kind: 'paragraph', text: t('compliance.fourFifthsNote') },
  ]
  if (audit.medianScore !== null)
    blocks.push({ kind: 'paragraph', text: t('compliance.median', { median: number(audit.medianScore) }) })
  const scored = audit.medianScore !== null
  for (const attribute of [
    ...audit.attributes,
    ...(audit.intersection === null ? [] : [audit.intersection]),
  ]) {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: t('compliance.attributeHeading', { attribute: attribute.attribute }),
    })
    blocks.push({
      kind: 'table',
      header: [
        t('compliance.group'),
        t('compliance.count'),
        t('compliance.selected'),
        t('compliance.selectionRate'),
        t('compliance.impactRatio'),
        ...(scored ? [t('compliance.scoringRate'), t('compliance.scoringImpactRatio')] : []),
      ],
      rows: attribute.groups.map((group) => [
        group.excluded ? `${group.group} (${t('compliance.excluded')})` : group.group,
        String(group.count),
        String(group.selected),
        number(group.selectionRate),
        number(group.impactRatio),
        ...(scored ? [number(group.scoringRate), number(group.scoringImpactRatio)] : []),
      ]),
      numericColumns: scored ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4],
    })
    blocks.push({ kind: 'paragraph', text: t('compliance.unknownCount', { count: attribute.unknownCount }) })
    blocks.push({
      kind: 'table',
      header: [t('compliance.metric'), t('compliance.value')],
      rows: Object.entries(attribute.metrics).map(([name, value]) => [name, number(value)]),
      numericColumns: [1],
    })
    for (const signed of attribute.signed) {
      blocks.push({
        kind: 'list',
        items: [
          `${t('compliance.signed', { privileged: signed.privileged })} — ${signed.group}: statisticalParityDifference ${number(signed.statisticalParityDifference)}, disparateImpact ${number(signed.disparateImpact)}, equalOpportunityDifference ${number(signed.equalOpportunityDifference)}, averageOddsDifference ${number(signed.averageOddsDifference)}`,
        ],
      })
    }
    blocks.push(impactRatioChart(attribute, language))
  }
  if (audit.warnings.length > 0) {
    blocks.push({ kind: 'heading', level: 3, text: t('compliance.warnings') })
    blocks.push({
      kind: 'list',
      items: audit.warnings.map((warning) => t(`compliance.biasWarnings.${warning.code}`, warning.params)),
    })
  }
  return blocks
}
