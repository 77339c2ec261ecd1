import { isLineBreak, isLowerAt, isUpperAt, isWhitespace, isIgnorable, isWordCharAt } from '../_lib/chars'
import { invalidInput } from '../_lib/invalidInput'
import type { Span } from '../types/core'

/**
 * One sentence, trimmed of surrounding white space, with offsets into the caller's string.
 *
 * @example
 * const sentence: Sentence = { text: 'Where is my order?', start: 0, end: 18 }
 *
 * @category Text
 */
export type Sentence = Span & {
  /** `original.slice(start, end)`, exactly. */
  text: string
}

// Lower-case words that a full stop follows without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'approx',
  'no', 'nr', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'fig', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'u.s', 'u.k', 'ref', 'acct', 'min', 'max', 'tel', 'ext',
])

const TERMINAL = new Set([46, 33, 63, 0x2026, 0x203c, 0x2049, 0x3002, 0xff01, 0xff1f])
const CLOSERS = new Set([34, 39, 41, 93, 125, 0x2019, 0x201d, 0xbb])

/**
 * Splits text into sentences in one linear pass. A sentence ends at `.`, `!`, `?` or `…` (in any
 * run, with closing quotes or brackets after it) followed by white space or the end, and at every
 * line break, since chat and email customers use a new line as a full stop. A full stop after a
 * common abbreviation ("Mr.", "e.g.", "No.") or an initial does not end one, and neither does an
 * ellipsis that the sentence carries on after in lower case.
 *
 * @param text - Any string.
 * @returns The sentences in order, trimmed; empty for blank text.
 * @throws {@link AttuneError} with code `invalid-input` when `text` is not a string.
 *
 * @example
 * splitSentences('Hi. My order #123 is late!! Can you help?').map((s) => s.text)
 * //=> ['Hi.', 'My order #123 is late!!', 'Can you help?']
 *
 * @category Text
 */
export function splitSentences(text: string): Sentence[] {
  if (typeof text !== 'string') throw invalidInput('text', text)
  const out: Sentence[] = []
  const n = text.length
  let start = -1
  let wordStart = -1
  let lastWordStart = -1
  let lastWordEnd = -1
  const push = (from: number, to: number): void => {
    let end = to
    while (end > from && (isWhitespace(text.charCodeAt(end - 1)) || isIgnorable(text.charCodeAt(end - 1)))) end--
    if (end > from) out.push({ text: text.slice(from, end), start: from, end })
  }
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isLineBreak(c)) {
      if (start >= 0) push(start, i)
      start = -1
      wordStart = -1
      i++
      continue
    }
    if (start < 0) {
      if (isWhitespace(c) || isIgnorable(c) || c < 32) {
        i++
        continue
      }
      start = i
    }
    const inWord = isWordCharAt(text, i) || (c === 46 && wordStart >= 0 && i + 1 < n && isWordCharAt(text, i + 1))
    if (inWord) {
      if (wordStart < 0) wordStart = i
      i++
      continue
    }
    if (wordStart >= 0) {
      lastWordStart = wordStart
      lastWordEnd = i
      wordStart = -1
    }
    if (!TERMINAL.has(c)) {
      i++
      continue
    }
    let j = i + 1
    while (j < n && TERMINAL.has(text.charCodeAt(j))) j++
    while (j < n && CLOSERS.has(text.charCodeAt(j))) j++
    const atEnd = j >= n
    const followedBySpace = !atEnd && (isWhitespace(text.charCodeAt(j)) || isLineBreak(text.charCodeAt(j)))
    if (!atEnd && !followedBySpace) {
      i = j
      continue
    }
    if (c === 46 && j === i + 1 && lastWordEnd === i && !atEnd) {
      const word = text.slice(lastWordStart, lastWordEnd)
      const lower = word.toLowerCase()
      const initial = word.length === 1 && isUpperAt(text, lastWordStart)
      if (ABBREVIATIONS.has(lower) || initial) {
        i = j
        continue
      }
    }
    if ((c === 0x2026 || (c === 46 && j - i >= 3)) && !atEnd) {
      let k = j
      while (k < n && isWhitespace(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++
      if (k < n && isLowerAt(text, k)) {
        i = j
        continue
      }
    }
    push(start, j)
    start = -1
    i = j
  }
  if (start >= 0) push(start, n)
  return out
}
