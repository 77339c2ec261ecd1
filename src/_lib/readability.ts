// Flesch-Kincaid grade level (Kincaid et al. 1975): 0.39 × words per sentence + 11.8 × syllables
// per word − 15.59. Syllables are counted by vowel groups with the usual English corrections (a
// silent final "e", "-le", "-ed"); good enough to keep replies at a reading grade, not a linguist.
import { splitSentences } from '../text/splitSentences'
import { tokenize } from '../text/tokenize'

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (!w) return 0
  if (w.length <= 3) return 1
  let count = (w.match(/[aeiouy]+/g) ?? []).length
  if (/e$/.test(w) && !/le$/.test(w)) count--
  if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) count--
  return Math.max(1, count)
}

export function fleschKincaidGrade(text: string): { grade: number; words: number; sentences: number } {
  const words = tokenize(text).filter((t) => t.kind === 'word' && /[a-z]/i.test(t.text))
  const sentences = Math.max(1, splitSentences(text).length)
  if (words.length === 0) return { grade: 0, words: 0, sentences }
  const syllableCount = words.reduce((sum, w) => sum + syllables(w.text), 0)
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syllableCount / words.length) - 15.59
  return { grade: Math.round(grade * 10) / 10, words: words.length, sentences }
}
