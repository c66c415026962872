/** English texts of the `reference` section (see `../en.ts`). */
export const reference = {
  model: 'model',
  risk: 'risk',
} as const
