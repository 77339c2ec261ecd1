import { describe, expect, it } from 'vitest'
import { normalize } from '../../src'

describe('normalize', () => {
  it('matches the docs example', () => {
    expect(normalize('I’m “fine”\r\nreally\u200B', { foldCase: true })).toBe('i\'m "fine"\nreally')
  })

  it('folds compatibility forms and exotic spaces', () => {
    expect(normalize('ｈｅｌｌｏ\u00A0ﬁx — ok')).toBe('hello fix - ok')
  })

  it('replaces lone surrogates and keeps emoji sequences whole', () => {
    expect(normalize('a\uD800b 👩🏽‍💻')).toBe('a\uFFFDb 👩🏽‍💻')
  })

  it('keeps case unless asked to fold it', () => {
    expect(normalize('HELP')).toBe('HELP')
    expect(normalize('HELP', { foldCase: true })).toBe('help')
  })

  it('throws invalid-input on a non-string', () => {
    expect(() => normalize({} as unknown as string)).toThrowError(/invalid-input/)
  })
})
