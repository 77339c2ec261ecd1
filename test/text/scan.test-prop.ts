// The scan behind tokenize, detectFeelings and scoreLoyalty: what it records beside each token must
// agree with the token, whichever path (fast or general) read it, and nothing may carry over from
// one call to the next through the arrays they reuse.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detectFeelings, scoreLoyalty, tokenize } from '../../src'
import { compileTables, isShouted } from '../../src/_lib/feelingModel'
import { checkOf, hashOf } from '../../src/_lib/hash'
import { Entry, Flag, KIND_NAMES, Mark, Scan, findWord, scanInto } from '../../src/_lib/scan'
import { enDetect } from '../../src/packs/en/detect'

const tricky = fc.constantFrom(
  ' ', '.', ',', '!', '?', "'", '’', '‘', 'ʼ', '@', 'x', 'X', 'D', 'T', '_', ':', '3', 'é', 'I', 'SO', 'sooo', 'NAME', '[', ']',
  'don', 't', 's', 'http://a.b/c', 'www.x.io', 'a@b.co', '😤', '\u0301', 'not', 'happy', 'thank', 'you', 'third', 'time',
  'but', 'BUT', 'ｂｕｔ', 'though', 'still', '9',
)
const anyString = fc.oneof(fc.string({ unit: tricky, maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 40 }))
const tables = compileTables(enDetect)
// `text` scanned with the en word table, as detectFeelings scans it.
const scanned = (text: string): Scan => {
  const scan = new Scan()
  scan.table = tables.words
  return scanInto(text, scan)
}

describe('the word table', () => {
  it('tells every pair of its words apart by their two hashes (its lookup)', () => {
    const words = tables.words
    const seen = new Map<string, string>()
    words.keys.forEach((key, k) => {
      expect([words.hashes[k], words.checks[k]]).toEqual([hashOf(key), checkOf(key)])
      const print = `${hashOf(key)}:${checkOf(key)}`
      expect(seen.get(print) ?? key).toBe(key)
      seen.set(print, key)
    })
    expect(seen.size).toBe(words.keys.length)
  })

  it('finds a word of the table written in capitals or with a curly apostrophe, and no other word', () => {
    // ("frustrate" and "frustratedd" are not in the table; "frustrated" and "don't" are.)
    const scan = scanned('DON’T Frustrated frustratedd frustrate')
    expect([...scan.entryAt.slice(0, 4)].map((e) => (e >= 0 ? tables.words.keys[e] : e))).toEqual(["don't", 'frustrated', -1, -1])
  })
})

describe('the scan, for any string', () => {
  it('gives the tokens tokenize gives, with the hash of each normal form and its entry in the word table', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const scan = scanned(text)
        const tokens = tokenize(text)
        expect(scan.n).toBe(tokens.length)
        tokens.forEach((token, k) => {
          const norm = scan.norms[k] as string
          expect([KIND_NAMES[scan.kindAt[k] as number], norm, scan.starts[k], scan.ends[k]]).toEqual([token.kind, token.norm, token.start, token.end])
          expect(scan.hashes[k]).toBe(hashOf(norm))
          const entry = scan.entryAt[k] as number
          if (entry !== Entry.NOT_LOOKED_UP) expect(entry).toBe(findWord(tables.words, hashOf(norm), norm))
          const flags = scan.flags[k] as number
          // A plain word is neither shouted nor stretched; as written, its normal form is its text.
          if (flags & Flag.PLAIN) {
            expect(isShouted(text, token.start, token.end, tables.acronyms, norm)).toBe(false)
            expect(/(.)\1\1/.test(norm)).toBe(false)
          }
          if (flags & Flag.AS_WRITTEN) expect(norm).toBe(token.text)
          // A word the fast path read carries what a reader would test its text for.
          if (flags & Flag.READ) {
            expect(token.kind).toBe('word')
            expect((flags & Flag.CAPS) !== 0 && !tables.acronyms.has(norm)).toBe(isShouted(text, token.start, token.end, tables.acronyms, norm))
            expect((flags & Flag.STRETCHED) !== 0).toBe(/(.)\1\1/.test(norm))
          }
        })
      }),
      { numRuns: 1500 },
    )
  })

  it('notes a contrast word, or a word it did not look up, whichever path read it (the walk weighs clauses only then)', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        const scan = scanned(text)
        let contrast = false
        for (let k = 0; k < scan.n; k++) if (scan.kindAt[k] === 0 && enDetect.contrast.includes(scan.norms[k] as string)) contrast = true
        // Either the scan saw the contrast word, or it says a word went unlooked-up (and the walk looks).
        if (contrast) expect(scan.marks & (Mark.CONTRAST | Mark.UNLOOKED)).not.toBe(0)
        if ((scan.marks & Mark.UNLOOKED) === 0) for (let k = 0; k < scan.n; k++) if (scan.kindAt[k] === 0) expect(scan.entryAt[k]).not.toBe(Entry.NOT_LOOKED_UP)
      }),
      { numRuns: 1500 },
    )
  })

  it('reads a message the same after any other message (the reused arrays carry nothing over)', () => {
    fc.assert(
      fc.property(anyString, anyString, (first, second) => {
        const alone = [JSON.stringify(detectFeelings(second)), JSON.stringify(tokenize(second)), JSON.stringify(scoreLoyalty(second))]
        detectFeelings(first)
        tokenize(first)
        scoreLoyalty(first)
        expect([JSON.stringify(detectFeelings(second)), JSON.stringify(tokenize(second)), JSON.stringify(scoreLoyalty(second))]).toEqual(alone)
      }),
      { numRuns: 300 },
    )
  })
})

