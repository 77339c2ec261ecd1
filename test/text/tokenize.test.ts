import { describe, expect, it } from 'vitest'
import { isAttuneError, tokenize } from '../../src'

const kinds = (text: string) => tokenize(text).map((t) => [t.kind, t.text])

describe('tokenize', () => {
  it('matches the docs example', () => {
    expect(tokenize('I’m SO done 😤!!').map((t) => [t.kind, t.norm])).toEqual([
      ['word', "i'm"],
      ['word', 'so'],
      ['word', 'done'],
      ['emoji', '😤'],
      ['punct', '!!'],
    ])
  })

  it('keeps offsets into the original string, from position 0 to the last character', () => {
    const text = 'Refund!'
    const tokens = tokenize(text)
    expect(tokens[0]).toMatchObject({ start: 0, end: 6, text: 'Refund' })
    expect(tokens[1]).toMatchObject({ start: 6, end: 7, text: '!' })
  })

  it('keeps ZWJ sequences, skin tones, flags and keycaps as one emoji', () => {
    expect(kinds('👩🏽‍💻 🇵🇹 1️⃣ 👍🏿')).toEqual([
      ['emoji', '👩🏽‍💻'],
      ['emoji', '🇵🇹'],
      ['emoji', '1️⃣'],
      ['emoji', '👍🏿'],
    ])
    expect(tokenize('👍🏿')[0]?.norm).toBe('👍')
  })

  it('keeps combining marks inside the word they belong to', () => {
    const text = 'cafe\u0301 ok'
    expect(tokenize(text)[0]).toMatchObject({ kind: 'word', text: 'cafe\u0301', norm: 'café' })
  })

  it('folds curly apostrophes and full-width letters in norm only', () => {
    const [a, b] = tokenize('Don’t ｈｅｌｌｏ')
    expect(a).toMatchObject({ text: 'Don’t', norm: "don't" })
    expect(b).toMatchObject({ text: 'ｈｅｌｌｏ', norm: 'hello' })
  })

  it('reads amounts, times and thousands as numbers', () => {
    expect(kinds('$49.99 1,000 3:30')).toEqual([
      ['symbol', '$'],
      ['number', '49.99'],
      ['number', '1,000'],
      ['number', '3:30'],
    ])
  })

  it('finds emails, URLs, mentions and hashtags', () => {
    expect(kinds('mail ana.lima@example.com or see https://help.example.com/a?b=1). @acme #fail')).toEqual([
      ['word', 'mail'],
      ['email', 'ana.lima@example.com'],
      ['word', 'or'],
      ['word', 'see'],
      ['url', 'https://help.example.com/a?b=1'],
      ['punct', ')'],
      ['punct', '.'],
      ['mention', '@acme'],
      ['hashtag', '#fail'],
    ])
  })

  it('finds emoticons, also glued to a word, but not inside words or times', () => {
    expect(kinds('thanks:) xD <3 :((( ')).toEqual([
      ['word', 'thanks'],
      ['emoticon', ':)'],
      ['emoticon', 'xD'],
      ['emoticon', '<3'],
      ['emoticon', ':((('],
    ])
    expect(tokenize(':(((')[0]?.norm).toBe(':(')
    expect(kinds('Note:Do it at 10:30')).not.toContainEqual(['emoticon', ':D'])
  })

  it('groups runs of ! and ? and of dots', () => {
    expect(kinds('why?!? ok... fine!!!')).toEqual([
      ['word', 'why'],
      ['punct', '?!?'],
      ['word', 'ok'],
      ['punct', '...'],
      ['word', 'fine'],
      ['punct', '!!!'],
    ])
  })

  it('handles CRLF, control characters and lone surrogates without throwing', () => {
    const text = 'a\r\nb\u0000c \uD800 \uDC00'
    const tokens = tokenize(text)
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text)
    expect(tokens.map((t) => t.text)).toEqual(['a', 'b', 'c', '\uD800', '\uDC00'])
  })

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([])
    expect(tokenize(' \n\t\u200B ')).toEqual([])
  })

  it('stays linear on input built to make scanners backtrack', () => {
    const text = 'a.'.repeat(50_000) + '@'
    expect(tokenize(text).length).toBe(100_001)
  })

  it('throws a typed invalid-input error on a non-string', () => {
    expect(() => tokenize(42 as unknown as string)).toThrowError(/invalid-input/)
    try {
      tokenize(null as unknown as string)
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('invalid-input')
      expect(isAttuneError(error) && error.issues[0]?.message).toMatch(/got null/)
    }
  })
})
