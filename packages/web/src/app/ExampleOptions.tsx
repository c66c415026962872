/**
 * @module app/ExampleOptions
 * The options of a "new venture from…" select: the bundled examples (value: the example id) and the
 * application-scenario templates (value: `scenario:<id>`), in two labelled groups.
 */
import type { ExamplePlan } from '../store/local-ventures.ts'
import { useUi } from './context.ts'
import { scenarioIds } from './examples.ts'

export function ExampleOptions({ examples }: { examples: readonly ExamplePlan[] }) {
  const { t } = useUi()
  return (
    <>
      <optgroup label={t('scenario.examples')}>
        {examples.map((example) => (
          <option key={example.id} value={example.id}>
            {example.name}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('scenario.templates')}>
        {scenarioIds.map((id) => (
          <option key={id} value={`scenario:${id}`}>
            {t(`scenario.template.${id}`)}
          </option>
        ))}
      </optgroup>
    </>
  )
}
