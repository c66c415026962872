/**
 * @module app/scenario-venture
 * A new venture's plan from an application-scenario template, built by core's `scenarioPlan` (the same
 * plan `avp init --template <scenario>` writes). Loaded only when the user creates one, so the first page
 * carries none of the templates.
 */
import { type Language, type ScenarioTemplateId, scenarioPlan, scenarioTemplates } from '@avp/core'
import type { ExamplePlan } from '../store/local-ventures.ts'

/**
 * The template as an example plan: the plan text in `language`, dated `today` (YYYY-MM-DD).
 * @example
 * scenarioExample('nlp', 'en', '2026-11-28').id //=> 'scenario:nlp'
 */
export function scenarioExample(id: ScenarioTemplateId, language: Language, today: string): ExamplePlan {
  return {
    id: `scenario:${id}`,
    name: scenarioTemplates[id].companyName,
    text: scenarioPlan(id, language, today),
  }
}
