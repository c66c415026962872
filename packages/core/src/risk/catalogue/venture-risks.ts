/**
 * @module risk/catalogue/venture-risks
 * The seed's risks of an AI model start-up (questions 9, 10 and 17): technical, market, legal and
 * ethical, funding, talent, and external or policy. Written by this project; where a published taxonomy
 * names the same risk, its id is cited.
 */
import type { CatalogueRisk } from './types.ts'

const seed = 'Seed question 9 (risks of an AI start-up)'

export const ventureRisks: readonly CatalogueRisk[] = [
  {
    id: 'training-cost',
    category: 'technical',
    likelihood: 3,
    impact: 4,
    sources: [seed, 'NIST AI 600-1 §2.5 Environmental Impacts (compute intensity)'],
    text: {
      en: {
        title: 'Training costs far more than planned',
        description:
          'Failed runs, restarts and price rises (cause) push a training run well over budget (event), eating the runway meant for the product (consequence).',
        controls: [
          'Scale laws on small runs before the large one',
          'Checkpoint often and budget 20 % for restarts',
        ],
        contingencyPlan: [
          'Stop at the best checkpoint and fine-tune it',
          'Switch to committed or spot capacity',
        ],
      },
      'zh-CN': {
        title: '训练成本远超计划',
        description:
          '训练失败、重启和算力涨价（原因）使一次训练大幅超支（事件），挤占产品所需的资金跑道（后果）。',
        controls: ['先用小规模实验拟合扩展规律再做大规模训练', '频繁保存检查点，并预留 20% 的重启预算'],
        contingencyPlan: ['停在最佳检查点并在其上微调', '改用包年或竞价算力'],
      },
    },
  },
  {
    id: 'data-privacy',
    category: 'legal-ethical',
    likelihood: 3,
    impact: 4,
    sources: [seed, 'NIST AI 600-1 §2.4 Data Privacy', 'MIT AI Risk Repository domain 2.1'],
    text: {
      en: {
        title: 'Personal data leaks or is processed unlawfully',
        description:
          'Training or user data holds personal or sensitive data (cause); it leaks, is memorised or lacks a legal basis (event), bringing fines, orders to delete models and lost trust (consequence).',
        controls: [
          'Data inventory with a legal basis per source',
          'Minimise, pseudonymise and test for memorisation',
        ],
        contingencyPlan: [
          'Notify the authority within the legal deadline',
          'Suspend the affected processing',
        ],
      },
      'zh-CN': {
        title: '个人信息泄露或被违法处理',
        description:
          '训练或用户数据中含有个人或敏感信息（原因），被泄露、被模型记忆或缺乏合法性基础（事件），导致罚款、被责令删除模型和信任流失（后果）。',
        controls: ['建立数据清单并逐一明确处理的合法性基础', '数据最小化、去标识化，并测试模型记忆'],
        contingencyPlan: ['在法定时限内通知监管机构', '暂停受影响的数据处理'],
      },
    },
  },
  {
    id: 'explainability',
    category: 'legal-ethical',
    likelihood: 3,
    impact: 3,
    sources: [seed, 'MIT AI Risk Repository domain 7.4'],
    text: {
      en: {
        title: 'Decisions cannot be explained to customers or regulators',
        description:
          'An opaque model (cause) cannot justify an output when asked (event), so regulated customers will not buy and audits fail (consequence).',
        controls: ['Model cards and decision logs', 'Explanations tested with real users'],
        contingencyPlan: [
          'Put a person in the loop for contested decisions',
          'Offer an interpretable fallback model',
        ],
      },
      'zh-CN': {
        title: '无法向客户或监管者解释模型决策',
        description:
          '模型不透明（原因），被追问时无法说明输出的依据（事件），受监管行业的客户不愿采购，审计也难以通过（后果）。',
        controls: ['编写模型卡并记录决策日志', '与真实用户一起测试解释是否有效'],
        contingencyPlan: ['对有争议的决策引入人工复核', '提供可解释的备用模型'],
      },
    },
  },
  {
    id: 'compute-supply',
    category: 'external-policy',
    likelihood: 3,
    impact: 4,
    sources: [seed, 'NIST AI 600-1 §2.12 Value Chain and Component Integration'],
    text: {
      en: {
        title: 'Accelerators cannot be bought or rented when needed',
        description:
          'One GPU type or supplier (cause) becomes scarce, export-controlled or much dearer (event), so training slips and serving cannot grow (consequence).',
        controls: ['Qualify a second accelerator type', 'Reserve capacity ahead of launches'],
        contingencyPlan: [
          'Move serving to the qualified alternative',
          'Shrink or quantise the model to fit what is available',
        ],
      },
      'zh-CN': {
        title: '需要时买不到或租不到加速卡',
        description:
          '只依赖一种 GPU 或一家供应商（原因），其供应紧张、受出口管制或大幅涨价（事件），训练延误、推理扩容受阻（后果）。',
        controls: ['验证第二种加速卡', '在发布前预留算力'],
        contingencyPlan: ['把推理迁移到已验证的替代硬件', '压缩或量化模型以适配现有算力'],
      },
    },
  },
  {
    id: 'generalisation',
    category: 'technical',
    likelihood: 3,
    impact: 4,
    sources: [seed, 'MIT AI Risk Repository domain 7.3'],
    text: {
      en: {
        title: 'The model fails on data unlike its training data',
        description:
          'Training data differs from what customers send (cause); accuracy drops in the field (event), breaking promises made in sales and certification (consequence).',
        controls: ['Hold-out sets from each customer site', 'Monitor drift in production'],
        contingencyPlan: [
          'Restrict the intended use to validated settings',
          'Collect and label field data, then retrain',
        ],
      },
      'zh-CN': {
        title: '模型在与训练数据不同的数据上失效',
        description:
          '训练数据与客户实际数据不一致（原因），上线后准确率下降（事件），违背销售和认证时的承诺（后果）。',
        controls: ['为每个客户现场保留独立测试集', '在生产中监测数据漂移'],
        contingencyPlan: ['把预期用途限定在已验证的场景', '采集并标注现场数据后重新训练'],
      },
    },
  },
  {
    id: 'market-demand',
    category: 'market',
    likelihood: 3,
    impact: 4,
    sources: [seed],
    text: {
      en: {
        title: 'Customers do not adopt or pay as planned',
        description:
          'The problem is less urgent or a rival is cheaper (cause); adoption and prices come in below plan (event), so revenue misses and the next round is harder (consequence).',
        controls: ['Paid pilots before scaling sales', 'Track conversion and retention by cohort'],
        contingencyPlan: ['Narrow to the segment that pays', 'Cut spend to match revenue'],
      },
      'zh-CN': {
        title: '客户采用率或付费意愿低于计划',
        description:
          '痛点不够迫切或竞品更便宜（原因），采用率和价格低于计划（事件），收入落空，下一轮融资更难（后果）。',
        controls: ['规模化销售前先做付费试点', '按客户批次跟踪转化和留存'],
        contingencyPlan: ['收缩到愿意付费的细分市场', '按收入削减开支'],
      },
    },
  },
  {
    id: 'funding-gap',
    category: 'funding',
    likelihood: 3,
    impact: 5,
    sources: [seed],
    text: {
      en: {
        title: 'Cash runs out before the next round closes',
        description:
          'Burn is high and the round takes longer than hoped (cause); cash runs out first (event), forcing a down round, a bridge on bad terms or closure (consequence).',
        controls: ['Start raising with at least nine months of runway', 'Keep a plan to reach default-alive'],
        contingencyPlan: ['Freeze hiring and non-essential compute', 'Bridge from existing investors'],
      },
      'zh-CN': {
        title: '下一轮融资到位前现金耗尽',
        description:
          '烧钱速度快且融资周期长于预期（原因），现金先行耗尽（事件），被迫降价融资、以不利条款过桥或关闭公司（后果）。',
        controls: ['至少还剩九个月跑道时启动融资', '准备一份实现自我造血的预案'],
        contingencyPlan: ['冻结招聘和非必要算力', '向现有投资人寻求过桥融资'],
      },
    },
  },
  {
    id: 'key-person',
    category: 'talent',
    likelihood: 3,
    impact: 4,
    sources: [seed],
    text: {
      en: {
        title: 'One or two people hold know-how the venture cannot replace',
        description:
          'Know-how sits with few people (cause); one of them leaves or falls ill (event), stalling models and customer work for months (consequence).',
        controls: ['Document pipelines and pair people on critical work', 'Vesting and retention grants'],
        contingencyPlan: ['Engage a specialist contractor', 'Re-plan the roadmap around the remaining team'],
      },
      'zh-CN': {
        title: '一两个人掌握公司无法替代的核心技术',
        description:
          '关键技术集中在少数人手中（原因），其中一人离职或生病（事件），模型和客户交付停滞数月（后果）。',
        controls: ['把流程写成文档，关键工作双人负责', '股权分期归属和留任激励'],
        contingencyPlan: ['聘请外部专业团队', '围绕现有团队重排路线图'],
      },
    },
  },
  {
    id: 'policy-change',
    category: 'external-policy',
    likelihood: 3,
    impact: 4,
    sources: [seed, 'MIT AI Risk Repository domain 6.5'],
    text: {
      en: {
        title: 'New rules change what the product may do or where it may be sold',
        description:
          'AI, data or export rules change in a market served (cause); the product needs filings, changes or withdrawal (event), delaying revenue and adding cost (consequence).',
        controls: ['Watch regulators in each market served', 'Design for the strictest market first'],
        contingencyPlan: [
          'Pause the affected feature or market',
          'File or register as the new rule requires',
        ],
      },
      'zh-CN': {
        title: '新规改变产品可做的事或可销售的市场',
        description:
          '所服务市场的人工智能、数据或出口规则发生变化（原因），产品需要备案、修改或下架（事件），收入推迟、成本增加（后果）。',
        controls: ['跟踪各目标市场监管动态', '按最严格市场的要求设计产品'],
        contingencyPlan: ['暂停受影响的功能或市场', '按新规完成备案或登记'],
      },
    },
  },
  {
    id: 'intellectual-property',
    category: 'legal-ethical',
    likelihood: 3,
    impact: 4,
    sources: [seed, 'NIST AI 600-1 §2.10 Intellectual Property', 'MIT AI Risk Repository domain 6.3'],
    text: {
      en: {
        title: 'Training data or outputs infringe others’ rights',
        description:
          'Data is used without a licence or outputs reproduce protected works (cause); a rights holder sues or a customer is claimed against (event), bringing damages and retraining (consequence).',
        controls: ['Licence records for every dataset', 'Output filters for near-verbatim reproduction'],
        contingencyPlan: ['Remove the disputed data and retrain', 'Indemnify and settle with the customer'],
      },
      'zh-CN': {
        title: '训练数据或生成内容侵犯他人权利',
        description:
          '数据未获授权使用或输出复现受保护作品（原因），权利人起诉或客户被索赔（事件），带来赔偿和重新训练（后果）。',
        controls: ['每个数据集都保留授权记录', '过滤近乎逐字复现的输出'],
        contingencyPlan: ['删除有争议的数据并重新训练', '向客户提供赔偿并和解'],
      },
    },
  },
  {
    id: 'algorithmic-discrimination',
    category: 'legal-ethical',
    likelihood: 3,
    impact: 4,
    sources: [
      seed,
      'NIST AI 600-1 §2.6 Harmful Bias and Homogenization',
      'MIT AI Risk Repository domains 1.1 and 1.3',
    ],
    text: {
      en: {
        title: 'The model treats groups of people unfairly',
        description:
          'Skewed data or proxies for protected traits (cause) lead to worse outcomes for some groups (event), bringing legal claims, audits and reputational harm (consequence).',
        controls: [
          'Measure outcomes by group before release (avp audit bias)',
          'Independent bias audit where the law asks',
        ],
        contingencyPlan: [
          'Suspend automated decisions for the affected group',
          'Re-weight or collect data and re-validate',
        ],
      },
      'zh-CN': {
        title: '模型对不同人群不公平',
        description:
          '数据偏斜或以受保护特征的代理变量建模（原因），使部分人群结果更差（事件），引发诉讼、审计和声誉损失（后果）。',
        controls: ['发布前按人群分组评估结果（avp audit bias）', '在法律要求时进行独立偏见审计'],
        contingencyPlan: ['对受影响人群暂停自动化决策', '重新加权或补采数据后再验证'],
      },
    },
  },
]
