// Finds phrases (sequences of word norms) in tokenized text: one pass over the tokens, one lookup
// per token by its first word, the longest phrase of each group at each position.
import { tokenize } from '../text/tokenize'
import type { Token } from '../text/tokenize'

export type PhraseIndex<T> = Map<string, { words: string[]; value: T; phrase: string }[]>

const cache = new WeakMap<object, PhraseIndex<unknown>>()

/** Indexes phrases by their first word. Memoised per `key` object (the pack table they come from). */
export function indexPhrases<T>(key: object, entries: [string, T][]): PhraseIndex<T> {
  const hit = cache.get(key)
  if (hit) return hit as PhraseIndex<T>
  const index: PhraseIndex<T> = new Map()
  for (const [phrase, value] of entries) {
    const words = tokenize(phrase)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.norm)
    const first = words[0]
    if (!first) continue
    const list = index.get(first) ?? []
    list.push({ words, value, phrase })
    index.set(first, list)
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length)
  cache.set(key, index as PhraseIndex<unknown>)
  return index
}

export type PhraseHit<T> = { start: number; end: number; value: T; phrase: string; first: number; last: number }

// The word tokens of a token list, computed once per list however many indexes are searched.
const wordsCache = new WeakMap<Token[], (readonly [Token, number])[]>()

function wordsOf(tokens: Token[]): (readonly [Token, number])[] {
  let words = wordsCache.get(tokens)
  if (!words) {
    words = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.kind !== 'punct' && t.kind !== 'symbol')
    wordsCache.set(tokens, words)
  }
  return words
}

/**
 * Finds the phrases of many groups in one pass: at each position, the longest phrase of each group
 * that starts there. Returns the hits by group.
 */
export function findGroupedPhrases(tokens: Token[], index: PhraseIndex<string>): Map<string, PhraseHit<string>[]> {
  const words = wordsOf(tokens)
  const out = new Map<string, PhraseHit<string>[]>()
  for (let w = 0; w < words.length; w++) {
    const [token, first] = words[w] as readonly [Token, number]
    const entries = index.get(token.norm)
    if (!entries) continue
    let seen: Set<string> | undefined
    for (const entry of entries) {
      if (seen?.has(entry.value)) continue
      let ok = true
      for (let k = 1; k < entry.words.length; k++) {
        if ((words[w + k] as readonly [Token, number] | undefined)?.[0].norm !== entry.words[k]) {
          ok = false
          break
        }
      }
      if (!ok) continue
      ;(seen ??= new Set()).add(entry.value)
      const [lastToken, last] = words[w + entry.words.length - 1] as readonly [Token, number]
      const list = out.get(entry.value) ?? []
      list.push({ start: token.start, end: lastToken.end, value: entry.value, phrase: entry.phrase, first, last })
      out.set(entry.value, list)
    }
  }
  return out
}
