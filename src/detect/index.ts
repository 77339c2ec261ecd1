export type { DetectFeelingsOptions } from './detectFeelings'
export { detectFeelings } from './detectFeelings'
export type { FeelingInfo } from './FEELINGS'
export { FEELINGS } from './FEELINGS'
export type {
  ConversationConcern,
  ConversationReading,
  ConversationSignal,
  ConversationTurn,
  ReadConversationOptions,
  TurnEvidence,
  TurnReading,
  UnaddressedConcern,
} from './readConversation'
export { readConversation } from './readConversation'
