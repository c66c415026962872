/**
 * @module compliance/rules/sources
 * The legal texts the rules cite. Every rule's `source` is a key of this table.
 */

export interface LegalSource {
  readonly title: string
  readonly url: string
}

export const legalSources = {
  aia: {
    title:
      'Regulation (EU) 2024/1689 (AI Act), as amended by Regulation (EU) 2026/1744 ("Digital Omnibus on AI")',
    url: 'https://eur-lex.europa.eu/eli/reg/2024/1689/oj',
  },
  'gpai-guidelines': {
    title:
      'European Commission, Guidelines on the scope of the obligations for general-purpose AI models (July 2025)',
    url: 'https://digital-strategy.ec.europa.eu/en/library/guidelines-scope-obligations-providers-general-purpose-ai-models-under-ai-act',
  },
  gdpr: {
    title: 'Regulation (EU) 2016/679 (GDPR)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  'edpb-dpia': {
    title: 'Article 29 Working Party, Guidelines on DPIA, WP248 rev.01 (endorsed by the EDPB)',
    url: 'https://ec.europa.eu/newsroom/article29/items/611236',
  },
  dsm: {
    title: 'Directive (EU) 2019/790 on copyright in the Digital Single Market, Art. 4',
    url: 'https://eur-lex.europa.eu/eli/dir/2019/790/oj',
  },
  pipl: {
    title: 'Personal Information Protection Law of the PRC (个人信息保护法), in force 2021-11-01',
    url: 'http://www.npc.gov.cn/npc/c30834/202108/a8c4e3672c74491a80b53a172bb753fe.shtml',
  },
  'cn-data-export': {
    title:
      'CAC, Provisions on Promoting and Regulating Cross-Border Data Flows (促进和规范数据跨境流动规定), 2024-03-22',
    url: 'https://www.cac.gov.cn/2024-03/22/c_1712776611775634.htm',
  },
  'cn-genai': {
    title:
      'CAC et al., Interim Measures for the Management of Generative AI Services (生成式人工智能服务管理暂行办法), 2023-08-15',
    url: 'https://www.cac.gov.cn/2023-07/13/c_1690898327029107.htm',
  },
  'cn-deep-synthesis': {
    title:
      'CAC et al., Provisions on the Administration of Deep Synthesis of Internet Information Services (互联网信息服务深度合成管理规定), 2023-01-10',
    url: 'https://www.cac.gov.cn/2022-12/11/c_1672221949354811.htm',
  },
  'cn-labelling': {
    title:
      'CAC et al., Measures for Labelling AI-Generated Synthetic Content (人工智能生成合成内容标识办法), 2025-09-01; GB 45438-2025',
    url: 'https://www.cac.gov.cn/2025-03/14/c_1743654684782215.htm',
  },
  'nyc-ll144': {
    title: 'NYC Local Law 144 of 2021, Admin. Code §§ 20-870 to 20-874; DCWP rules 6 RCNY §§ 5-300 to 5-304',
    url: 'https://rules.cityofnewyork.us/rule/automated-employment-decision-tools-updated/',
  },
  colorado: {
    title:
      'Colorado SB 26-189 (automated decision-making technology), repealing and re-enacting SB 24-205; in force 2027-01-01',
    url: 'https://leg.colorado.gov/bills/sb26-189',
  },
} as const satisfies Record<string, LegalSource>

export type LegalSourceId = keyof typeof legalSources
