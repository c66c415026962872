/** English texts of the `received` section (see `../en.ts`). */
export const received = {
  nothing: 'nothing',
  list: 'a list',
  mapping: 'a mapping',
} as const
