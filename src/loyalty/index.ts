export type { LoyaltyScore, LoyaltySignal, ScoreLoyaltyOptions } from './scoreLoyalty'
export { scoreLoyalty } from './scoreLoyalty'
export type { EmergingTag, LoyaltyItem, TagTally, TrendBucket, TrendLoyaltyOptions, TrendReport } from './trendLoyalty'
export { trendLoyalty } from './trendLoyalty'
