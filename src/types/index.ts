export type {
  AccessibilityNeed,
  Channel,
  Concern,
  ConcernFound,
  CustomerContext,
  CustomerPromise,
  Evidence,
  Feeling,
  FeelingFound,
  FeelingReading,
  Finding,
  Issue,
  Milestone,
  Polarity,
  Result,
  Severity,
  Signal,
  SignalFound,
  Span,
  Tone,
} from './core'
export type { AttuneErrorCode } from './AttuneError'
export { AttuneError, isAttuneError } from './AttuneError'
export type { DetectTables, FeelingCue, FeelingLexicon, LintRule, LintTables, LoyaltyTables, LoyaltyTag, LoyaltyTarget, Message, MessageVarType, NegationTables, Pack, TopicCue } from './pack'
