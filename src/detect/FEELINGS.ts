import type { Feeling } from '../types/core'

/**
 * What one feeling is, for comparison with other tools and data sets.
 *
 * @example
 * const info: FeelingInfo = { valence: 'negative', ekman: 'anger', goEmotions: ['annoyance', 'disapproval'] }
 *
 * @category Detect
 */
export type FeelingInfo = {
  /** Positive for the joy group, ambiguous for confusion and surprise, negative for the rest. */
  valence: 'positive' | 'negative' | 'ambiguous'
  /** Ekman's basic emotion group. */
  ekman: 'anger' | 'disgust' | 'fear' | 'joy' | 'sadness' | 'surprise'
  /** The GoEmotions labels (Demszky et al. 2020) that this feeling covers. */
  goEmotions: readonly string[]
}

/**
 * The fourteen feelings with their valence, Ekman group and GoEmotions labels, in the order of the
 * design. Exhaustion has no GoEmotions label; attune finds it from its own cues.
 *
 * @example
 * FEELINGS.frustration
 * //=> { valence: 'negative', ekman: 'anger', goEmotions: ['annoyance', 'disapproval'] }
 *
 * @category Detect
 */
export const FEELINGS: Readonly<Record<Feeling, FeelingInfo>> = {
  frustration: { valence: 'negative', ekman: 'anger', goEmotions: ['annoyance', 'disapproval'] },
  anger: { valence: 'negative', ekman: 'anger', goEmotions: ['anger'] },
  disgust: { valence: 'negative', ekman: 'disgust', goEmotions: ['disgust'] },
  anxiety: { valence: 'negative', ekman: 'fear', goEmotions: ['fear', 'nervousness'] },
  sadness: { valence: 'negative', ekman: 'sadness', goEmotions: ['sadness', 'grief'] },
  disappointment: { valence: 'negative', ekman: 'sadness', goEmotions: ['disappointment'] },
  embarrassment: { valence: 'negative', ekman: 'sadness', goEmotions: ['embarrassment', 'remorse'] },
  exhaustion: { valence: 'negative', ekman: 'sadness', goEmotions: [] },
  confusion: { valence: 'ambiguous', ekman: 'surprise', goEmotions: ['confusion', 'curiosity'] },
  surprise: { valence: 'ambiguous', ekman: 'surprise', goEmotions: ['surprise', 'realization'] },
  gratitude: { valence: 'positive', ekman: 'joy', goEmotions: ['gratitude'] },
  relief: { valence: 'positive', ekman: 'joy', goEmotions: ['relief'] },
  joy: { valence: 'positive', ekman: 'joy', goEmotions: ['joy', 'amusement', 'excitement', 'love', 'admiration', 'approval', 'pride'] },
  hope: { valence: 'positive', ekman: 'joy', goEmotions: ['optimism', 'desire', 'caring'] },
}

/** The feelings in the order of the design, as a list. */
export const FEELING_LIST = Object.keys(FEELINGS) as Feeling[]
