/**
 * @module guide/text-en
 * The guide in English: each of the seed's twenty topics in our own words, with the sentence that ties
 * it to the venture's figures. `{name}` is a figure from `link-figures.ts`; a `[[…]]` part is left out
 * when a figure inside it has no value. `missing` is said instead of `figure` when the plan lacks the
 * topic's key figure.
 */
import type { GuideTopicId } from './topics.ts'

export interface GuideTopicText {
  readonly title: string
  readonly body: string
  readonly figure: string
  readonly missing: string
}

export const guideTextEn: Readonly<Record<GuideTopicId, GuideTopicText>> = {
  'technical-challenges': {
    title: 'Technical challenges',
    body: 'Large models are expensive to train and to run, hard to explain, handle personal data, and may not carry over to a neighbouring domain. Of these, compute cost is the one a plan can put a number on early, and it is usually the largest single cheque a model company writes.',
    figure: 'Your training runs cost {trainingCostUsd}[[, {shareOfCashPct} % of the cash you hold today]].',
    missing:
      'Your plan has no priced training run yet; add one under `models[].training` to see its cost against your cash.',
  },
  'efficiency-accuracy': {
    title: 'Training efficiency versus accuracy',
    body: 'Accuracy bought with more compute has diminishing returns. Starting from an existing model and adapting it (transfer learning, LoRA), choosing a compute-optimal model size, cleaning data and caching repeated work usually buy more accuracy per dollar than a bigger run.',
    figure:
      'You plan {fineTuningRuns} fine-tuning run(s) costing {fineTuningCostUsd}, against {pretrainingCostUsd} of pre-training.',
    missing:
      'No training runs are planned; the compute planner compares pre-training with fine-tuning once you add them.',
  },
  'application-scenarios': {
    title: 'Application scenarios',
    body: 'The same model technology lands very differently by scenario: image and speech products live or die on latency and device cost, search and question answering on grounding and freshness, recommendation on event data, and driving on safety approval. Each scenario also brings its own rules.',
    figure:
      'Your {products} product(s) cover: {scenarios}. `avp init --template <scenario>` starts a plan from a scenario template.',
    missing:
      'Add a product with its scenario; `avp init --template <scenario>` gives a starting point for each.',
  },
  'legal-ethics': {
    title: 'Law and ethics',
    body: 'Privacy law, non-discrimination, transparency, intellectual property and rules on automated decisions all bite on AI products, and they differ by market. Knowing early which regimes apply lets you design for them instead of retrofitting.',
    figure:
      '{regimes} regime(s) apply across your markets ({markets})[[; you process special-category data ({specialCategories})]].',
    missing: '',
  },
  commercialisation: {
    title: 'Ways to commercialise',
    body: 'A model becomes revenue as a subscription product, an API billed by usage, a custom solution, a device, licensed content or paid courses. Each has a different cash profile: APIs scale with usage and serving cost, solutions arrive in lumpy milestones.',
    figure: 'Your products earn through: {revenueModels}.',
    missing: 'No product has a revenue model yet; add `products[].revenue`.',
  },
  'market-opportunity': {
    title: 'Market opportunity',
    body: 'Size the market twice: from a published total narrowed by filters (top-down), and by counting buyers and what each pays (bottom-up). When the two disagree, one of your inputs is wrong; the inputs with the most leverage on the obtainable market are the ones to research first.',
    figure:
      'Your obtainable market (SOM) is {somUsd} of a served market of {samUsd}[[; the two sizing methods differ by {methodGapPct} %]]. {unsourcedInputs} input(s) are still assumptions.',
    missing: 'Add `market.bottomUp` (customers × contract value) or `market.topDown` to size your market.',
  },
  competition: {
    title: 'The competitive landscape',
    body: 'Model companies compete on five fronts at once: technology, data, talent, business model and ecosystem. Weighing them for your market and scoring rivals honestly shows where you can win and where you should not fight.',
    figure:
      "On your weights you rank {rank} of {entrants} (you and {rivals} rival(s)), at {relativeToLeaderPct} % of the leader's score.",
    missing: 'List your competitors under `market.competitors` to place yourself among them.',
  },
  'competitive-advantage': {
    title: 'Building a competitive advantage',
    body: 'Advantage comes from being clearly better on the dimension your buyers weigh most, then compounding it: proprietary data that improves the product, a team others cannot hire away, partners who build on you.',
    figure:
      'Your strongest dimension is {strongest} ({strongestScore}/5), your weakest {weakest} ({weakestScore}/5).',
    missing: '',
  },
  risks: {
    title: 'Risks',
    body: 'Technical dead ends, weak demand, legal exposure, running out of money, losing key people and shifts in policy are the usual ways model companies fail. Writing each down with its likelihood and impact is what turns worry into a plan.',
    figure: 'Your register holds {risks} risk(s); the highest scores {topScore} of 25.',
    missing: 'Your risk register is empty; add risks under `risks.register`.',
  },
  'risk-reduction': {
    title: 'Lowering the risks',
    body: 'Each risk gets a response: avoid it, reduce it with controls, transfer it (contracts, insurance) or accept it knowingly. The ones you cannot avoid need a contingency plan written before they happen.',
    figure: '{withContingency} of your {risks} risk(s) have a contingency plan.',
    missing: 'Add risks with their response and contingency plan under `risks.register`.',
  },
  'success-factors': {
    title: 'Key success factors',
    body: 'Seven things decide most outcomes: core technology, data, team, positioning, business model, a loop that feeds user feedback back into the product, and money. A scorecard shows which one is holding the venture back.',
    figure:
      'Your readiness averages {averageScore}/5 over {scored} scored factor(s)[[; the furthest behind is {weakestFactor}]].',
    missing:
      'No readiness factor can be scored yet; add figures or set scores in `strategy.readiness.factors`.',
  },
  'technology-breakthrough': {
    title: 'Achieving technical breakthroughs',
    body: 'Small teams break through by focusing: one hard problem, partnerships with research groups, open-source foundations to stand on, and steady investment rather than bursts.',
    figure:
      'Your core-technology score is {technologyScore}/5 with {technologyHeadcount} people in technology.',
    missing: 'Add your models under `models` to score your core technology.',
  },
  'strategic-planning': {
    title: 'Strategic planning',
    body: 'A strategy is worked out in seven steps: research the market, assess the technology, build the team, design the business model, allocate resources, analyse risks and set goals. Goals work best as objectives with measurable key results.',
    figure:
      '{completeSteps} of the 7 steps are complete[[; your objectives grade {averageGrade} on the 0–1 scale]].',
    missing: '',
  },
  'business-model-innovation': {
    title: 'Business-model innovation',
    body: 'New models come from combining the standard ones: usage pricing inside a subscription, a device that sells a service, a solution that becomes a product. Each combination changes margin and cash timing.',
    figure:
      'You combine {revenueModelCount} revenue model(s): {revenueModels}[[; business-model readiness {businessModelScore}/5]].',
    missing: 'No product has a revenue model yet; add `products[].revenue`.',
  },
  financing: {
    title: 'Financing',
    body: 'Money arrives in stages — angels, seed, series A and B, strategic investors, crowdfunding, follow-ons — and each stage prices the progress made with the last. Raise before you must: a round takes months, and runway is your negotiating power.',
    figure:
      'You have {runwayMonths} months of runway[[; next round {nextRound}]], {plannedRaiseUsd} planned in all.',
    missing:
      "Your cash does not run out within the plan's horizon[[; next round {nextRound}]], {plannedRaiseUsd} planned in all.",
  },
  'team-building': {
    title: 'Team building',
    body: 'Beyond researchers and engineers a model company needs people who sell, run operations, keep the books, handle law and compliance, and hire. Gaps show up as risks: no legal owner while selling into regulated markets, or everything resting on a few key people.',
    figure:
      'You have {headcount} people[[; roles the plan needs but has not hired: {missingRoles}]]; {keyPersonDependencyPct} % of functions rest on key people alone.',
    missing: '',
  },
  'risk-management': {
    title: 'Risk management',
    body: 'Managing risk is a routine, not a document: assess regularly, watch indicators that move before the risk does, respond by plan, keep emergency procedures ready, and insure what you cannot absorb.',
    figure: 'You watch {indicators} indicator(s); {warnings} are raising a warning now.',
    missing: 'Add key risk indicators under `risks.indicators`; `avp check` then warns early.',
  },
  'market-competition': {
    title: 'Competition in the market',
    body: 'The market view of competition asks how the forces around you — rivals, new entrants, substitutes, buyers and suppliers (for model companies, chip and cloud vendors) — shape your prices and margins.',
    figure:
      'You score {relativeToLeaderPct} % of the leader[[; the five forces average {fiveForcesAverage}/5]].',
    missing: 'List your competitors under `market.competitors` and optionally rate `market.fiveForces`.',
  },
  sustainability: {
    title: 'Sustainability',
    body: 'Compute draws power, and where it runs decides how much carbon that means. Efficient hardware, cleaner grids and fewer wasted runs cut both cost and emissions — and investors and customers increasingly ask.',
    figure:
      'Your compute emits {co2Tonnes} t CO2e (training plus a year of serving); moving to the cleanest grid would save {regionSavingTonnes} t, more efficient hardware {hardwareSavingTonnes} t.',
    missing: 'Add training runs or serving profiles with their region to see energy and emissions.',
  },
  international: {
    title: 'International cooperation and expansion',
    body: "Going abroad brings research partners, customers and talent — and each market's own rules, data-transfer restrictions and localisation work, which are cheaper to plan than to discover.",
    figure: 'You serve {markets} market(s)[[; personal data crosses borders: {transfers}]].',
    missing: '',
  },
}
