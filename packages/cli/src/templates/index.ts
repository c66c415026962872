/**
 * @module templates
 * The plans `avp init` can start from: the commented starter, the three example ventures, and one plan
 * per application scenario of the seed (image recognition, speech, NLP, recommendation, driving).
 */
import { readFile } from 'node:fs/promises'
import { type Language, type ScenarioTemplateId, scenarioTemplateIds } from '@avp/core'
import { examplesFolder } from '../assets.ts'
import type { TemplateName } from './names.ts'
import { scenarioPlan } from './scenario.ts'
import { starterPlan } from './starter.ts'

export { exampleTemplates, type TemplateName, templateNames } from './names.ts'

/** The text of a template; the starter is written in the user's language and dated today. */
export async function templateText(name: TemplateName, language: Language, today: string): Promise<string> {
  if (name === 'starter') return starterPlan(language, today)
  if ((scenarioTemplateIds as readonly string[]).includes(name))
    return scenarioPlan(name as ScenarioTemplateId, language, today)
  return readFile(new URL(`${name}.yaml`, examplesFolder()), 'utf8')
}
