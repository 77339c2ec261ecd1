// The feeling model shared by `detectFeelings` and by scripts/fit-lexicon.ts, so the features the
// weights were fitted on are exactly the features they are applied to.
//
// A message is walked token by token. Each content word, emoji, emoticon, "!" and "?" becomes a
// feature with a value: 1, times an intensifier's or softener's factor, times an emphasis factor for
// shouting or stretched words ("sooo"). Inside a negation's scope a word becomes "!word", which has
// its own fitted weight or none at all. Within a sentence, what follows a contrast word ("but")
// counts more than what came before it. Hand-written cues from the pack are features too, with
// fixed weights.
import type { Concern, Feeling, Signal } from '../types/core'
import type { DetectTables } from '../types/pack'
import type { Token } from '../text/tokenize'

export type CueKind = 'feeling' | 'concern' | 'signal'

export type CompiledCue = {
  id: string
  /** `cue:<id>`, the key the cue is emitted under. */
  key: string
  kind: CueKind
  of: Concern | Signal | null
  words: string[]
  /** Pairs of feeling index and weight. */
  weights: number[]
  ignoresNegation: boolean
}

/** What a word does for the walk, when it does anything beyond carrying weights. */
export type WordRole = {
  cues?: CompiledCue[]
  negator?: true
  breaker?: true
  contrast?: true
  intensity?: number
}

export type CompiledTables = {
  commonWords: Set<string>
  maxContrastLength: number
  /** Words that matter to concerns and signals, as bit flags (see topics.ts). */
  topicWords: Map<string, number>
  /** Every word with a role, in one map, so an ordinary word costs one lookup. */
  roles: Map<string, WordRole>
  feelings: Feeling[]
  bias: number[]
  thresholds: number[]
  lexicon: Map<string, number[]>
  cues: Map<string, CompiledCue[]>
  negationScope: number
  acronyms: Set<string>
  numbers: Map<string, number>
  durationUnits: Set<string>
}

const cache = new WeakMap<DetectTables, CompiledTables>()

export const TOPIC_EVENT = 1
export const TOPIC_TIME = 2
export const TOPIC_NUMBER = 4
export const TOPIC_CURRENCY = 8
const CURRENCY = ['$', '€', '£', '¥', '₹', '₩', '₽', '₺', '₪', 'r$', 'c$', 'a$', 'dollars', 'dollar', 'usd', 'eur', 'euro', 'euros', 'pounds', 'gbp', 'bucks', 'cad', 'aud']

/** Parses the lexicon's compact entries into a map from word to (feeling index, weight) pairs. */
export function parseLexicon(entries: string): Map<string, number[]> {
  const map = new Map<string, number[]>()
  for (const line of entries.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const pairs: number[] = []
    for (const part of line.slice(tab + 1).split(' ')) {
      const colon = part.indexOf(':')
      if (colon <= 0) continue
      const index = Number(part.slice(0, colon))
      const weight = Number(part.slice(colon + 1)) / 100
      if (Number.isInteger(index) && Number.isFinite(weight)) pairs.push(index, weight)
    }
    if (pairs.length) map.set(line.slice(0, tab), pairs)
  }
  return map
}

/**
 * Compiles a pack's detection tables into lookup structures. Memoised per tables object: the cache
 * is invisible to callers (same input, same output), it only saves the work on the next call.
 */
