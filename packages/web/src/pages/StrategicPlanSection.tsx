/**
 * @module pages/StrategicPlanSection
 * The strategy page's plan: the seven steps with their conclusions, supporting figures and what each
 * still lacks (the completeness check), and the OKRs with every key result's start, current, target and
 * grade. Step and column names come from the core catalogue, the same words as the CLI and the report.
 */
import { type StrategyAnalysis, translate } from '@avp/core'
import { useUi } from '../app/context.ts'
import { formatNumber } from '../format/format.ts'

export function StrategicPlanSection({ strategy }: { strategy: StrategyAnalysis }) {
  const { t, language } = useUi()
  const words = (key: string, params?: Record<string, string | number>) =>
    translate(language, `strategy.report.${key}` as never, params)
  const { plan } = strategy
  const grade = (value: number | null) =>
    value === null ? t('common.none') : formatNumber(language, value, 2)
  return (
    <>
      <section aria-labelledby="steps-heading" data-testid="strategic-plan">
        <h2 id="steps-heading">{words('steps')}</h2>
        <p>
          <meter min={0} max={1} value={plan.completenessRatio} aria-label={words('steps')} />{' '}
          {words('completeness', { complete: plan.completeCount })}
        </p>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{words('step')}</th>
                <th scope="col">{t('strategy.conclusions')}</th>
                <th scope="col">{t('strategy.figures')}</th>
                <th scope="col">{words('complete')}</th>
              </tr>
            </thead>
            <tbody>
              {plan.steps.map((step) => (
                <tr key={step.step} className={step.complete ? 'status-ok' : 'status-amber'}>
                  <th scope="row">{translate(language, `report.steps.${step.step}` as never)}</th>
                  <td>
                    {step.conclusions.length > 0 ? (
                      <ul className="plain">
                        {step.conclusions.map((conclusion) => (
                          <li key={conclusion}>{conclusion}</li>
                        ))}
                      </ul>
                    ) : (
                      t('common.none')
                    )}
                  </td>
                  <td>
                    {step.figures.length > 0
                      ? step.figures.map((figure) => (
                          <code key={figure} className="muted">
                            {figure}{' '}
                          </code>
                        ))
                      : t('common.none')}
                  </td>
                  <td>
                    <span className="badge">
                      {step.complete
                        ? t('strategy.stepComplete')
                        : `${words('missingParts')}: ${step.missing.map((part) => t(`strategy.missing.${part}`)).join(', ')}`}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {strategy.objectives.length > 0 ? (
        <section aria-labelledby="okr-heading" data-testid="okrs">
          <h2 id="okr-heading">{words('okrs')}</h2>
          {strategy.objectives.map((objective) => (
            <article key={objective.id}>
              <h3>
                {objective.objective} — {words('grade')}: {grade(objective.grade)}
              </h3>
              <div className="table-wrap">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{words('keyResult')}</th>
                      <th scope="col">{words('start')}</th>
                      <th scope="col">{words('current')}</th>
                      <th scope="col">{words('targetColumn')}</th>
                      <th scope="col">{words('grade')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {objective.keyResults.map((result) => (
                      <tr key={result.title}>
                        <th scope="row">
                          {result.title}
                          {result.figure ? (
                            <>
                              <br />
                              <code className="muted">{result.figure}</code>
                            </>
                          ) : null}
                        </th>
                        <td className="number">{formatNumber(language, result.start, 2)}</td>
                        <td className="number">
                          {result.current === null
                            ? t('common.none')
                            : formatNumber(language, result.current, 2)}
                        </td>
                        <td className="number">{formatNumber(language, result.target, 2)}</td>
                        <td className="number">
                          {result.grade !== null ? (
                            <>
                              <meter min={0} max={1} value={result.grade} aria-label={words('grade')} />{' '}
                              {grade(result.grade)}
                            </>
                          ) : result.ungradedReason === 'figure_undefined' ? (
                            words('figureUndefined')
                          ) : (
                            words('noProgress')
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </article>
          ))}
        </section>
      ) : null}
    </>
  )
}
