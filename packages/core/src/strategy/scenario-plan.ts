/**
 * @module strategy/scenario-plan
 * A complete, commented plan built from one of the seed's application-scenario templates (core
 * `scenarioTemplates`): the scenario's product, model, data and serving notes and regulatory facts,
 * with a small team, funding, market, risks and strategy around them so that `avp check` accepts it.
 */
import type { Language } from '../i18n/index.ts'
import { type ScenarioTemplateId, scenarioTemplates } from './scenario-templates.ts'
import { toYaml } from './yaml-writer.ts'

const words = {
  en: {
    header: 'AI Venture Planner plan from the "{title}" scenario template. Amounts are US dollars.',
    asOf: 'The day the plan speaks for.',
    company: 'Who you are and where you sell (EU, CN, US, US-CA, …).',
    products: "The scenario's product. Typical data: {data}",
    facts: 'Regulatory facts that usually apply to this scenario:',
    models: 'A typical model for the scenario. Serving: {serving}',
    team: "The team by function. Roles the scenario's rules call for are included; `avp strategy` lists any still missing.",
    funding: 'Cash today, the cap table and planned rounds.',
    market:
      'Market size (bottom-up: customers × annual contract value) and competitors on the five dimensions.',
    risks: 'Risks (likelihood and impact 1–5) and indicators that warn early.',
    strategy: 'The seven-step strategic plan and OKRs; a key result may be bound to an analysis figure.',
    regulatoryRisk: 'Regulatory approval or filing takes longer than planned',
    fundingRisk: 'The next round closes late',
    cashMonths: "Months of cash at today's spend",
    objective: 'Reach product-market fit in the first market',
    krCustomers: 'Paying customers',
    krCash: "Months of cash at today's spend",
    incumbent: 'Incumbent vendor',
    freezeHiring: 'Freeze hiring',
    cutCloud: 'Cut cloud spend',
    shortestPath: 'Launch first in the market with the shortest approval path',
  },
  'zh-CN': {
    header: '由“{title}”场景模板生成的 AI 创业规划器计划。金额单位为美元。',
    asOf: '计划所对应的日期。',
    company: '公司基本信息与服务市场（EU、CN、US、US-CA 等）。',
    products: '该场景的产品。典型数据：{data}',
    facts: '该场景通常适用的监管事实：',
    models: '该场景的典型模型。推理方式：{serving}',
    team: '按职能划分的团队。已包含该场景监管所需的角色；`avp strategy` 会列出仍缺失的角色。',
    funding: '当前现金、股权结构与计划中的融资轮次。',
    market: '市场规模（自下而上：客户数 × 年合同额）以及五个维度上的竞争对手。',
    risks: '风险（可能性与影响均为 1–5）以及用于早期预警的指标。',
    strategy: '七步战略规划与 OKR；关键结果可绑定分析指标。',
    regulatoryRisk: '监管审批或备案耗时超出计划',
    fundingRisk: '下一轮融资延迟完成',
    cashMonths: '按当前支出现金可用月数',
    objective: '在首个市场实现产品与市场契合',
    krCustomers: '付费客户数',
    krCash: '按当前支出现金可用月数',
    incumbent: '现有领先厂商',
    freezeHiring: '冻结招聘',
    cutCloud: '削减云支出',
    shortestPath: '先在审批路径最短的市场上线',
  },
} as const satisfies Record<Language, Record<string, string>>

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole)

/** The roles a scenario's facts call for, so the generated plan starts without obvious gaps. */
function roles(id: ScenarioTemplateId, month: string) {
  const template = scenarioTemplates[id]
  const aiSystem = template.product.aiSystem ?? {}
  const list: Array<Record<string, unknown>> = [
    { title: 'CEO', function: 'market', startMonth: month, monthlySalaryUsd: 12000, keyPerson: true },
    { title: 'CTO', function: 'technology', startMonth: month, monthlySalaryUsd: 14000, keyPerson: true },
    { title: 'ML engineer', function: 'technology', count: 3, startMonth: month, monthlySalaryUsd: 11000 },
    { title: 'Finance manager', function: 'finance', startMonth: month, monthlySalaryUsd: 6000 },
    { title: 'Legal and compliance counsel', function: 'legal', startMonth: month, monthlySalaryUsd: 9000 },
  ]
  if ((aiSystem.personalData?.specialCategories ?? []).length > 0)
    list.push({
      title: 'Data protection officer',
      function: 'legal',
      startMonth: month,
      monthlySalaryUsd: 8000,
    })
  if ((aiSystem.productSafetyRegimes ?? []).length > 0)
    list.push({
      title: 'Regulatory affairs manager',
      function: 'operations',
      startMonth: month,
      monthlySalaryUsd: 8500,
    })
  return list
}