export function compileTables(tables: DetectTables): CompiledTables {
  const hit = cache.get(tables)
  if (hit) return hit
  const feelings = tables.lexicon.feelings
  const feelingIndex = new Map(feelings.map((f, i) => [f, i]))
  const cues = new Map<string, CompiledCue[]>()
  const addCue = (cue: Omit<CompiledCue, 'words' | 'key'>, phrase: string): void => {
    const words = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean)
    const first = words[0]
    if (!first) return
    const list = cues.get(first) ?? []
    list.push({ ...cue, key: 'cue:' + cue.id, words })
    cues.set(first, list)
  }
  for (const cue of tables.feelingCues) {
    const weights: number[] = []
    for (const [feeling, weight] of Object.entries(cue.feelings)) {
      const index = feelingIndex.get(feeling as Feeling)
      if (index !== undefined && typeof weight === 'number') weights.push(index, weight)
    }
    for (const phrase of cue.phrases) {
      addCue({ id: cue.id, kind: 'feeling', of: null, weights, ignoresNegation: cue.ignoresNegation === true }, phrase)
    }
  }
  for (const cue of tables.concernCues) {
    for (const phrase of cue.phrases) addCue({ id: cue.id, kind: 'concern', of: cue.of, weights: [], ignoresNegation: true }, phrase)
  }
  for (const cue of tables.signalCues) {
    for (const phrase of cue.phrases) addCue({ id: cue.id, kind: 'signal', of: cue.of, weights: [], ignoresNegation: true }, phrase)
  }
  // Longest phrases first, so the most specific cue of an id wins at a position.
  for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length)
  const roles = new Map<string, WordRole>()
  const role = (word: string): WordRole => {
    const existing = roles.get(word)
    if (existing) return existing
    const created: WordRole = {}
    roles.set(word, created)
    return created
  }
  for (const [word, list] of cues) role(word).cues = list
  for (const word of tables.negators) role(word).negator = true
  for (const word of tables.scopeBreakers) role(word).breaker = true
  for (const word of tables.contrast) role(word).contrast = true
  for (const [word, factor] of Object.entries(tables.softeners)) role(word).intensity = factor
  for (const [word, factor] of Object.entries(tables.intensifiers)) role(word).intensity = factor
  const topicWords = new Map<string, number>()
  const flag = (word: string, bit: number): void => {
    topicWords.set(word, (topicWords.get(word) ?? 0) | bit)
  }
  for (const word of tables.events) flag(word, TOPIC_EVENT)
  for (const word of tables.times) flag(word, TOPIC_TIME)
  for (const word of Object.keys(tables.numbers)) flag(word, TOPIC_NUMBER)
  for (const word of CURRENCY) flag(word, TOPIC_CURRENCY)
  const compiled: CompiledTables = {
    commonWords: new Set(tables.commonWords),
    maxContrastLength: Math.max(0, ...tables.contrast.map((word) => word.length)),
    topicWords,
    roles,
    feelings,
    bias: tables.lexicon.bias,
    thresholds: tables.lexicon.thresholds,
    lexicon: parseLexicon(tables.lexicon.entries),
    cues,
    negationScope: tables.negationScope,
    acronyms: new Set(tables.acronyms),
    numbers: new Map(Object.entries(tables.numbers)),
    durationUnits: new Set(tables.durationUnits),
  }
  cache.set(tables, compiled)
  return compiled
}

/**
 * Receives one feature of a message: a lexicon key (or `cue:<id>` with the cue), its value, where
 * it is, and whether a negation had it in scope. Positional arguments keep the hot path free of
 * allocations.
 */
export type EmitFeature = (key: string, value: number, start: number, end: number, negated: boolean, cue: CompiledCue | null) => boolean | void

// Runs of three or more of the same letter: "sooo", "whyyy".
function stretched(word: string): boolean {
  for (let k = 2; k < word.length; k++) {
    if (word[k] === word[k - 1] && word[k] === word[k - 2]) return true
  }
  return false
}

function collapse(word: string, keep: number): string {
  let out = ''
  let run = 0
  for (let k = 0; k < word.length; k++) {
    run = k > 0 && word[k] === word[k - 1] ? run + 1 : 1
    if (run <= keep) out += word[k]
  }
  return out
}

/**
 * The key a stretched word is looked up under: the form with runs cut to two letters if the
 * vocabulary knows it ("goood" to "good"), else cut to one ("sooo" to "so").
 */
export function canonicalWord(word: string, known: (key: string) => boolean): { key: string; stretched: boolean } {
  if (!stretched(word)) return { key: word, stretched: false }
  const two = collapse(word, 2)
  if (known(two)) return { key: two, stretched: true }
  const one = collapse(word, 1)
  return { key: known(one) ? one : two, stretched: true }
}

/** Whether a word is written in capitals (two letters or more, not a known acronym). */
export function isShouted(text: string, acronyms: Set<string>, norm: string): boolean {
  if (text.length < 2 || acronyms.has(norm)) return false
  let letters = 0
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c >= 97 && c <= 122) return false
    if (c >= 65 && c <= 90) letters++
    else if (c > 127 && text[k] !== text[k]?.toUpperCase()) return false
  }
  return letters >= 2
}

function isSentenceEnd(norm: string): boolean {
  return norm === '.' || norm === '...' || norm.includes('!') || norm.includes('?')
}

function isWordLike(token: Token): boolean {
  return token.kind === 'word' || token.kind === 'hashtag' || token.kind === 'number' || token.kind === 'emoji' || token.kind === 'emoticon'
}

