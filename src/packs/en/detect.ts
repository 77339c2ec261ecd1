import { unmarked } from '../../_lib/direct'
import type { DetectTables } from '../../types/pack'
import { cueNotes } from './cueNotes'
import { lexiconSource } from './lexicon.generated'
import { enAddressedBy, enTables } from './tables'

const noted = <T extends { id: string }>(cues: readonly T[]): (T & { note: string })[] => cues.map((cue) => ({ ...cue, note: cueNotes[cue.id] ?? '' }))

// The reframe a concern cue asks for (`TopicCue.reframe`), by cue id: a hazard is met with safety
// first, a service that is down with getting it working again, photos or files lost with getting
// back as much as we can, hardship with a way through. Kept
// here, not in `enTables`, because detectFeelings never reads them.
const reframes: Record<string, string> = {
  hazard: 'reframe.safety',
  'gas-leak': 'reframe.gas',
  smoke: 'reframe.safety',
  'too-hot': 'reframe.safety',
  'supply-off': 'reframe.access-service',
  'boiler-broken': 'reframe.access-service',
  'cut-off': 'reframe.access-service',
  'lift-broken': 'reframe.access-service',
  'door-wont-open': 'reframe.access-service',
  'data-lost': 'reframe.data-lost',
  'service-down': 'reframe.access-service',
  down: 'reframe.access-service',
  'connection-drops': 'reframe.access-service',
  'no-device': 'reframe.access-another-way',
  hardship: 'reframe.hardship',
  'data-request': 'reframe.request',
}

// The tables with each cue's note (see cueNotes.ts), each concern cue's reframe and the lexicon's
// source put back, and the phrases of an agent's reply that deal with a concern (`enAddressedBy`),
// which `enTables` leaves to `readConversation`.
function withNotes(tables: typeof enTables): DetectTables {
  const concernCues = noted(tables.concernCues).map((cue) => {
    const reframe = reframes[cue.id]
    return reframe ? { ...cue, reframe } : cue
  })
  // The direct phrases, marked in `enTables` with a closing "!" (which keeps the detect bundle 0.2 KB
  // smaller than lists of them), are listed in `direct` again, the documented shape of a cue.
  const feelingCues = noted(tables.feelingCues).map((cue) => {
    const direct = cue.phrases.filter((phrase) => unmarked(phrase) !== phrase).map(unmarked)
    return direct.length ? { ...cue, phrases: cue.phrases.map(unmarked), direct } : cue
  })
  return { ...tables, lexicon: { ...tables.lexicon, source: lexiconSource }, addressedBy: enAddressedBy, feelingCues, concernCues, signalCues: noted(tables.signalCues) }
}

/**
 * The English detection tables: fitted word weights, hand-written cues (each with a note on why it
 * is there) and the word lists the rules use. Part of the `en` pack; `detectFeelings` reads the same
 * tables by default (without the notes, which it has no use for).
 *
 * @example
 * import { enDetect } from 'attune/packs/en'
 * enDetect.feelingCues.find((cue) => cue.id === 'fed-up')?.feelings
 * //=> { frustration: 2.6 }
 *
 * @category Packs
 */
// (Marked pure, so a bundle that never uses it leaves it and the notes out.)
export const enDetect: DetectTables = /* @__PURE__ */ withNotes(enTables)
