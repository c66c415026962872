/** English texts of the `plan` section (see `../en.ts`). */
export const plan = {
  invalid: 'The plan has {count} problem(s):',
  upgraded: 'Upgraded the plan from format {from} to {to}: {change}',
} as const
