/**
 * @module strategy/regimes
 * A small table of the rules that usually apply when an AI product is offered in a market, for the
 * expansion view (seed question 20). It is deliberately coarse — which regimes to look at, with the
 * official citation — and leaves the article-by-article analysis to the compliance engine.
 */

export interface Regime {
  readonly id: string
  /** Market codes the regime covers: `EU` also covers `EU-XX`; `US-CA` only California. */
  readonly markets: readonly string[]
  readonly name: string
  readonly nameZh: string
  /** What makes it apply: any offer, personal data, generative output, or automated decisions. */
  readonly trigger:
    | 'offer'
    | 'personal-data'
    | 'generative'
    | 'employment-decisions'
    | 'consequential-decisions'
  readonly source: string
}

export const regimes: readonly Regime[] = [
  {
    id: 'eu-ai-act',
    markets: ['EU'],
    name: 'EU AI Act',
    nameZh: '欧盟《人工智能法》',
    trigger: 'offer',
    source: 'Regulation (EU) 2024/1689, OJ L, 12.7.2024; art. 2 (scope), art. 113 (dates of application)',
  },
  {
    id: 'gdpr',
    markets: ['EU'],
    name: 'General Data Protection Regulation',
    nameZh: '欧盟《通用数据保护条例》(GDPR)',
    trigger: 'personal-data',
    source: 'Regulation (EU) 2016/679; art. 3(2) reaches non-EU providers offering to people in the EU',
  },
  {
    id: 'cn-pipl',
    markets: ['CN'],
    name: 'Personal Information Protection Law',
    nameZh: '《个人信息保护法》',
    trigger: 'personal-data',
    source: 'PIPL, adopted 20 Aug 2021, in force 1 Nov 2021; art. 3 (extraterritorial scope)',
  },
  {
    id: 'cn-data-security',
    markets: ['CN'],
    name: 'Data Security Law',
    nameZh: '《数据安全法》',
    trigger: 'offer',
    source: 'Data Security Law of the PRC, in force 1 Sep 2021',
  },
  {
    id: 'cn-generative-ai',
    markets: ['CN'],
    name: 'Interim Measures for Generative AI Services',
    nameZh: '《生成式人工智能服务管理暂行办法》',
    trigger: 'generative',
    source: 'CAC and six ministries, Order No. 15, in force 15 Aug 2023',
  },
  {
    id: 'cn-deep-synthesis',
    markets: ['CN'],
    name: 'Provisions on Deep Synthesis of Internet Information Services',
    nameZh: '《互联网信息服务深度合成管理规定》',
    trigger: 'generative',
    source: 'CAC Order No. 12, in force 10 Jan 2023 (labelling, art. 16–17)',
  },
  {
    id: 'cn-algorithm-recommendation',
    markets: ['CN'],
    name: 'Provisions on Algorithmic Recommendation',
    nameZh: '《互联网信息服务算法推荐管理规定》',
    trigger: 'offer',
    source: 'CAC Order No. 9, in force 1 Mar 2022 (algorithm filing, art. 24)',
  },
  {
    id: 'us-ftc-act',
    markets: ['US'],
    name: 'FTC Act section 5 (unfair or deceptive practices)',
    nameZh: '美国《联邦贸易委员会法》第 5 条',
    trigger: 'offer',
    source: '15 U.S.C. § 45',
  },
  {
    id: 'us-ccpa',
    markets: ['US-CA'],
    name: 'California Consumer Privacy Act (as amended by CPRA)',
    nameZh: '美国加州《消费者隐私法》(CCPA/CPRA)',
    trigger: 'personal-data',
    source: 'Cal. Civ. Code § 1798.100 et seq.',
  },
  {
    id: 'us-co-ai-act',
    markets: ['US-CO'],
    name: 'Colorado AI Act',
    nameZh: '美国科罗拉多州《人工智能法》',
    trigger: 'consequential-decisions',
    source:
      'Colorado SB 24-205, C.R.S. § 6-1-1701 et seq. (application delayed to 30 Jun 2026 by SB 25B-004)',
  },
  {
    id: 'us-nyc-ll144',
    markets: ['US-NY'],
    name: 'NYC Local Law 144 (automated employment decision tools)',
    nameZh: '纽约市第 144 号地方法（自动化招聘决策工具）',
    trigger: 'employment-decisions',
    source: 'NYC Admin. Code § 20-870 et seq.; DCWP rules, enforced from 5 Jul 2023',
  },
  {
    id: 'uk-gdpr',
    markets: ['GB'],
    name: 'UK GDPR and Data Protection Act 2018',
    nameZh: '英国 GDPR 与《2018 年数据保护法》',
    trigger: 'personal-data',
    source: 'Data Protection Act 2018 c. 12; UK GDPR as retained by the European Union (Withdrawal) Act 2018',
  },
  {
    id: 'jp-appi',
    markets: ['JP'],
    name: 'Act on the Protection of Personal Information',
    nameZh: '日本《个人信息保护法》(APPI)',
    trigger: 'personal-data',
    source: 'Act No. 57 of 2003, as amended 2020 (in force 1 Apr 2022)',
  },
  {
    id: 'sg-pdpa',
    markets: ['SG'],
    name: 'Personal Data Protection Act 2012',
    nameZh: '新加坡《2012 年个人数据保护法》',
    trigger: 'personal-data',
    source: 'PDPA 2012 (No. 26 of 2012)',
  },
]

/**
 * Whether a regime listed for `regimeMarket` covers `market` (`EU` covers `EU-DE`; `US` covers `US-CA`).
 * @example
 * coversMarket('EU', 'EU-DE') //=> true
 * coversMarket('US-CA', 'US') //=> false
 */
export function coversMarket(regimeMarket: string, market: string): boolean {
  return market === regimeMarket || market.startsWith(`${regimeMarket}-`)
}
