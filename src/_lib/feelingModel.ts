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
  kind: CueKind
  of: Concern | Signal | null
  words: string[]
  /** Pairs of feeling index and weight. */
  weights: number[]
  ignoresNegation: boolean
}

export type CompiledTables = {
  feelings: Feeling[]
  bias: number[]
  thresholds: number[]
  lexicon: Map<string, number[]>
  cues: Map<string, CompiledCue[]>
  negators: Set<string>
  scopeBreakers: Set<string>
  negationScope: number
  intensifiers: Map<string, number>
  softeners: Map<string, number>
  contrast: Set<string>
  acronyms: Set<string>
  events: Set<string>
  times: Set<string>
  numbers: Map<string, number>
  durationUnits: Set<string>
}

const cache = new WeakMap<DetectTables, CompiledTables>()

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
  const addCue = (cue: Omit<CompiledCue, 'words'>, phrase: string): void => {
    const words = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean)
    const first = words[0]
    if (!first) return
    const list = cues.get(first) ?? []
    list.push({ ...cue, words })
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
  const compiled: CompiledTables = {
    feelings,
    bias: tables.lexicon.bias,
    thresholds: tables.lexicon.thresholds,
    lexicon: parseLexicon(tables.lexicon.entries),
    cues,
    negators: new Set(tables.negators),
    scopeBreakers: new Set(tables.scopeBreakers),
    negationScope: tables.negationScope,
    intensifiers: new Map(Object.entries(tables.intensifiers)),
    softeners: new Map(Object.entries(tables.softeners)),
    contrast: new Set(tables.contrast),
    acronyms: new Set(tables.acronyms),
    events: new Set(tables.events),
    times: new Set(tables.times),
    numbers: new Map(Object.entries(tables.numbers)),
    durationUnits: new Set(tables.durationUnits),
  }
  cache.set(tables, compiled)
  return compiled
}

/** One feature of a message: a lexicon key or a cue, its value, and where it is. */
export type Feature = {
  key: string
  value: number
  start: number
  end: number
  negated: boolean
  cue: CompiledCue | null
}

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

function isShouted(text: string, acronyms: Set<string>, norm: string): boolean {
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

/**
 * Walks a message's tokens and calls `emit` with every feature, in order, contrast applied.
 * `known` tells whether the lexicon (or, when fitting, the vocabulary) has a key.
 */
export function walkFeatures(tokens: Token[], tables: CompiledTables, known: (key: string) => boolean, emit: (feature: Feature) => void): void {
  let negLeft = 0
  let boost = 1
  let sentence: Feature[] = []
  let contrastAt = -1
  const flush = (): void => {
    for (let k = 0; k < sentence.length; k++) {
      const feature = sentence[k] as Feature
      if (contrastAt >= 0) feature.value *= k < contrastAt ? CONTRAST_BEFORE : CONTRAST_AFTER
      emit(feature)
    }
    sentence = []
    contrastAt = -1
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const norm = token.norm
    if (token.kind === 'punct') {
      if (norm.includes('!')) sentence.push({ key: norm.length > 1 ? '!!' : '!', value: 1, start: token.start, end: token.end, negated: false, cue: null })
      if (norm.includes('?')) sentence.push({ key: '?', value: 1, start: token.start, end: token.end, negated: false, cue: null })
      if (isSentenceEnd(norm)) {
        flush()
        negLeft = 0
        boost = 1
      } else if (norm === ',' || norm === ';' || norm === ':') {
        negLeft = 0
      }
      continue
    }
    if (!isWordLike(token)) continue
    const negatedHere = negLeft > 0
    const cueList = tables.cues.get(norm)
    if (cueList) {
      for (const cue of cueList) {
        const last = cue.words.length === 1 ? i : matchCue(tokens, i, cue.words)
        if (last < 0) continue
        if (cue.kind === 'feeling' && negatedHere && !cue.ignoresNegation) continue
        const end = (tokens[last] as Token).end
        sentence.push({ key: 'cue:' + cue.id, value: cue.kind === 'feeling' ? boost : 1, start: token.start, end, negated: negatedHere, cue })
      }
    }
    if (token.kind === 'emoji' || token.kind === 'emoticon') {
      sentence.push({ key: norm, value: 1, start: token.start, end: token.end, negated: false, cue: null })
      continue
    }
    if (token.kind === 'number') continue
    if (tables.contrast.has(norm)) contrastAt = sentence.length
    if (tables.negators.has(norm)) {
      sentence.push({ key: norm, value: 1, start: token.start, end: token.end, negated: false, cue: null })
      negLeft = tables.negationScope
      continue
    }
    if (tables.scopeBreakers.has(norm)) negLeft = 0
    const intensity = tables.intensifiers.get(norm) ?? tables.softeners.get(norm)
    if (intensity !== undefined) {
      sentence.push({ key: norm, value: 1, start: token.start, end: token.end, negated: false, cue: null })
      boost = intensity
      continue
    }
    const { key, stretched: isStretched } = canonicalWord(norm, known)
    let value = boost
    if (isShouted(token.text, tables.acronyms, norm)) value *= SHOUT
    if (isStretched) value *= STRETCH
    boost = 1
    if (negatedHere) {
      negLeft--
      sentence.push({ key: '!' + key, value, start: token.start, end: token.end, negated: true, cue: null })
    } else {
      sentence.push({ key, value, start: token.start, end: token.end, negated: false, cue: null })
    }
  }
  flush()
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x))
}
