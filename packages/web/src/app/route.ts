/**
 * @module app/route
 * The page shown, from the URL's hash (`#/finance`), so links and the back button work without a router.
 */
export const pages = [
  'dashboard',
  'edit',
  'compute',
  'finance',
  'risk',
  'compliance',
  'strategy',
  'guide',
  'compare',
  'account',
] as const
export type Page = (typeof pages)[number]

/**
 * The page a hash names; the dashboard for anything else.
 * @example
 * pageOf('#/finance') //=> 'finance'
 */
export function pageOf(hash: string): Page {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return (pages as readonly string[]).includes(name) ? (name as Page) : 'dashboard'
}

/** The hash of a page. */
export function hashOf(page: Page): string {
  return page === 'dashboard' ? '#/' : `#/${page}`
}
