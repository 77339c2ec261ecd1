import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFeelings } from '../../src'
import { ownWords } from '../../src/_lib/ownWords'

const pieces = fc.constantFrom(
  'not ', 'never ', 'so ', 'SO ', 'but ', 'thanks ', 'for nothing', 'great, another ', 'worried ', 'third time ', 'on hold ',
  'for 2 weeks ', '$49.99 ', 'birthday ', 'Saturday ', '!!!', '?', '. ', '\n', '😡', '🙏', ':)', 'sooo ', '\uD800', '\u0301', 'é',
  // Email furniture: quoted lines, reply headers, sign-offs.
  '\n> ', '> ', '\nOn Mon, Acme wrote:\n', '\n-----Original Message-----\n', '\nFrom: a\nSent: b\n', '\nThanks,\n', 'Maria', '\nBest regards, ', '\r\n', '\nSent from my iPhone',
)
const texts = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: pieces, maxLength: 30 }))

describe("ownWords (what detectFeelings reads of an email), for any string", () => {
  it('keeps every offset: the same length, each character kept or made a space (a full stop first), line breaks kept', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const own = ownWords(text)
        expect(own.length).toBe(text.length)
        for (let k = 0; k < text.length; k++) {
          const c = own[k]
          // (A blanked run starts with a full stop, so that no phrase is read across it.)
          if (c !== text[k]) expect(c === ' ' || (c === '.' && (k === 0 || own[k - 1] !== ' '))).toBe(true)
          if (text[k] === '\n') expect(c).toBe('\n')
        }
      }),
      { numRuns: 400 },
    )
  })
})

describe('detectFeelings, for any string', () => {
  it('never throws, and every span slices back to its evidence text', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const reading = detectFeelings(text)
        const evidence = [...reading.feelings.flatMap((f) => f.evidence), ...reading.concerns.flatMap((c) => c.evidence), ...reading.signals.flatMap((s) => s.evidence)]
        for (const e of evidence) {
          expect(e.start).toBeGreaterThanOrEqual(0)
          expect(e.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(e.start, e.end)).toBe(e.text)
        }
        for (const f of reading.feelings) {
          expect(f.intensity).toBeGreaterThan(0)
          expect(f.intensity).toBeLessThanOrEqual(1)
        }
        expect(reading.polarity.score).toBeGreaterThanOrEqual(-1)
        expect(reading.polarity.score).toBeLessThanOrEqual(1)
        expect(reading.primary).toBe(reading.feelings[0]?.feeling ?? null)
      }),
      { numRuns: 400 },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(detectFeelings(text)).toEqual(detectFeelings(text))
      }),
      { numRuns: 200 },
    )
  })
})
