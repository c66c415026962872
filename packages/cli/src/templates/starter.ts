/**
 * @module templates/starter
 * The plan `avp init` writes by default: small, valid, and commented in the user's language so that each
 * section explains itself.
 */
import type { Language } from '@avp/core'

const comments = {
  en: {
    header: 'AI Venture Planner plan. Amounts are US dollars; months are YYYY-MM, dates YYYY-MM-DD.',
    asOf: 'The day the plan speaks for: cash, team and rules are taken as of this date.',
    company: 'Who you are and where you sell (EU, CN, US, US-CA, …).',
    products:
      'What you sell, after the seed scenarios: image-recognition, speech, nlp, recommendation, autonomous-driving, other.',
    revenue: 'How it earns money: saas, api, solution, hardware, content-licensing or paid-courses.',
    aiSystem: 'Facts the compliance rules read (purpose, people affected, personal data, …).',
    models:
      'Models you train or serve. GPU types come from the hardware catalogue (h100-sxm, h800, a100-80gb-sxm, …).',
    team: 'The team by function: technology, market, operations, finance, legal, hr.',
    funding: 'Cash today, the cap table, instruments and planned rounds.',
    risks:
      'Risks (likelihood and impact 1–5) and indicators that warn early. `avp check` exits 1 on a red one.',
    strategy: 'The seven-step strategic plan: write your conclusions under each step.',
  },
  'zh-CN': {
    header: 'AI 创业规划器计划文件。金额单位为美元；月份格式 YYYY-MM，日期格式 YYYY-MM-DD。',
    asOf: '计划所对应的日期：现金、团队和法规均以此日期为准。',
    company: '公司基本信息与服务市场（EU、CN、US、US-CA 等）。',
    products:
      '产品，对应种子文档中的应用场景：image-recognition、speech、nlp、recommendation、autonomous-driving、other。',
    revenue: '商业模式：saas、api、solution、hardware、content-licensing 或 paid-courses。',
    aiSystem: '合规规则所需的事实（用途、受影响人群、个人数据等）。',
    models: '训练或部署的模型。GPU 型号取自硬件目录（h100-sxm、h800、a100-80gb-sxm 等）。',
    team: '按职能划分的团队：technology（技术）、market（市场）、operations（运营）、finance（财务）、legal（法务）、hr（人力资源）。',
    funding: '当前现金、股权结构、融资工具与计划中的融资轮次。',
    risks: '风险（可能性与影响均为 1–5）以及用于早期预警的指标。出现红色指标时 `avp check` 以 1 退出。',
    strategy: '七步战略规划：在每一步下写出结论。',
  },
} as const satisfies Record<Language, Record<string, string>>

/** A commented starter plan, dated `today`. */
export function starterPlan(language: Language, today: string): string {
  const c = comments[language]
  const month = today.slice(0, 7)
  const year = Number(today.slice(0, 4))
  const nextYear = `${year + 1}${today.slice(4, 7)}`
  return `# ${c.header}
formatVersion: 1
# ${c.asOf}
asOf: ${today}

# ${c.company}
company:
  name: My AI Startup
  stage: seed
  foundedOn: ${today}
  currency: USD
  homeMarket: US
  marketsServed: [US, EU]

# ${c.products}
products:
  - id: assistant-api
    name: Assistant API
    scenario: nlp
    launchMonth: ${nextYear}
    servingModel: base-7b
    # ${c.revenue}
    revenue:
      model: api
      pricePerMillionInputTokensUsd: 0.5
      pricePerMillionOutputTokensUsd: 1.5
      inputTokensPerMonthAtLaunch: 2.0e9
      outputTokensPerMonthAtLaunch: 5.0e8
      monthlyGrowthRate: 0.1
    # ${c.aiSystem}
    aiSystem:
      intendedPurpose: Question answering for customer-support teams
      affectedGroups: [customers]
      personalData: { processed: true, peopleCount: 10000 }
      syntheticContent: [text]

# ${c.models}
models:
  - id: base-7b
    name: Base 7B
    architecture:
      layers: 32
      hiddenSize: 4096
      attentionHeads: 32
      keyValueHeads: 8
      ffnHiddenSize: 14336
      vocabularySize: 128000
      sequenceLength: 4096
    training:
      kind: full-fine-tuning
      tokens: 2.0e10
      gpu: h100-sxm
      gpus: 16
      startMonth: ${month}
    serving:
      gpu: h100-sxm
      averageInputTokens: 1200
      averageOutputTokens: 300

# ${c.team}
team:
  roles:
    - { title: CEO, function: market, startMonth: ${month}, monthlySalaryUsd: 12000, keyPerson: true }
    - { title: CTO, function: technology, startMonth: ${month}, monthlySalaryUsd: 14000, keyPerson: true }
    - { title: ML engineer, function: technology, count: 3, startMonth: ${month}, monthlySalaryUsd: 11000 }

# ${c.funding}
funding:
  cashUsd: 2500000
  shareholders:
    - { name: Founders, shares: 9000000 }
  optionPool: { unissuedShares: 1000000 }

# ${c.risks}
risks:
  register:
    - id: funding-gap
      title: The next round closes late
      category: funding
      likelihood: 3
      impact: 5
      contingencyPlan: [Freeze hiring, Cut cloud spend]
  indicators:
    - id: cash-months
      title: Months of cash at today's spend
      risk: funding-gap
      value: funding.cashUsd / (team.monthlyCostUsd + costs.monthlyOtherUsd)
      warnWhen: below
      amber: 12
      red: 6

# ${c.strategy}
strategy:
  steps:
    marketResearch: []
`
}
