export type { LoyaltyScore, LoyaltySignal, ScoreLoyaltyOptions } from './scoreLoyalty'
export { scoreLoyalty } from './scoreLoyalty'
