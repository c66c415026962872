/**
 * @module guide
 * The bilingual guide's public door: the seed's twenty topics in our own words, linked to the venture's
 * figures and to the engine section that acts on each.
 */
export {
  type GuideAnalysis,
  type GuideFigureValue,
  type GuideInputFigures,
  type GuideTopicLink,
  linkGuide,
} from './link-figures.ts'
export {
  fillGuideTemplate,
  findGuideTopic,
  formatGuideFigure,
  guideText,
  type RenderedGuideTopic,
  renderGuideTopic,
} from './render-guide.ts'
export type { GuideTopicText } from './text-en.ts'
export { type GuideSection, type GuideTopicId, guideSections, guideTopicIds } from './topics.ts'
