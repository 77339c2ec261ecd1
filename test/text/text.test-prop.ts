import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalize, splitSentences, tokenize } from '../../src'

// Strings drawn from the whole of UTF-16 (lone surrogates included), full Unicode, and a mix of
// the characters the scanners treat specially.
const tricky = fc.constantFrom(
  ' ', '\n', '\r\n', '.', '!', '?', ':', ')', '(', '@', '#', 'x', 'D', '3', "'", '’', '\u200D', '\uFE0F',
  '\u0301', '👩', '🏽', '🇵', '😤', '\uD800', '\uDC00', 'www.', 'http://', 'a@b.co', '...', '…', '<3',
)
const anyString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: tricky, maxLength: 40 }),
)

describe('text primitives, for any string', () => {
  it('tokens slice back to their own text, in order and within bounds', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        let last = 0
        for (const t of tokenize(text)) {
          expect(t.start).toBeGreaterThanOrEqual(last)
          expect(t.end).toBeGreaterThan(t.start)
          expect(t.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(t.start, t.end)).toBe(t.text)
          last = t.end
        }
      }),
      { numRuns: 500 },
    )
  })

  it('sentences slice back to their own text, in order and within bounds', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        let last = 0
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last)
          expect(s.end).toBeGreaterThan(s.start)
          expect(s.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(s.start, s.end)).toBe(s.text)
          last = s.end
        }
      }),
      { numRuns: 500 },
    )
  })

  it('normalize is idempotent, with and without case folding', () => {
    fc.assert(
      fc.property(anyString, fc.boolean(), (text, foldCase) => {
        const once = normalize(text, { foldCase })
        expect(normalize(once, { foldCase })).toBe(once)
      }),
      { numRuns: 500 },
    )
  })

  it('every word token of the input is found again after normalize', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (text) => {
        const words = tokenize(text).filter((t) => t.kind === 'word').map((t) => t.norm)
        const again = tokenize(normalize(text)).filter((t) => t.kind === 'word').map((t) => t.norm)
        expect(again).toEqual(words)
      }),
      { numRuns: 300 },
    )
  })
})
