/**
 * @module plan/references
 * Checks that span several fields and so cannot live in the schema: unique ids, references between
 * sections, date order and well-formed ranges. Runs on a plan that already passed the schema.
 */
import { type Issue, type IssuePath, UserError } from '../errors.ts'
import { parseExpression } from '../expression/index.ts'
import { closestNames } from '../text/closest.ts'
import { parsePlanPath, valueAtPath } from './plan-path.ts'
import { riskSectionIssues } from './risk-checks.ts'
import type { VenturePlan } from './venture-plan.ts'

function duplicateIds(items: ReadonlyArray<{ id: string }>, section: IssuePath): Issue[] {
  const seen = new Map<string, number>()
  const issues: Issue[] = []
  items.forEach((item, index) => {
    const first = seen.get(item.id)
    if (first === undefined) seen.set(item.id, index)
    else {
      const other = `${section.join('.')}[${first}]`
      issues.push({
        code: 'duplicate_id',
        path: [...section, index, 'id'],
        message: `the id "${item.id}" is already used by ${other}`,
        params: { value: item.id, other },
      })
    }
  })
  return issues
}

function reference(
  value: string | undefined,
  ids: readonly string[],
  kind: string,
  path: IssuePath,
): Issue[] {
  if (value === undefined || ids.includes(value)) return []
  const suggestion = closestNames(value, ids, 1)[0]
  const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`
  return [
    {
      code: 'unknown_reference',
      path,
      message: `no ${kind} has the id "${value}"${hint}`,
      params: { kind, value, suggestion: suggestion ?? null },
    },
  ]
}

function monthOrder(
  start: string,
  end: string | undefined,
  path: IssuePath,
  names: [string, string],
): Issue[] {
  if (end === undefined || end >= start) return []
  return [
    {
      code: 'month_order',
      path,
      message: `${names[1]} (${end}) is before ${names[0]} (${start})`,
      params: { earlier: names[0], earlierValue: start, later: names[1], laterValue: end },
    },
  ]
}

function notBeforeFounding(value: string, foundedOn: string, path: IssuePath): Issue[] {
  if (value >= foundedOn.slice(0, value.length)) return []
  return [
    {
      code: 'before_founding',
      path,
      message: `${value} is before the company was founded (${foundedOn})`,
      params: { value, foundedOn },
    },
  ]
}

function architectureIssues(plan: VenturePlan): Issue[] {
  return plan.models.flatMap((model, index) => {
    const a = model.architecture
    const path = ['models', index, 'architecture']
    const issues: Issue[] = []
    const shaped = a.layers !== undefined && a.hiddenSize !== undefined && a.attentionHeads !== undefined
    if (a.preset === undefined && a.parameters === undefined && !shaped) {
      issues.push({
        code: 'architecture_incomplete',
        path,
        message: 'give a preset, the parameter count, or layers, hiddenSize and attentionHeads',
      })
    }
    if (
      a.attentionHeads !== undefined &&
      a.keyValueHeads !== undefined &&
      a.attentionHeads % a.keyValueHeads !== 0
    ) {
      issues.push({
        code: 'heads_not_divisible',
        path: [...path, 'keyValueHeads'],
        message: `attentionHeads (${a.attentionHeads}) must be a multiple of keyValueHeads (${a.keyValueHeads})`,
        params: { heads: a.attentionHeads, kvHeads: a.keyValueHeads },
      })
    }
    return issues
  })
}

function assumptionIssues(plan: VenturePlan): Issue[] {
  return plan.assumptions.flatMap((assumption, index) => {
    const path = ['assumptions', index]
    const issues: Issue[] = []
    const { min, mostLikely, max } = assumption
    if (!(min <= mostLikely && mostLikely <= max)) {
      issues.push({
        code: 'range_order',
        path,
        message: `expected min ≤ mostLikely ≤ max, got ${min} / ${mostLikely} / ${max}`,
        params: { min, mostLikely, max },
      })
    }
    const target = parsePlanPath(assumption.path)
    if (target === undefined || typeof valueAtPath(plan, target) !== 'number') {
      issues.push({
        code: 'assumption_path',
        path: [...path, 'path'],
        message: `the path "${assumption.path}" does not name a number in this plan`,
        params: { value: assumption.path },
      })
    }
    return issues
  })
}

/** Syntax errors in an expression field; figure names are checked later, against the analysis. */
function expressionIssues(text: string | undefined, path: IssuePath): Issue[] {
  if (text === undefined) return []
  try {
    parseExpression(text, { path })
    return []
  } catch (error) {
    if (error instanceof UserError) return [...error.issues]
    throw error
  }
}

/** Every cross-field problem of a schema-valid plan, in plan order. */
export function checkReferences(plan: VenturePlan): Issue[] {
  const founded = plan.company.foundedOn
  const modelIds = plan.models.map((model) => model.id)
  const riskIds = plan.risks.register.map((risk) => risk.id)
  return [
    ...notBeforeFounding(plan.asOf, founded, ['asOf']),
    ...duplicateIds(plan.products, ['products']),
    ...plan.products.flatMap((product, index) =>
      reference(product.servingModel, modelIds, 'model', ['products', index, 'servingModel']),
    ),
    ...duplicateIds(plan.models, ['models']),
    ...architectureIssues(plan),
    ...plan.team.roles.flatMap((role, index) =>
      monthOrder(
        role.startMonth,
        role.endMonth,
        ['team', 'roles', index, 'endMonth'],
        ['startMonth', 'endMonth'],
      ),
    ),
    ...plan.funding.instruments.flatMap((instrument, index) => {
      const date =
        'signedOn' in instrument
          ? instrument.signedOn
          : 'issuedOn' in instrument
            ? instrument.issuedOn
            : instrument.month
      const key = 'signedOn' in instrument ? 'signedOn' : 'issuedOn' in instrument ? 'issuedOn' : 'month'
      return notBeforeFounding(date, founded, ['funding', 'instruments', index, key])
    }),
    ...duplicateIds(plan.funding.plannedRounds, ['funding', 'plannedRounds']),
    ...plan.funding.plannedRounds.flatMap((round, index) =>
      notBeforeFounding(round.month, founded, ['funding', 'plannedRounds', index, 'month']),
    ),
    ...plan.finance.otherCosts.flatMap((cost, index) =>
      cost.startMonth === undefined
        ? []
        : monthOrder(
            cost.startMonth,
            cost.endMonth,
            ['finance', 'otherCosts', index, 'endMonth'],
            ['startMonth', 'endMonth'],
          ),
    ),
    ...duplicateIds(plan.risks.register, ['risks', 'register']),
    ...riskSectionIssues(plan.risks),
    ...duplicateIds(plan.risks.indicators, ['risks', 'indicators']),
    ...plan.risks.indicators.flatMap((indicator, index) =>
      reference(indicator.risk, riskIds, 'risk', ['risks', 'indicators', index, 'risk']),
    ),
    ...plan.risks.indicators.flatMap((indicator, index) =>
      expressionIssues(indicator.value, ['risks', 'indicators', index, 'value']),
    ),
    ...duplicateIds(plan.strategy.objectives, ['strategy', 'objectives']),
    ...plan.strategy.objectives.flatMap((objective, index) =>
      objective.keyResults.flatMap((keyResult, resultIndex) =>
        expressionIssues(keyResult.figure, [
          'strategy',
          'objectives',
          index,
          'keyResults',
          resultIndex,
          'figure',
        ]),
      ),
    ),
    ...duplicateIds(plan.assumptions, ['assumptions']),
    ...assumptionIssues(plan),
  ]
}
