/**
 * @module guide/topics
 * The twenty topics of the seed document, in its order, each pointing at the engine section that acts
 * on it. The prose lives in `text-en.ts` and `text-zh-CN.ts`; the figures in `link-figures.ts`.
 */

export const guideTopicIds = [
  'technical-challenges',
  'efficiency-accuracy',
  'application-scenarios',
  'legal-ethics',
  'commercialisation',
  'market-opportunity',
  'competition',
  'competitive-advantage',
  'risks',
  'risk-reduction',
  'success-factors',
  'technology-breakthrough',
  'strategic-planning',
  'business-model-innovation',
  'financing',
  'team-building',
  'risk-management',
  'market-competition',
  'sustainability',
  'international',
] as const
export type GuideTopicId = (typeof guideTopicIds)[number]

/** Where in the analysis (and the report, and the CLI) a topic is acted on. */
export type GuideSection =
  | 'compute'
  | 'compliance'
  | 'finance'
  | 'risk'
  | 'strategy.templates'
  | 'strategy.market'
  | 'strategy.competition'
  | 'strategy.readiness'
  | 'strategy.plan'
  | 'strategy.team'
  | 'strategy.sustainability'
  | 'strategy.expansion'

export const guideSections: Readonly<
  Record<
    GuideTopicId,
    { readonly question: number; readonly section: GuideSection; readonly command: string }
  >
> = {
  'technical-challenges': {
    question: 1,
    section: 'compute',
    command: 'avp analyze plan.yaml --json  (compute)',
  },
  'efficiency-accuracy': {
    question: 2,
    section: 'compute',
    command: 'avp analyze plan.yaml --json  (compute.training)',
  },
  'application-scenarios': { question: 3, section: 'strategy.templates', command: 'avp init --template nlp' },
  'legal-ethics': { question: 4, section: 'compliance', command: 'avp strategy plan.yaml  (expansion)' },
  commercialisation: { question: 5, section: 'finance', command: 'avp report plan.yaml --out report.html' },
  'market-opportunity': { question: 6, section: 'strategy.market', command: 'avp strategy plan.yaml' },
  competition: { question: 7, section: 'strategy.competition', command: 'avp strategy plan.yaml' },
  'competitive-advantage': {
    question: 8,
    section: 'strategy.competition',
    command: 'avp strategy plan.yaml',
  },
  risks: { question: 9, section: 'risk', command: 'avp check plan.yaml' },
  'risk-reduction': { question: 10, section: 'risk', command: 'avp check plan.yaml' },
  'success-factors': { question: 11, section: 'strategy.readiness', command: 'avp strategy plan.yaml' },
  'technology-breakthrough': {
    question: 12,
    section: 'strategy.readiness',
    command: 'avp strategy plan.yaml',
  },
  'strategic-planning': { question: 13, section: 'strategy.plan', command: 'avp strategy plan.yaml' },
  'business-model-innovation': {
    question: 14,
    section: 'finance',
    command: 'avp report plan.yaml --out report.html',
  },
  financing: { question: 15, section: 'finance', command: 'avp check plan.yaml' },
  'team-building': { question: 16, section: 'strategy.team', command: 'avp strategy plan.yaml' },
  'risk-management': { question: 17, section: 'risk', command: 'avp check plan.yaml' },
  'market-competition': { question: 18, section: 'strategy.competition', command: 'avp strategy plan.yaml' },
  sustainability: { question: 19, section: 'strategy.sustainability', command: 'avp strategy plan.yaml' },
  international: { question: 20, section: 'strategy.expansion', command: 'avp strategy plan.yaml' },
}
