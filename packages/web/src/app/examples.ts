/**
 * @module app/examples
 * The example ventures bundled with the app, so it works with no server at all (local mode).
 */
import llmApi from '../../../../examples/llm-api-cn-eu.yaml?raw'
import medicalImaging from '../../../../examples/medical-imaging.yaml?raw'
import speechHardware from '../../../../examples/speech-hardware.yaml?raw'
import type { ExamplePlan } from '../store/local-ventures.ts'

function nameOf(text: string, fallback: string): string {
  return /^company:\s*\n\s+name:\s*(.+)$/m.exec(text)?.[1]?.trim() ?? fallback
}

export const examples: readonly ExamplePlan[] = [
  { id: 'llm-api-cn-eu', name: nameOf(llmApi, 'llm-api-cn-eu'), text: llmApi },
  { id: 'medical-imaging', name: nameOf(medicalImaging, 'medical-imaging'), text: medicalImaging },
  { id: 'speech-hardware', name: nameOf(speechHardware, 'speech-hardware'), text: speechHardware },
]

/** The application-scenario templates (core `scenarioTemplateIds`; a test keeps the two lists equal). */
export const scenarioIds = [
  'image-recognition',
  'speech',
  'nlp',
  'recommendation',
  'autonomous-driving',
] as const
