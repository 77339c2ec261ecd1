import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src'

const texts = (text: string) => splitSentences(text).map((s) => s.text)

describe('splitSentences', () => {
  it('matches the docs example', () => {
    expect(texts('Hi. My order #123 is late!! Can you help?')).toEqual(['Hi.', 'My order #123 is late!!', 'Can you help?'])
  })

  it('does not end a sentence after an abbreviation, an initial or a decimal', () => {
    expect(texts('Mr. Smith paid $4.50 e.g. by card. J. Doe agreed.')).toEqual([
      'Mr. Smith paid $4.50 e.g. by card.',
      'J. Doe agreed.',
    ])
  })

  it('treats line breaks as sentence ends, CRLF included', () => {
    expect(texts('first line\r\nsecond line\n\nthird')).toEqual(['first line', 'second line', 'third'])
  })

  it('keeps an ellipsis inside a sentence that carries on in lower case', () => {
    expect(texts('I waited... and waited. Nothing.')).toEqual(['I waited... and waited.', 'Nothing.'])
  })

  it('keeps closing quotes with the sentence they close', () => {
    expect(texts('He said "no." Then left.')).toEqual(['He said "no."', 'Then left.'])
  })

  it('gives spans that slice back to each sentence', () => {
    const text = '  Where is it?  I paid!!  '
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text)
    expect(splitSentences(text)[0]?.start).toBe(2)
  })

  it('returns nothing for blank text', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences(' \n \r\n ')).toEqual([])
  })

  it('throws invalid-input on a non-string', () => {
    expect(() => splitSentences(undefined as unknown as string)).toThrowError(/invalid-input/)
  })
})
