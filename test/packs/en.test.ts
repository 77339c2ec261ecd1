import { describe, expect, it } from 'vitest'
import { detectFeelings } from '../../src'
import { en, enDetect } from '../../src/packs/en'
import { FEELINGS } from '../../src/detect/FEELINGS'
import { cueNotes } from '../../src/packs/en/cueNotes'
import { compileTables, spellingsOf } from '../../src/_lib/feelingModel'
import { findWord } from '../../src/_lib/scan'
import { hashOf } from '../../src/_lib/hash'
import { enTables } from '../../src/packs/en/tables'
import { phraseSpans } from '../../scripts/phrase-strings'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('the en pack detection tables', () => {
  it('identifies itself', () => {
    expect(en).toMatchObject({ id: 'attune/en', locale: 'en', detect: enDetect })
  })

  it('gives every cue a unique kebab-case id, phrases and a note', () => {
    const cues = [...enDetect.feelingCues, ...enDetect.concernCues, ...enDetect.signalCues]
    const ids = cues.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const cue of cues) {
      expect(cue.id).toMatch(kebab)
      expect(cue.phrases.length).toBeGreaterThan(0)
      expect(cue.note.trim().length).toBeGreaterThan(10)
      for (const phrase of cue.phrases) expect(phrase).toBe(phrase.toLowerCase().trim())
    }
  })

  it('lets the ordering scripts find every phrase string a cue is written with, and only those', () => {
    // scripts/order-phrases.ts and scripts/polish-order.ts reorder the phrases inside the strings
    // phraseSpans finds; a string they missed would keep its order, one too many could be a word list.
    const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'packs', 'en', 'tables.ts'), 'utf8')
    const found = phraseSpans(source).map(({ start, end }) => JSON.parse(`"${source.slice(start, end)}"`) as string)
    const written = [...enTables.feelingCues, ...enTables.concernCues, ...enTables.signalCues].flatMap((cue) => {
      // (A cue whose phrases are made by a helper, `keepDoing` say, is written with no string.)
      const inString = source.includes(`Cue('${cue.id}', "`) || source.includes(`Cue('${cue.id}', '${'of' in cue ? cue.of : ''}', "`)
      return [...(inString ? [cue.phrases.join('|')] : []), ...('near' in cue && cue.near ? [cue.near.words.join('|')] : [])]
    })
    for (const list of written) expect(found, list.slice(0, 40)).toContain(list)
    expect(found.length).toBe(written.length + [...source.matchAll(/\bp\("/g)].length)
  })

  it('keeps a note for every cue and none for a cue that is gone (the notes live apart from the tables)', () => {
    const ids = new Set([...enDetect.feelingCues, ...enDetect.concernCues, ...enDetect.signalCues].map((c) => c.id))
    expect(Object.keys(cueNotes).filter((id) => !ids.has(id))).toEqual([])
    expect([...ids].filter((id) => !(cueNotes[id] ?? '').trim())).toEqual([])
  })

  it('weights only feelings the design knows', () => {
    for (const cue of enDetect.feelingCues) for (const feeling of Object.keys(cue.feelings)) expect(Object.keys(FEELINGS)).toContain(feeling)
  })

  it('does not list a phrase twice within one cue, nor one that another phrase spells (the tables list "can\'t", not "cannot" too)', () => {
    for (const cue of [...enDetect.feelingCues, ...enDetect.concernCues, ...enDetect.signalCues]) {
      expect(new Set(cue.phrases).size, cue.id).toBe(cue.phrases.length)
      const spelled = cue.phrases.filter((phrase) => cue.phrases.some((other) => other !== phrase && spellingsOf(other, enDetect.spellings ?? []).includes(phrase)))
      expect(spelled, cue.id).toEqual([])
    }
  })

  it('finds every concern and signal phrase as it is written (a phrase the reader splits differently, "a&e" for "a & e", never matches)', () => {
    const unmatched: string[] = []
    for (const cue of [...enDetect.concernCues, ...enDetect.signalCues]) {
      for (const phrase of cue.phrases) {
        // A cue that needs a word near it is read beside one of its first near words, after or before.
        const texts = cue.near ? cue.near.words.slice(0, 3).flatMap((word) => [`${phrase} ${word}`, `${word} ${phrase}`]) : [phrase]
        const found = texts.some((text) => {
          const reading = detectFeelings(text)
          return [...reading.concerns, ...reading.signals].some((hit) => hit.evidence.some((e) => e.cue === cue.id))
        })
        if (!found) unmatched.push(`${cue.id}: ${phrase}`)
      }
    }
    expect(unmatched).toEqual([])
  })

  it('knows every one of the most common English words, so a plain English message is not taken for another language', () => {
    // prettier-ignore
    const common = [
      'the', 'be', 'to', 'of', 'and', 'a', 'in', 'that', 'have', 'i', 'it', 'for', 'not', 'on', 'with', 'he', 'as',
      'you', 'do', 'at', 'this', 'but', 'his', 'by', 'from', 'they', 'we', 'say', 'her', 'she', 'or', 'an', 'will',
      'my', 'one', 'all', 'would', 'there', 'their', 'what', 'so', 'up', 'out', 'if', 'about', 'who', 'get', 'which',
      'go', 'me', 'when', 'make', 'can', 'like', 'time', 'no', 'just', 'him', 'know', 'take', 'people', 'into',
      'year', 'your', 'good', 'some', 'could', 'them', 'see', 'other', 'than', 'then', 'now', 'look', 'only', 'come',
      'its', 'over', 'think', 'also', 'back', 'after', 'use', 'two', 'how', 'our', 'work', 'first', 'well', 'way',
      'even', 'new', 'want', 'because', 'any', 'these', 'give', 'day', 'most', 'us', 'is', 'are', 'was', 'were',
      'been', 'has', 'had', 'did', 'does', "i'm", "it's", "don't", 'order', 'account', 'please', 'help', 'still',
    ]
    const { words } = compileTables(enTables)
    expect(common.filter((word) => findWord(words, hashOf(word), word) < 0)).toEqual([])
    // A message mostly of those words is read as English: its one feeling word is not lost to the
    // check that gives text in another language an empty reading.
    const names = (text: string) => detectFeelings(text).feelings.map((f) => f.feeling)
    expect(names('I think there is some of it with them up there now, so give us a look if you like, I am furious')).toContain('anger')
    expect(names('Je pense que le colis est perdu, je suis furieux')).toEqual([])
  })

  it('lists the direct phrases that its tables mark with a closing "!" in `direct`, and reads a marked phrase as direct in any pack', () => {
    const fedUp = enDetect.feelingCues.find((cue) => cue.id === 'fed-up')
    // (In the order of the cue's phrases, which scripts/order-phrases.ts sets for gzip: compared as a set.)
    expect([...(fedUp?.direct ?? [])].sort()).toEqual(['fed up', 'had enough', 'losing my patience', 'lost my patience', 'out of patience', 'sick and tired', 'sick of', 'tired of'])
    for (const cue of enDetect.feelingCues) for (const phrase of cue.phrases) expect(phrase, cue.id).not.toMatch(/[^\s!]!$/)
    // A phrase marked "!" in a pack's own cue states its feeling outright, as `direct` would.
    const cue = { id: 'bonkers', phrases: ['gone bonkers!'], feelings: { frustration: 0.5 }, note: 'A team idiom.' }
    const pack = { ...en, id: 'acme/en', detect: { ...enDetect, feelingCues: [...enDetect.feelingCues, cue] } }
    const listed = { ...en, id: 'acme/en2', detect: { ...enDetect, feelingCues: [...enDetect.feelingCues, { ...cue, phrases: ['gone bonkers'], direct: ['gone bonkers'] }] } }
    const reading = detectFeelings('the app has gone bonkers', { pack })
    expect(reading.feelings.map((f) => f.feeling)).toContain('frustration')
    expect(reading).toEqual(detectFeelings('the app has gone bonkers', { pack: listed }))
  })

  it('lists single words where the rules match single tokens', () => {
    for (const word of [...enDetect.events, ...enDetect.times, ...enDetect.durationUnits, ...enDetect.negators, ...enDetect.contrast, ...enDetect.commonWords]) {
      expect(word, word).toMatch(/^[a-z0-9']+$/)
    }
  })

  it('ships a lexicon fitted for every feeling, with thresholds between 0 and 1', () => {
    expect(enDetect.lexicon.feelings).toEqual(Object.keys(FEELINGS))
    expect(enDetect.lexicon.bias).toHaveLength(14)
    for (const t of enDetect.lexicon.thresholds) expect(t > 0 && t < 1).toBe(true)
    // (About 240 words and marks keep a weight after pruning and the words left out; a fit gone wrong
    // keeps far fewer.)
    expect(enDetect.lexicon.entries.split('\n').length).toBeGreaterThan(225)
  })

  it('is what detectFeelings reads by default', () => {
    for (const text of ['I am so frustrated with this order', "Third time asking. I'm cancelling Prime if it's late for my son's party on Saturday!", 'Is the app down? no internet since yesterday'])
      expect(detectFeelings(text, { pack: en })).toEqual(detectFeelings(text))
  })
})
