/**
 * @module templates/names
 * The names `avp init --template` accepts, light enough for the command spec (help lists them without
 * loading the planner). The scenario ids must equal core's `scenarioTemplateIds`: the type below fails to
 * compile when one side gains an id the other lacks.
 */
import type { ScenarioTemplateId } from '@avp/core'

/** Example ventures shipped in the repository's `examples/` folder. */
export const exampleTemplates = ['llm-api-cn-eu', 'medical-imaging', 'speech-hardware'] as const

const scenarioTemplates = [
  'image-recognition',
  'speech',
  'nlp',
  'recommendation',
  'autonomous-driving',
] as const satisfies readonly ScenarioTemplateId[]

type Missing = Exclude<ScenarioTemplateId, (typeof scenarioTemplates)[number]>
const everyScenario: Missing extends never ? true : Missing = true
void everyScenario

export const templateNames = ['starter', ...exampleTemplates, ...scenarioTemplates] as const
export type TemplateName = (typeof templateNames)[number]
