import { readFileSync } from 'node:fs'
import { analyze, parsePlanText, type VenturePlan } from '@avp/core'
import { describe, expect, it } from 'vitest'
import { layoutSearches } from './layout-searches.ts'

function plan(name: string): VenturePlan {
  const parsed = parsePlanText(
    readFileSync(new URL(`../../../../examples/${name}.yaml`, import.meta.url), 'utf8'),
  )
  if (!parsed.ok) throw new Error(`${name} does not parse`)
  return parsed.plan
}
const demo = plan('llm-api-cn-eu')

describe('layoutSearches', () => {
  const searches = layoutSearches(demo, 'en')

  it('returns one search per training and fine-tuning run, ranked by step time', () => {
    const runs = demo.models.reduce(
      (sum, model) => sum + (model.training ? 1 : 0) + model.fineTuning.length,
      0,
    )
    expect(searches).toHaveLength(runs)
    for (const search of searches) {
      const ranked = search.result!.ranked
      expect(ranked.length).toBeGreaterThan(0)
      expect(ranked.length).toBeLessThanOrEqual(5)
      for (let index = 1; index < ranked.length; index++)
        expect(ranked[index]!.stepTimeSeconds).toBeGreaterThanOrEqual(ranked[index - 1]!.stepTimeSeconds)
      expect(search.result!.descriptions).toHaveLength(ranked.length)
    }
  })

  it('returns nearest misses that are over the GPU memory by a positive amount', () => {
    for (const search of searches)
      for (const miss of search.result!.nearestMisses) expect(miss.overByGiB).toBeGreaterThan(0)
  })

  it('returns as the best layout the one the analysis plans a searched run with', () => {
    const training = analyze(demo).compute.training
    const searched = training.findIndex((run) => run.layoutSearched)
    expect(searched).toBeGreaterThanOrEqual(0)
    const best = searches[searched]!.result!.ranked[0]!.layout
    expect(training[searched]!.layout.tensorParallel).toBe(best.tensorParallel)
    expect(training[searched]!.layout.pipelineParallel).toBe(best.pipelineParallel)
    expect(training[searched]!.layout.dataParallel).toBe(best.dataParallel)
  })

  it('returns the reason when no layout fits (one GPU for the whole run)', () => {
    const model = demo.models.find((each) => each.training)!
    const tiny: VenturePlan = {
      ...demo,
      models: [
        { ...model, training: { ...model.training!, gpus: 1, layout: undefined } as never, fineTuning: [] },
      ],
    }
    const [search] = layoutSearches(tiny, 'zh-CN')
    expect(search!.result).toBeNull()
    expect(search!.failure?.length).toBeGreaterThan(0)
  })
})
