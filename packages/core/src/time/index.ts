export { addMonths, monthOf, monthRange, monthsBetween } from './month.ts'
