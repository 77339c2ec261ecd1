import type { Feeling } from '../types/core'

// The valence of each feeling, as `FEELINGS` gives it, for the readers that need only the valence
// (polarity, trajectory, which feelings a reply treats as bad news) and not the Ekman groups and
// GoEmotions labels. Written out rather than read from `FEELINGS`: a property read at the top of a
// module keeps `FEELINGS` in every bundle that touches it. A test holds the two equal.
export const VALENCE: Readonly<Record<Feeling, 'positive' | 'negative' | 'ambiguous'>> = {
  frustration: 'negative',
  anger: 'negative',
  disgust: 'negative',
  anxiety: 'negative',
  sadness: 'negative',
  disappointment: 'negative',
  embarrassment: 'negative',
  exhaustion: 'negative',
  confusion: 'ambiguous',
  surprise: 'ambiguous',
  gratitude: 'positive',
  relief: 'positive',
  joy: 'positive',
  hope: 'positive',
}
