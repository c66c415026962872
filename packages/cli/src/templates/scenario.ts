/**
 * @module templates/scenario
 * The plan of an application-scenario template. The builder lives in core (`scenarioPlan`), so the web
 * app creates exactly the plan `avp init --template <scenario>` writes.
 */
export { scenarioPlan } from '@avp/core'
