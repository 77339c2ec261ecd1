import { expect, it } from 'vitest'
import { FEELINGS } from '../../src'
import type { Feeling } from '../../src'
import { VALENCE } from '../../src/detect/valence'

it('gives every feeling the valence, Ekman group and GoEmotions labels of the design', () => {
  expect(FEELINGS).toEqual({
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
  })
})

it('covers each of the 27 GoEmotions emotions at most once', () => {
  const labels = Object.values(FEELINGS).flatMap((f) => f.goEmotions)
  expect(new Set(labels).size).toBe(labels.length)
  expect(labels).toHaveLength(27)
})

it('gives detectFeelings the valence of FEELINGS for every feeling (its own copy, kept out of FEELINGS for the bundle)', () => {
  expect(Object.keys(VALENCE)).toEqual(Object.keys(FEELINGS))
  for (const [feeling, info] of Object.entries(FEELINGS)) expect(VALENCE[feeling as Feeling], feeling).toBe(info.valence)
})
