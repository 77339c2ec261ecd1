export type { ClosureNote, ClosureNoteInput, ClosureNoteOptions, ClosurePart } from './closureNote'
export { closureNote, tryClosureNote } from './closureNote'
