export type { Acknowledgment, AcknowledgmentPart, AcknowledgeInput, AcknowledgeOptions, CaseOwner, UpdatesChannel } from './acknowledge'
export { acknowledge, tryAcknowledge } from './acknowledge'