describe('the scan on messages that matter', () => {
  it('reads a long message, then a short one, as if the short one came first', () => {
    const long = 'Third time I am asking. ' + 'My order #4411 is STILL not here and I am so fed up, '.repeat(20) + 'please call me.'
    const short = 'still waiting and so fed up'
    const before = detectFeelings(short)
    detectFeelings(long)
    expect(detectFeelings(short)).toEqual(before)
  })

  it('keeps none of a message\'s words once cleared', () => {
    const scan = scanned('My card ending 4242 was charged twice, Dana Whitfield')
    expect(scan.n).toBe(10)
    scan.clear()
    expect(scan.n).toBe(0)
    expect(scan.norms.filter((norm) => norm !== '')).toEqual([])
  })

  it('weighs the clauses around a contrast word however it is written', () => {
    expect(scanned('fine but slow').marks & Mark.CONTRAST).toBe(Mark.CONTRAST)
    expect(scanned('fine and slow').marks).toBe(0)
    expect(scanned('fine ｂｕｔ slow').marks & Mark.UNLOOKED).toBe(Mark.UNLOOKED)
    const reading = (text: string) => detectFeelings(text).feelings.map((f) => [f.feeling, f.intensity])
    const of = (text: string, feeling: string): number => detectFeelings(text).feelings.find((f) => f.feeling === feeling)?.intensity ?? 0
    // "but" lowers the joy before it and raises the annoyance after it, in any case and in full-width letters.
    const message = 'I love the app but the update is annoying.'
    expect(reading(message).map(([feeling]) => feeling)).toEqual(['frustration', 'joy'])
    expect(of(message, 'frustration')).toBeGreaterThan(of(message.replace('but', 'and'), 'frustration'))
    expect(of(message, 'joy')).toBeLessThan(of(message.replace('but', 'and'), 'joy') - 0.1)
    expect(reading(message.replace('but', 'ｂｕｔ'))).toEqual(reading(message))
    expect(reading(message.replace('but', 'BUT'))).toEqual(reading(message))
  })

  it('takes "still" and "yet" as contrast words only where a clause starts', () => {
    const worry = (text: string) => detectFeelings(text).feelings.find((f) => f.feeling === 'anxiety')?.intensity
    const plain = worry('I am really worried because my parcel is missing')
    expect(plain).toBeGreaterThan(0.8)
    // "still missing", "not come yet": up to now, not a turn in the sentence.
    expect(worry('I am really worried because my parcel is still missing')).toBe(plain)
    expect(worry('I am really worried it has not come yet')).toBe(worry('I am really worried it has not come'))
    // ", still, ...": a turn, which weighs what came before it less.
    expect(worry('I am really worried, still, the parcel is here')).toBeLessThan(plain as number)
    expect(worry('I am really worried, yet the parcel is here')).toBeLessThan(plain as number)
  })

  it('takes a curly apostrophe as a straight one, whichever case the word is in', () => {
    expect(tokenize('DON’T I’m can‘t').map((t) => t.norm)).toEqual(["don't", "i'm", "can't"])
    expect(detectFeelings('I don’t understand why this happened?').primary).toBe(detectFeelings("I don't understand why this happened?").primary)
  })
})
