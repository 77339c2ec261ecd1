// Character classes used by the text primitives. Sticky regexes test one position of the caller's
// string without slicing it, so a scan allocates nothing per character.

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/uy
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy
const PICTOGRAPHIC = /\p{Extended_Pictographic}/uy
const PUNCTUATION = /\p{P}/uy
const LETTER = /\p{L}/uy
const UPPER = /\p{Lu}/uy
const LOWER = /\p{Ll}/uy

function stickyTest(re: RegExp, text: string, i: number): boolean {
  re.lastIndex = i
  return re.test(text)
}

/** Code point at `i`, or the lone surrogate itself. */
export function codePointAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0
}

/** Code units taken by the code point at `i` (2 for an astral pair, 1 otherwise, also for a lone surrogate). */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return 2
  }
  return 1
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90)
}

export function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** A letter or number starts a word; marks only continue one. */
export function isWordStartAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c)
  return stickyTest(LETTER_OR_NUMBER, text, i)
}

export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c)
  if (c === 0x200c || c === 0x200d) return false
  return stickyTest(WORD_CHAR, text, i)
}

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return isAsciiLetter(c)
  return stickyTest(LETTER, text, i)
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return c >= 65 && c <= 90
  return stickyTest(UPPER, text, i)
}

export function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return c >= 97 && c <= 122
  return stickyTest(LOWER, text, i)
}

export function isPictographicAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0xa9) return false
  return stickyTest(PICTOGRAPHIC, text, i)
}

export function isPunctuationAt(text: string, i: number): boolean {
  return stickyTest(PUNCTUATION, text, i)
}

export function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff
}

export function isSkinTone(cp: number): boolean {
  return cp >= 0x1f3fb && cp <= 0x1f3ff
}

export function isWhitespace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0x85
  )
}

/** Characters with no visible form that a scan passes over (zero-width space, BOM, soft hyphen, ...). */
export function isIgnorable(c: number): boolean {
  return c === 0x200b || c === 0xfeff || c === 0xad || c === 0x2060 || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
}

export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 11 || c === 12
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 0x2bc || c === 0x2018
}
