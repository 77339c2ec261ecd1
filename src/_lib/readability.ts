// Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39 × words per sentence + 11.8 × syllables
// per word − 15.59. Syllables are counted by vowel groups with the usual English corrections (a
// silent final "e", "-le", "-ed"); good enough to keep replies at a reading grade, not a linguist.
import { splitSentences } from '../text/splitSentences'
import { tokenize } from '../text/tokenize'
import type { Token } from '../text/tokenize'

// The last text tokenized for the reply checks: linting, scoring and grading a draft read the same
// tokens. Treat them as read-only.
let lastTokens: { text: string; tokens: Token[] } | undefined

export function draftTokens(text: string): Token[] {
  if (lastTokens?.text !== text) lastTokens = { text, tokens: tokenize(text) }
  return lastTokens.tokens
}

const isVowel = (c: number): boolean => c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121

export function syllables(word: string): number {
  // Lower-case ASCII letters only, counted in place: vowel groups, less a silent final "e" (not
  // "-le") and a silent "-ed" (not after t or d).
  let letters = ''
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k) | 0x20
    if (c >= 97 && c <= 122) letters += String.fromCharCode(c)
  }
  const n = letters.length
  if (n === 0) return 0
  if (n <= 3) return 1
  let count = 0
  for (let k = 0; k < n; k++) if (isVowel(letters.charCodeAt(k)) && (k === 0 || !isVowel(letters.charCodeAt(k - 1)))) count++
  const last = letters.charCodeAt(n - 1)
  const before = letters.charCodeAt(n - 2)
  if (last === 101 && before !== 108) count--
  if (last === 100 && before === 101 && !isVowel(letters.charCodeAt(n - 3)) && letters[n - 3] !== 't' && letters[n - 3] !== 'd') count--
  return Math.max(1, count)
}

// The last text graded, and its grade: linting and scoring a draft grade it twice.
let last: { text: string; result: { grade: number; words: number; sentences: number } } | undefined

export function fleschKincaidGrade(text: string): { grade: number; words: number; sentences: number } {
  if (last?.text === text) return last.result
  const result = grade(text)
  last = { text, result }
  return result
}

function grade(text: string): { grade: number; words: number; sentences: number } {
  const words = draftTokens(text).filter((t) => t.kind === 'word' && /[a-z]/i.test(t.text))
  const sentences = Math.max(1, splitSentences(text).length)
  if (words.length === 0) return { grade: 0, words: 0, sentences }
  const syllableCount = words.reduce((sum, w) => sum + syllables(w.text), 0)
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences }
}