/**
 * The plan text of a scenario template in the user's language, dated `today`.
 * @example
 * scenarioPlan('nlp', 'en', '2026-11-28').startsWith('# AI Venture Planner plan') //=> true
 */
export function scenarioPlan(id: ScenarioTemplateId, language: Language, today: string): string {
  const template = scenarioTemplates[id]
  const w = words[language]
  const month = today.slice(0, 7)
  const nextYear = `${Number(today.slice(0, 4)) + 1}${today.slice(4, 7)}`
  const title = template.title[language]
  return toYaml([
    { key: 'formatVersion', value: 1, comments: [fill(w.header, { title })] },
    { key: 'asOf', value: today, comments: [w.asOf] },
    {
      key: 'company',
      comments: [w.company],
      value: {
        name: template.companyName,
        stage: 'seed',
        foundedOn: today,
        currency: 'USD',
        homeMarket: template.homeMarket,
        marketsServed: template.marketsServed,
      },
    },
    {
      key: 'products',
      comments: [
        fill(w.products, { data: template.data[language] }),
        w.facts,
        ...template.regulatoryFacts.map((fact) => `- ${fact[language]} (${fact.source})`),
      ],
      value: [{ ...template.product, launchMonth: nextYear }],
    },
    {
      key: 'models',
      comments: [fill(w.models, { serving: template.serving[language] })],
      value: [{ ...template.model, training: { ...template.model.training, startMonth: month } }],
    },
    { key: 'team', comments: [w.team], value: { roles: roles(id, month) } },
    {
      key: 'funding',
      comments: [w.funding],
      value: {
        cashUsd: 4000000,
        shareholders: [{ name: 'Founders', shares: 9000000 }],
        optionPool: { unissuedShares: 1000000 },
      },
    },
    {
      key: 'market',
      comments: [w.market],
      value: {
        ...template.market,
        competitors: [
          {
            name: w.incumbent,
            scores: { technology: 4, data: 4, talent: 3.5, businessModel: 4, ecosystem: 4 },
          },
        ],
      },
    },
    {
      key: 'risks',
      comments: [w.risks],
      value: {
        register: [
          {
            id: 'funding-gap',
            title: w.fundingRisk,
            category: 'funding',
            likelihood: 3,
            impact: 5,
            contingencyPlan: [w.freezeHiring, w.cutCloud],
          },
          {
            id: 'regulatory-delay',
            title: w.regulatoryRisk,
            category: 'legal-ethical',
            likelihood: 3,
            impact: 4,
            contingencyPlan: [w.shortestPath],
          },
        ],
        indicators: [
          {
            id: 'cash-months',
            title: w.cashMonths,
            risk: 'funding-gap',
            value: 'funding.cashUsd / (team.monthlyCostUsd + costs.monthlyOtherUsd)',
            warnWhen: 'below',
            amber: 12,
            red: 6,
          },
        ],
      },
    },
    {
      key: 'strategy',
      comments: [w.strategy],
      value: {
        steps: { marketResearch: [] },
        objectives: [
          {
            id: 'first-market',
            objective: w.objective,
            keyResults: [
              { title: w.krCustomers, start: 0, target: 10, current: 0 },
              {
                title: w.krCash,
                figure: 'funding.cashUsd / (team.monthlyCostUsd + costs.monthlyOtherUsd)',
                start: 0,
                target: 18,
              },
            ],
          },
        ],
      },
    },
  ])
}
