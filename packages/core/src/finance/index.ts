/**
 * @module finance
 * The finance engine's one public door: exact cap tables, safe and note conversion in priced rounds, safes at
 * an acquisition, the exit waterfall and its payout chart, and the default-alive calculation.
 */
export { capTable } from './captable/cap-table.ts'
export type {
  LiquidityHolderPayout,
  LiquidityInput,
  LiquidityResult,
  SafeAtLiquidity,
} from './captable/liquidity.ts'
export { safesAtLiquidity } from './captable/liquidity.ts'
export type {
  CapTableEvent,
  CapTableInput,
  CapTableResult,
  ClassResult,
  ConversionBasis,
  ConversionResult,
  ConvertibleNote,
  Crowdfunding,
  DayCount,
  DecimalInput,
  HolderResult,
  Holding,
  PoolChange,
  PostMoneySafe,
  PreMoneySafe,
  PricedRound,
  PricingConvention,
  ProRataRight,
  RoundInvestment,
  RoundingRule,
  RoundResult,
  ShareKind,
  StrategicInvestment,
} from './captable/types.ts'
export { YC_GUIDE_ROUNDING } from './captable/types.ts'
export type { DefaultAliveInput, DefaultAliveResult } from './default-alive.ts'
export { defaultAlive, impliedWeeklyGrowth } from './default-alive.ts'
export type { PreferenceTerms } from './waterfall/from-cap-table.ts'
export { waterfallClasses } from './waterfall/from-cap-table.ts'
export type { PayoutSeries } from './waterfall/series.ts'
export { exitValueGrid, payoutSeries } from './waterfall/series.ts'
export type {
  ClassHolding,
  ClassPayout,
  CommonClass,
  HolderPayout,
  Participation,
  PreferredClass,
  WaterfallClass,
  WaterfallInput,
  WaterfallResult,
} from './waterfall/types.ts'
export { waterfall } from './waterfall/waterfall.ts'