/** Matches a cue's words from token `i`, passing over commas and hyphens; returns the last token index or -1. */
function matchCue(tokens: Token[], i: number, words: string[]): number {
  let t = i
  for (let w = 1; w < words.length; w++) {
    t++
    while (t < tokens.length && tokens[t]?.kind === 'punct' && (tokens[t]?.norm === ',' || tokens[t]?.norm === '-')) t++
    const token = tokens[t]
    if (!token || token.norm !== words[w]) return -1
  }
  return t
}

export const CONTRAST_BEFORE = 0.6
export const CONTRAST_AFTER = 1.3
const SHOUT = 1.4
const STRETCH = 1.2

// Index of the first contrast word in the sentence that starts at `from`, or -1.
function contrastIn(tokens: Token[], from: number, roles: Map<string, WordRole>, maxLength: number): { at: number; end: number } {
  let at = -1
  let i = from
  for (; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'punct' && isSentenceEnd(token.norm)) break
    // Contrast words are short ("but", "however"): longer words skip the lookup.
    if (at < 0 && token.kind === 'word' && token.norm.length <= maxLength && roles.get(token.norm)?.contrast) at = i
  }
  return { at, end: i }
}

/**
 * Walks a message's tokens and calls `emit` with every feature, in order, contrast applied.
 * `known` tells whether the lexicon (or, when fitting, the vocabulary) has a key; `emit` may return
 * whether it found the key, which spares a second lookup. Returns the number
 * of words and how many of them the tables know, so callers can tell text in another language.
 */
export function walkFeatures(tokens: Token[], tables: CompiledTables, known: (key: string) => boolean, emit: EmitFeature): { words: number; knownWords: number } {
  let negLeft = 0
  let boost = 1
  let words = 0
  let knownWords = 0
  let sentenceEnd = -1
  let contrastAt = -1
  for (let i = 0; i < tokens.length; i++) {
    if (i > sentenceEnd) {
      const found = contrastIn(tokens, i, tables.roles, tables.maxContrastLength)
      contrastAt = found.at
      sentenceEnd = found.end
    }
    const clause = contrastAt < 0 ? 1 : i < contrastAt ? CONTRAST_BEFORE : CONTRAST_AFTER
    const token = tokens[i] as Token
    const norm = token.norm
    if (token.kind === 'punct') {
      if (norm.includes('!')) emit(norm.length > 1 ? '!!' : '!', clause, token.start, token.end, false, null)
      if (norm.includes('?')) emit('?', clause, token.start, token.end, false, null)
      if (isSentenceEnd(norm)) {
        negLeft = 0
        boost = 1
      } else if (norm === ',' || norm === ';' || norm === ':') {
        negLeft = 0
      }
      continue
    }
    if (!isWordLike(token)) continue
    const negatedHere = negLeft > 0
    const role = tables.roles.get(norm)
    const cueList = role?.cues
    if (cueList) {
      for (const cue of cueList) {
        const last = cue.words.length === 1 ? i : matchCue(tokens, i, cue.words)
        if (last < 0) continue
        if (cue.kind === 'feeling' && negatedHere && !cue.ignoresNegation) continue
        emit(cue.key, cue.kind === 'feeling' ? boost * clause : 1, token.start, (tokens[last] as Token).end, negatedHere, cue)
      }
    }
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      emit(norm, clause, token.start, token.end, false, null)
      continue
    }
    if (token.kind === 'number') continue
    words++
    if (role || tables.commonWords.has(norm)) knownWords++
    if (role?.negator) {
      emit(norm, clause, token.start, token.end, false, null)
      negLeft = tables.negationScope
      continue
    }
    if (role?.breaker) negLeft = 0
    if (role?.intensity !== undefined) {
      emit(norm, clause, token.start, token.end, false, null)
      boost = role.intensity
      continue
    }
    let key = norm
    let isStretched = false
    if (stretched(norm)) {
      key = canonicalWord(norm, known).key
      isStretched = true
    }
    let value = boost * clause
    if (isShouted(token.text, tables.acronyms, norm)) value *= SHOUT
    if (isStretched) value *= STRETCH
    boost = 1
    let hit: boolean | void
    if (negatedHere) {
      negLeft--
      hit = emit('!' + key, value, token.start, token.end, true, null) || known(key)
    } else {
      hit = emit(key, value, token.start, token.end, false, null)
    }
    // A word counts as known when it has weights (emit says so) or is a common word.
    if (hit && !role && !tables.commonWords.has(norm)) knownWords++
  }
  return { words, knownWords }
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x))
}
