/** English texts of the `issue` section (see `../en.ts`). */
export const issue = {
  unknownGpu: 'unknown GPU "{value}"',
  fitsNowhere:
    'no layout fits in {memoryLimitGiB} GiB per {gpu}: the closest ({nearestLayout}) needs {nearestMemoryGiB} GiB, {overByGiB} GiB too many; add GPUs, use a GPU with more memory, or lower the global batch',
  layoutGpuMismatch:
    'tensorParallel × pipelineParallel × dataParallel = {product}, but the GPU count is {gpuCount}',
  expected: 'expected {expected}, got {received}',
  missing: 'required, but missing',
  unknownKey: 'unknown key "{key}"',
  oneOf: 'expected one of {options}, got {received}',
  didYouMean: 'did you mean "{suggestion}"?',
  syntax: '{detail}',
  duplicateId: 'the id "{value}" is already used by {other}',
  unknownReference: 'no {kind} has the id "{value}"',
  rangeOrder: 'expected min ≤ mostLikely ≤ max, got {min} / {mostLikely} / {max}',
  monthOrder: '{later} ({laterValue}) is before {earlier} ({earlierValue})',
  beforeFounding: '{value} is before the company was founded ({foundedOn})',
  architectureIncomplete: 'give a preset, the parameter count, or layers, hiddenSize and attentionHeads',
  headsNotDivisible: 'attentionHeads ({heads}) must be a multiple of keyValueHeads ({kvHeads})',
  assumptionPath: 'the path "{value}" does not name a number in this plan',
  formatTooNew:
    'this plan has format version {version}, newer than this program reads ({current}); upgrade avp',
  formatUnknown: 'formatVersion must be a whole number from 1 to {current}',
  expression: '{detail}',
  unknownFigure: 'unknown figure "{name}"',
  invalid: '{detail}',
} as const
