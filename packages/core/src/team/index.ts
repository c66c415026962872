/**
 * @module team
 * The team plan: headcount and cost by function over time. The only public door of the team engine.
 */
export { type TeamFunction, type TeamMonth, teamInMonth, teamTimeline } from './team-plan.ts'
