// The feeling model shared by `detectFeelings` and by scripts/fit-lexicon.ts, so the features the
// weights were fitted on are exactly the features they are applied to.
//
// A message is walked token by token. Each content word, emoji, emoticon, "!" and "?" becomes a
// feature with a value: 1, times an intensifier's or softener's factor, times an emphasis factor for
// shouting or stretched words ("sooo"). Inside a negation's scope a word becomes "!word", which has
// its own fitted weight or none at all. Within a sentence, what follows a contrast word ("but")
// counts more than what came before it. Hand-written cues from the pack are features too, with
// fixed weights.
import { unmarked } from './direct'
import type { Concern, Feeling, Signal } from '../types/core'
import type { ReadTables, TopicCue } from '../types/pack'
import { VALENCE } from '../detect/valence'
import { hashOf } from './hash'
import { Entry, Flag, Kind, Mark, findWord, wordTable } from './scan'
import type { Scan, WordTable } from './scan'

export type CueKind = 'feeling' | 'concern' | 'signal'

export type CompiledCue = {
  id: string
  /** `cue:<id>`, the key the cue is emitted under. */
  key: string
  kind: CueKind
  of: Concern | Signal | null
  words: string[]
  /** The `hashOf` of each of `words`: a token is compared with a word by hash first. */
  hashes: number[]
  /** Pairs of feeling index and weight. */
  weights: number[]
  ignoresNegation: boolean
  /** `FeelingCue.mishap`. */
  mishap: boolean
  /** The feeling index this phrase states outright (`FeelingCue.direct`), or -1. */
  direct: number
  /** Words one of which must be within `within` tokens (`TopicCue.near`), or null. */
  near: Set<string> | null
  within: number
}

/** The bits of `CompiledTables.wordBits`: a word's roles in the rules. */
export const enum Role {
  /** A contrast word ("but"). */
  CONTRAST = 1,
  /** A negator ("not"). */
  NEGATOR = 2,
  /** A word that ends a negation's scope. */
  BREAKER = 4,
  /** Multi-word cues start with the word (found by the word after it: `cuesAfter`). */
  CUES_AFTER = 8,
  /** An intensifier or softener, whose factor is in `wordIntensity`. */
  INTENSITY = 16,
  /** One-word cues are this word (`wordCuesAlone`). */
  CUES_ALONE = 32,
  /** A word with `Topic` bits (`wordTopics`). */
  TOPIC = 64,
  /** A contrast word where a clause starts ("Still, ..."): `NegationTables.clauseContrast`. */
  CLAUSE_CONTRAST = 128,
}

export type CompiledTables = {
  /** Every word attune knows, in one table, so a word costs one lookup; the scan looks words up in it as it reads. */
  words: WordTable
  // What the tables know of each word, by its entry in `words` (its index in `words.keys`):
  /** `Role` bits: contrast word, negator, scope breaker, intensity, cues. */
  wordBits: number[]
  /** `Topic` bits for concerns and signals, 0 for none. */
  wordTopics: number[]
  /** The factor of an intensifier or softener (with `Role.INTENSITY`). */
  wordIntensity: number[]
  /** Fitted weights, as (feeling index, weight) pairs, or undefined. */
  wordPairs: (number[] | undefined)[]
  /** The cues one word long that are the word (with `Role.CUES_ALONE`). */
  wordCuesAlone: (CompiledCue[] | undefined)[]
  /** A word's cues by the word after it (see `cuesAfter`). */
  cuesAfter: PairTable
  feelings: Feeling[]
  /** The valence of each feeling: 1 positive, -1 negative, 0 ambiguous (read by index, not by name). */
  valences: Int8Array
  /** The fitted bias of each feeling (-5 where the lexicon gives none): each message's starting scores. */
  bias: Float64Array
  thresholds: number[]
  /** The thresholds in log-odds, so scores are compared without a sigmoid. */
  thresholdLogits: number[]
  lexicon: Map<string, number[]>
  /** The weights of `!word` (a word in a negation's scope) and that key, made once, by the bare word. */
  negated: Map<string, { key: string; pairs: number[] }>
  /** The weights of "!", of a run of marks with "!" in it ("!!"), and of "?" (null: none), looked up once. */
  markPairs: [bang: number[] | null, bangs: number[] | null, question: number[] | null]
  cues: Map<string, CompiledCue[]>
  negationScope: number
  acronyms: Set<string>
  /** `DetectTables.conditions`. */
  conditions: Set<string>
  numbers: Map<string, number>
  durationUnits: Set<string>
  /** The hashes of the units of time and words for contacts, which make a number word matter. */
  numberFollowers: Set<number>
}

const cache = new WeakMap<ReadTables, CompiledTables>()
// The tables of the last call, and what they compiled to.
let last: { tables: ReadTables | null; compiled: CompiledTables | null } = { tables: null, compiled: null }

/**
 * The set of the words in `words`, one space between each: `wordSet('my our')`. (One string takes
 * fewer bytes in the bundle than an array of strings.)
 */
export function wordSet(words: string): Set<string> {
  return new Set(words.split(' '))
}

// Negative contractions, whose form without the apostrophe is not another word ("i'll" would be "ill").
const BARE_CONTRACTIONS: ReadonlySet<string> = /* @__PURE__ */ wordSet("can't don't won't didn't doesn't isn't wasn't aren't weren't haven't hasn't hadn't couldn't wouldn't shouldn't")

/** Words for a contact that a count comes before: "third time", "3 times", "on three occasions". */
export const CONTACT_WORDS: ReadonlySet<string> = /* @__PURE__ */ wordSet('time times occasion occasions')
/** "my fourth email", "the 3rd call": an ordinal before one of these counts contacts too. */
export const CONTACT_NOUNS: ReadonlySet<string> = /* @__PURE__ */ wordSet('email call message chat ticket complaint request letter attempt visit')
/** "sent 4 emails", "made five calls": a count after a verb of sending, before one of these, counts contacts too. */
export const CONTACT_PLURALS: ReadonlySet<string> = /* @__PURE__ */ wordSet('emails calls messages chats tickets complaints letters voicemails')

/** The bits of `CompiledTables.wordTopics`: what a word may say of a concern or a signal. */
export const enum Topic {
  EVENT = 1,
  TIME = 2,
  NUMBER = 4,
  CURRENCY = 8,
}
/** Words for a currency after an amount: "40 quid", "15 dollars". */
export const CURRENCY_WORDS: ReadonlySet<string> = /* @__PURE__ */ wordSet('dollars dollar usd eur euro euros pounds gbp bucks quid cad aud')
// Signs and codes for a currency before an amount: "$49.99", "r$ 20". (A literal, and joined to the
// words only in compileTables: a spread at the top of the module would keep it in every bundle.)
const CURRENCY_SIGNS = /* @__PURE__ */ '$ € £ ¥ ₹ ₩ ₽ ₺ ₪ r$ c$ a$'.split(' ')

/**
 * Parses the lexicon's compact entries into a map from word to (feeling index, weight) pairs. A
 * line's pairs are `index:weight` (in hundredths) separated by spaces, or, in the shorter form the
 * fitting script writes, each a letter for the index (`a` = 0) followed by the weight in twentieths:
 * `a43m-8` is `0:215 12:-40`.
 */
export function parseLexicon(entries: string): Map<string, number[]> {
  const map = new Map<string, number[]>()
  for (const line of entries.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const pairs: number[] = []
    const rest = line.slice(tab + 1)
    const parts = rest.includes(':') ? rest.split(' ') : rest.split(/(?=[a-z])/)
    for (const part of parts) {
      const colon = part.indexOf(':')
      const index = colon > 0 ? Number(part.slice(0, colon)) : part.charCodeAt(0) - 97
      const digits = part.slice(colon > 0 ? colon + 1 : 1).trim()
      const weight = colon > 0 ? Number(digits) / 100 : Number(digits) / 20
      if (Number.isInteger(index) && index >= 0 && digits !== '' && Number.isFinite(weight)) pairs.push(index, weight)
    }
    if (pairs.length) map.set(line.slice(0, tab), pairs)
  }
  return map
}

/**
 * Every spelling of `phrase` that `groups` allow (`DetectTables.spellings`): the phrase as written,
 * and with each member of a group it uses replaced by each other member ("can't log in" gives
 * "cannot log in" and "can not log in").
 */
export function spellingsOf(phrase: string, groups: readonly (readonly string[])[]): string[] {
  let forms = [phrase]
  for (const group of groups) {
    // (Most phrases use no member of most groups: a plain search, which allocates nothing, passes
    // those over before the whole-word one below.)
    if (!forms.some((form) => group.some((member) => form.includes(member)))) continue
    const next = new Set<string>()
    for (const form of forms) {
      const padded = ` ${form} `
      const member = group.find((m) => padded.includes(` ${m} `))
      if (member === undefined) next.add(form)
      else for (const other of group) next.add(padded.split(` ${member} `).join(` ${other} `).trim())
    }
    forms = [...next]
  }
  return forms
}

/**
 * Compiles a pack's detection tables into lookup structures. Memoised per tables object: the cache
 * is invisible to callers (same input, same output), it only saves the work on the next call.
 */
export function compileTables(tables: ReadTables): CompiledTables {
  // The tables of the last call first: nearly every call reads with the same pack. (A function this
  // small is compiled into its callers. The last pack's compiled tables stay in memory until a
  // call reads with another pack.)
  if (tables !== last.tables) last = { tables, compiled: compileMemoised(tables) }
  return last.compiled as CompiledTables
}

function compileMemoised(tables: ReadTables): CompiledTables {
  const hit = cache.get(tables)
  if (hit) return hit
  const feelings = tables.lexicon.feelings
  const feelingIndex = new Map(feelings.map((f, i) => [f, i]))
  const spellings = tables.spellings ?? []
  // Each spelling of a cue's phrases once, with the phrase it was written as (the first to give it).
  const formsOf = (phrases: readonly string[]): Map<string, string> => {
    const forms = new Map<string, string>()
    for (const phrase of phrases) for (const form of spellingsOf(phrase, spellings)) if (!forms.has(form)) forms.set(form, phrase)
    return forms
  }
  const cues = new Map<string, CompiledCue[]>()
  const addCue = (cue: Omit<CompiledCue, 'words' | 'hashes' | 'key' | 'direct' | 'near' | 'within'>, phrase: string, direct = -1, near: TopicCue<string>['near'] = undefined): void => {
    const words = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean)
    // Customers often type contractions without the apostrophe ("cant log in", "havent heard back",
    // "i dont understand"): a phrase is matched that way too.
    const bare = words.map((word) => (BARE_CONTRACTIONS.has(word) ? word.replace("'", '') : word))
    for (const form of bare.some((word, k) => word !== words[k]) ? [words, bare] : [words]) {
      const first = form[0]
      if (!first) return
      const list = cues.get(first) ?? []
      // (One object literal for every cue, so all have one shape and the readers' loads of their
      // fields stay monomorphic; a spread of three differently made objects gave them several.)
      list.push({ id: cue.id, key: 'cue:' + cue.id, kind: cue.kind, of: cue.of, words: form, hashes: form.map(hashOf), weights: cue.weights, ignoresNegation: cue.ignoresNegation, mishap: cue.mishap, direct, near: near ? new Set(near.words) : null, within: near?.within ?? 0 })
      cues.set(first, list)
    }
  }
  for (const cue of tables.feelingCues) {
    const weights: number[] = []
    for (const [feeling, weight] of Object.entries(cue.feelings)) {
      const index = feelingIndex.get(feeling as Feeling)
      if (index !== undefined && typeof weight === 'number') weights.push(index, weight)
    }
    // A direct phrase states the cue's strongest feeling.
    let strongest = -1
    for (let k = 0; k + 1 < weights.length; k += 2) if (strongest < 0 || (weights[k + 1] as number) > (weights[strongest + 1] as number)) strongest = k
    const stated = strongest >= 0 && (weights[strongest + 1] as number) > 0 ? (weights[strongest] as number) : -1
    const compiled = { id: cue.id, kind: 'feeling', of: null, weights, ignoresNegation: cue.ignoresNegation === true, mishap: cue.mishap === true } as const
    // A phrase marked with a closing "!" ("gutted!") is direct, as if `direct` listed it. The mark
    // comes off before the phrase is spelled.
    for (const [form, phrase] of formsOf(cue.phrases.map(unmarked))) addCue(compiled, form, cue.direct?.includes(phrase) || cue.phrases.includes(phrase + '!') ? stated : -1)
  }
  for (const cue of tables.concernCues) {
    for (const [form] of formsOf(cue.phrases)) addCue({ id: cue.id, kind: 'concern', of: cue.of, weights: [], ignoresNegation: true, mishap: false }, form, -1, cue.near)
  }
  for (const cue of tables.signalCues) {
    // (Urgency is the one concern or signal a negation takes back: "not urgent", "there's no rush".)
    for (const [form] of formsOf(cue.phrases)) addCue({ id: cue.id, kind: 'signal', of: cue.of, weights: [], ignoresNegation: cue.of !== 'urgency', mishap: false }, form, -1, cue.near)
  }
  // Longest phrases first, so the most specific cue of an id wins at a position.
  for (const list of cues.values()) list.sort((a, b) => b.words.length - a.words.length)
  // All attune knows of each word, by the word's entry (its place in `entries`, which is the order
  // of the word table's keys): its role in the rules, topic flags, fitted weights and cues. The walk
  // reads these from arrays of small numbers by entry, not from an object per word.
  const entries = new Map<string, number>()
  const bits: number[] = []
  const topics: number[] = []
  const intensity: number[] = []
  const pairsOf: (number[] | undefined)[] = []
  const cuesAlone: (CompiledCue[] | undefined)[] = []
  const role = (word: string): number => {
    let entry = entries.get(word)
    if (entry === undefined) {
      entry = entries.size
      entries.set(word, entry)
      bits[entry] = topics[entry] = 0
      intensity[entry] = 1
      pairsOf[entry] = cuesAlone[entry] = undefined
    }
    return entry
  }
  // The walk finds a word's candidate cues by the word after it with one lookup, in the list's
  // order (multi-word cues come before one-word ones): keyed by the first word's role and the
  // `hashOf` of a second word, the multi-word cues with that second word (or, rarely, another of
  // the same hash, which `matchCue` then turns down), then the one-word cues.
  const after: { first: number; second: number; list: CompiledCue[] }[] = []
  for (const [word, list] of cues) {
    const entry = role(word)
    const alone = list.filter((cue) => cue.words.length === 1)
    const bySecond = new Map<number, CompiledCue[]>()
    for (const cue of list) {
      const second = cue.words[1]
      if (second === undefined) continue
      const same = bySecond.get(hashOf(second))
      if (same) same.push(cue)
      else bySecond.set(hashOf(second), [cue])
    }
    for (const [second, same] of bySecond) after.push({ first: entry, second, list: [...same, ...alone] })
    if (alone.length) {
      cuesAlone[entry] = alone
      bits[entry]! |= Role.CUES_ALONE
    }
    if (bySecond.size > 0) bits[entry]! |= Role.CUES_AFTER
  }
  for (const word of tables.negators) bits[role(word)]! |= Role.NEGATOR
  for (const word of tables.scopeBreakers) bits[role(word)]! |= Role.BREAKER
  for (const word of tables.contrast) bits[role(word)]! |= Role.CONTRAST
  const clauseContrast = tables.clauseContrast ?? []
  for (const word of clauseContrast) bits[role(word)]! |= Role.CLAUSE_CONTRAST
  for (const [word, factor] of [...Object.entries(tables.softeners), ...Object.entries(tables.intensifiers)]) {
    const entry = role(word)
    intensity[entry] = factor
    bits[entry]! |= Role.INTENSITY
  }
  // The language's most common words have a role of their own: a word with a role is of the language.
  for (const word of tables.commonWords) role(word)
  const flag = (word: string, bit: number): void => {
    topics[role(word)]! |= bit
  }
  for (const word of tables.events) flag(word, Topic.EVENT)
  for (const word of tables.times) flag(word, Topic.TIME)
  for (const word of Object.keys(tables.numbers)) flag(word, Topic.NUMBER)
  for (const word of [...CURRENCY_SIGNS, ...CURRENCY_WORDS]) flag(word, Topic.CURRENCY)
  const lexicon = parseLexicon(tables.lexicon.entries)
  const negated = new Map<string, { key: string; pairs: number[] }>()
  for (const [word, pairs] of lexicon) {
    if (!word.startsWith('!')) pairsOf[role(word)] = pairs
    else negated.set(word.slice(1), { key: word, pairs })
  }
  for (let entry = 0; entry < topics.length; entry++) if (topics[entry] !== 0) bits[entry]! |= Role.TOPIC
  const words = wordTable(entries.keys())
  // The scan notes whether it met a contrast word (`Scan.marks`), so the walk weighs clauses only then.
  for (const word of [...tables.contrast, ...clauseContrast]) words.marks[entries.get(word) as number]! |= Mark.CONTRAST
  const compiled: CompiledTables = {
    words,
    wordBits: bits,
    wordTopics: topics,
    wordIntensity: intensity,
    wordPairs: pairsOf,
    wordCuesAlone: cuesAlone,
    cuesAfter: pairTable(after),
    feelings,
    valences: Int8Array.from(feelings, (feeling) => (VALENCE[feeling] === 'positive' ? 1 : VALENCE[feeling] === 'negative' ? -1 : 0)),
    bias: Float64Array.from(feelings, (_, f) => tables.lexicon.bias[f] ?? -5),
    thresholds: tables.lexicon.thresholds,
    thresholdLogits: feelings.map((_, f) => {
      const t = Math.min(Math.max(tables.lexicon.thresholds[f] ?? 0.5, 1e-6), 1 - 1e-6)
      return Math.log(t / (1 - t))
    }),
    lexicon,
    negated,
    markPairs: [lexicon.get('!') ?? null, lexicon.get('!!') ?? null, lexicon.get('?') ?? null],
    cues,
    negationScope: tables.negationScope,
    acronyms: new Set(tables.acronyms),
    conditions: new Set(tables.conditions),
    numbers: new Map(Object.entries(tables.numbers)),
    durationUnits: new Set(tables.durationUnits),
    numberFollowers: new Set([...tables.durationUnits, ...CONTACT_WORDS, ...CONTACT_NOUNS, ...CONTACT_PLURALS, 'phone'].map(hashOf)),
  }
  cache.set(tables, compiled)
  return compiled
}

/** The topic flags of token `k` of a scan (made with hashes), looked up by its hash: a symbol's, say. */
export function topicAt(tables: CompiledTables, scan: Scan, k: number): number {
  const entry = findWord(tables.words, scan.hashes[k] as number, scan.norms[k] as string)
  return entry >= 0 ? (tables.wordTopics[entry] as number) : 0
}

/**
 * Cue lists keyed by a pair of numbers (a first word's role index, a second word's hash), in an
 * open-addressing table of typed arrays: a miss, the common case, costs a probe or two.
 */
type PairTable = { slots: Int32Array; firsts: Int32Array; seconds: Int32Array; lists: CompiledCue[][] }

const pairSlot = (first: number, second: number, mask: number): number => {
  const hash = Math.imul(first + 1, 0x9e3779b1) ^ second
  return (hash ^ (hash >>> 15)) & mask
}

function pairTable(entries: { first: number; second: number; list: CompiledCue[] }[]): PairTable {
  let size = 256
  while (size < entries.length * 3) size *= 2
  const table: PairTable = { slots: new Int32Array(size).fill(-1), firsts: new Int32Array(entries.length), seconds: new Int32Array(entries.length), lists: [] }
  entries.forEach(({ first, second, list }, k) => {
    let slot = pairSlot(first, second, size - 1)
    while (table.slots[slot] !== -1) slot = (slot + 1) & (size - 1)
    table.slots[slot] = k
    table.firsts[k] = first
    table.seconds[k] = second
    table.lists.push(list)
  })
  return table
}

/** The cues of the word with role index `first` that may match when the next word's hash is `second`, or undefined. */
function cuesAfter(table: PairTable, first: number, second: number): CompiledCue[] | undefined {
  const mask = table.slots.length - 1
  let slot = pairSlot(first, second, mask)
  for (;;) {
    const k = table.slots[slot] as number
    if (k < 0) return undefined
    if (table.firsts[k] === first && table.seconds[k] === second) return table.lists[k]
    slot = (slot + 1) & mask
  }
}

/**
 * Receives one feature of a message: a lexicon key (or `cue:<id>` with the cue), its value, where
 * it is, and whether a negation had it in scope. Positional arguments keep the hot path free of
 * allocations.
 */
export type EmitFeature = (
  key: string,
  value: number,
  start: number,
  end: number,
  negated: boolean,
  cue: CompiledCue | null,
  /** The key's weights when the walk already looked them up (`null`: it has none), else `undefined`. */
  pairs?: number[] | null,
) => boolean | void

// Runs of three or more of the same letter: "sooo", "whyyy".
function stretched(word: string): boolean {
  for (let k = 2; k < word.length; k++) {
    const c = word.charCodeAt(k)
    if (c === word.charCodeAt(k - 1) && c === word.charCodeAt(k - 2)) return true
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

/** Whether `text.slice(start, end)` is written in capitals (two letters or more, not a known acronym). */
export function isShouted(text: string, start: number, end: number, acronyms: Set<string>, norm: string): boolean {
  if (end - start < 2) return false
  let letters = 0
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c >= 97 && c <= 122) return false
    if (c >= 65 && c <= 90) letters++
    else if (c > 127 && text[k] !== text[k]?.toUpperCase()) return false
  }
  return letters >= 2 && !acronyms.has(norm)
}

/**
 * Whether word token `i` of `scan` is shouted (see `isShouted`): from the scan's flags when its fast
 * path read the word (`Flag.READ`), else from the text.
 */
export function isShoutedAt(text: string, scan: Scan, i: number, acronyms: Set<string>): boolean {
  const flags = scan.flags[i] as number
  if ((flags & Flag.READ) !== 0) return (flags & Flag.CAPS) !== 0 && !acronyms.has(scan.norms[i] as string)
  return isShouted(text, scan.starts[i] as number, scan.ends[i] as number, acronyms, scan.norms[i] as string)
}

/**
 * Whether `shouted` words in capitals among `words` words (word tokens) make a message shout: three
 * or more, or two or more that are at least half of four words or more.
 */
export function isShouting(shouted: number, words: number): boolean {
  return shouted >= 3 || (words >= 4 && shouted / words >= 0.5 && shouted >= 2)
}

/** Whether a punctuation token's normal form ends a sentence. */
export function isSentenceEnd(norm: string): boolean {
  const c = norm.charCodeAt(0)
  if (c === 33 || c === 63) return true
  // One character: a full stop ends a sentence; "!" and "?" were answered above.
  if (norm.length === 1) return c === 46
  return norm === '...' || norm.includes('!') || norm.includes('?')
}

/**
 * Whether token `t` is a comma, a hyphen or a lone apostrophe, which a phrase may pass over ("at my
 * wits' end", "the 'new' policy").
 */
export function isPhraseGap(scan: Scan, t: number): boolean {
  if (scan.kindAt[t] !== Kind.PUNCT) return false
  const norm = scan.norms[t]
  return norm === ',' || norm === '-' || norm === "'"
}

/** Matches a cue's words from token `i`, passing over `isPhraseGap` tokens; returns the last token index or -1. */
function matchCue(scan: Scan, i: number, cue: CompiledCue): number {
  const { words, hashes } = cue
  let t = i
  for (let w = 1; w < words.length; w++) {
    t++
    while (t < scan.n && isPhraseGap(scan, t)) t++
    // (By hash first: most tokens compared are not the word, and numbers compare faster.)
    if (t >= scan.n || scan.hashes[t] !== hashes[w] || scan.norms[t] !== words[w]) return -1
  }
  return t
}

/** Whether a word ends in a possessive "'s" ("dad's", "app's"), not one that is "is" ("it's", "that's"). */
export const isPossessive = (word: string): boolean => word.endsWith("'s") && !/^(?:it|that|there|here|what|he|she)'s$/.test(word)

/**
 * Whether one of `words` is within `within` tokens before token `first` or after token `last`. A
 * word with "'s" after it counts as the word: "the app's down", "the boiler's broken" (not "it's").
 */
export function isNear(scan: Scan, first: number, last: number, words: Set<string>, within: number): boolean {
  for (let k = Math.max(0, first - within); k <= Math.min(scan.n - 1, last + within); k++) {
    const word = scan.norms[k] as string
    if ((k < first || k > last) && (words.has(word) || (isPossessive(word) && words.has(word.slice(0, -2))))) return true
  }
  return false
}

// Per sentence, the index of its first contrast word (-1: none); reused by every walk (a walk never
// runs inside another), and only the first entries, up to the walk's number of sentences, are its own.
const sentenceContrasts: number[] = []

/** The factors of the walk: contrast before and after "but", shouting, stretched words ("sooo"). */
export const enum Factor {
  CONTRAST_BEFORE = 0.6,
  CONTRAST_AFTER = 1.3,
  SHOUT = 1.4,
  STRETCH = 1.2,
}

/**
 * Walks a message's tokens and calls `emit` with every feature, in order, contrast applied.
 * `known` tells whether the lexicon (or, when fitting, the vocabulary) has a key; `emit` may return
 * whether it found the key, which spares a second lookup. Returns the number of words and how many
 * of them the tables know, so callers can tell text in another language. With `weightsOnly`, a word
 * the tables give no weights is not emitted (detection has no use for it; fitting needs every key).
 * Each token's entry in `tables.words` is written to `scan.entryAt`, for the readers after the walk:
 * -1 for a word the tables do not know, and for punctuation and other tokens that are not word-like
 * (the walk gives them no role).
 */
export function walkFeatures(
  text: string,
  scan: Scan,
  tables: CompiledTables,
  known: (key: string) => boolean,
  emit: EmitFeature,
  weightsOnly: boolean,
): WalkResult {
  const n = scan.n
  // Words, hashtags, numbers, emoji and emoticons (not punctuation, symbols, URLs, emails, mentions).
  const wordLike = (1 << Kind.WORD) | (1 << Kind.HASHTAG) | (1 << Kind.NUMBER) | (1 << Kind.EMOJI) | (1 << Kind.EMOTICON)
  const kinds = scan.kindAt
  const norms = scan.norms
  const starts = scan.starts
  const ends = scan.ends
  const entries = scan.entryAt
  const wordBits = tables.wordBits
  // The scan's entries are in `tables.words` when it looked words up there; otherwise every word
  // is looked up below.
  const ownEntries = scan.table === tables.words
  // A token's contrast factor needs to know whether a contrast word comes later in its sentence, so
  // when the message may have one, a first pass finds, per sentence, the index of its first contrast
  // word, or -1 (`contrasts`; a sentence ends after a sentence-ending punctuation token). The same
  // pass looks up the entries the scan did not. Most messages have no contrast word, which the scan
  // knows (`Scan.marks`): their tokens are read once.
  const contrasts = sentenceContrasts
  const weighClauses = !ownEntries || (scan.marks & (Mark.CONTRAST | Mark.UNLOOKED)) !== 0
  let sentences = 0
  if (weighClauses) {
    let contrastAt = -1
    for (let i = 0; i < n; i++) {
      const kind = kinds[i] as number
      if (kind === Kind.PUNCT) {
        if (isSentenceEnd(norms[i] as string)) {
          contrasts[sentences++] = contrastAt
          contrastAt = -1
        }
        continue
      }
      if (((1 << kind) & wordLike) === 0) continue
      // Found by the scan, or looked up here (a word the scan's fast path did not read).
      let entry = ownEntries ? (entries[i] as number) : Entry.NOT_LOOKED_UP
      if (entry === Entry.NOT_LOOKED_UP) {
        entry = findWord(tables.words, scan.hashes[i] as number, norms[i] as string)
        entries[i] = entry
      }
      const bits = entry >= 0 ? (wordBits[entry] as number) : 0
      if (contrastAt < 0 && kind === Kind.WORD && ((bits & Role.CONTRAST) !== 0 || ((bits & Role.CLAUSE_CONTRAST) !== 0 && (i === 0 || kinds[i - 1] === Kind.PUNCT)))) contrastAt = i
    }
    contrasts[sentences] = contrastAt
  }
  // The entries are now all in `tables.words` (see `Scan.entryAt`), whatever table the scan had.
  scan.table = tables.words
  let sentence = 0

  // What the concern and signal pass needs (see `WalkResult.topical`).
  let topical = false
  let shouted = 0
  let wordTokens = 0
  let negLeft = 0
  let boost = 1
  let words = 0
  let knownWords = 0
  for (let i = 0; i < n; i++) {
    const at = weighClauses ? (contrasts[sentence] as number) : -1
    const clause = at < 0 ? 1 : i < at ? Factor.CONTRAST_BEFORE : Factor.CONTRAST_AFTER
    const kind = kinds[i] as number
    const norm = norms[i] as string
    const start = starts[i] as number
    const end = ends[i] as number
    if (kind === Kind.PUNCT) {
      entries[i] = -1
      const c = norm.charCodeAt(0)
      const long = norm.length > 1
      // Only a run of "!", "?" (and a few more) or dots can end a sentence or emphasise. (One mark is
      // known by its code, without a search.)
      if (c === 33 || c === 63 || long) {
        // (The marks' weights were looked up once, with the tables.)
        if (long ? norm.includes('!') : c === 33) emit(long ? '!!' : '!', clause, start, end, false, null, tables.markPairs[long ? 1 : 0])
        if (long ? norm.includes('?') : c === 63) emit('?', clause, start, end, false, null, tables.markPairs[2])
      }
      if (isSentenceEnd(norm)) {
        negLeft = 0
        boost = 1
        sentence++
      } else if (norm === ',' || norm === ';' || norm === ':') {
        negLeft = 0
      }
      continue
    }
    if (((1 << kind) & wordLike) === 0) {
      entries[i] = -1
      if (kind === Kind.SYMBOL) topical = true
      continue
    }
    // A face is never in a negation's scope: "and nothing 😤" still huffs.
    const negatedHere = negLeft > 0 && kind !== Kind.EMOJI && kind !== Kind.EMOTICON
    // Found by the scan (or by the first pass), or looked up here.
    let entry = entries[i] as number
    if (entry === Entry.NOT_LOOKED_UP) {
      entry = findWord(tables.words, scan.hashes[i] as number, norm)
      entries[i] = entry
    }
    const bits = entry >= 0 ? (wordBits[entry] as number) : 0
    if ((bits & Role.TOPIC) !== 0 && !topical) topical = topicWordMatters(scan, tables, i, tables.wordTopics[entry] as number)
    if ((bits & (Role.CUES_ALONE | Role.CUES_AFTER)) !== 0) {
      let cueList = (bits & Role.CUES_ALONE) !== 0 ? tables.wordCuesAlone[entry] : undefined
      if ((bits & Role.CUES_AFTER) !== 0) {
        // The next word, found once: it picks the multi-word cues that can match here.
        let t = i + 1
        while (t < n && isPhraseGap(scan, t)) t++
        if (t < n) cueList = cuesAfter(tables.cuesAfter, entry, scan.hashes[t] as number) ?? cueList
      }
      if (cueList !== undefined) {
        for (const cue of cueList) {
          const last = cue.words.length === 1 ? i : matchCue(scan, i, cue)
          if (last < 0) continue
          // A cue in a negation's scope is no hit, unless it ignores negation (every concern and
          // signal cue but urgency's does: "I can't log in" is access). A feeling cue that ignores
          // negation ("can't tell you how disappointed") still yields to a negator right before it
          // ("wasn't disappointed", "not surprised", "don't regret buying").
          if (negatedHere && (!cue.ignoresNegation || (cue.kind === 'feeling' && negLeft === tables.negationScope))) continue
          // A concern or signal cue that needs a word near it and has none is no hit: checked here,
          // so a message left with no hit skips the concern and signal pass.
          if (cue.near !== null && !isNear(scan, i, last, cue.near, cue.within)) continue
          emit(cue.key, cue.kind === 'feeling' ? boost * clause : 1, start, ends[last] as number, negatedHere, cue)
        }
      }
    }
    let pairs: number[] | null | undefined = entry >= 0 ? (tables.wordPairs[entry] ?? null) : null
    if (kind === Kind.EMOJI || kind === Kind.EMOTICON) {
      emit(norm, clause, start, end, false, null, pairs)
      continue
    }
    if (kind === Kind.NUMBER) {
      topical = true
      continue
    }
    words++
    const flags = scan.flags[i] as number
    const plain = (flags & Flag.PLAIN) !== 0
    // A word in capitals counts more, and enough of them make the message shout.
    const shout = !plain && isShoutedAt(text, scan, i, tables.acronyms)
    if (kind === Kind.WORD) {
      wordTokens++
      if (!plain) {
        const first = text.charCodeAt(start)
        // A day of the month ("the 15th") may be a deadline, which the concern and signal pass finds.
        if (first >= 48 && first <= 57) topical = true
        else if (shout) {
          shouted++
          // "NOW" in capitals may be urgency, which the concern and signal pass finds.
          if (norm === 'now') topical = true
        }
      }
    }
    // Any word the tables know (weights, cue, negator, common word ...) is of the pack's language.
    if (entry >= 0) {
      knownWords++
      if ((bits & Role.NEGATOR) !== 0) {
        emit(norm, clause, start, end, false, null, pairs)
        negLeft = tables.negationScope
        continue
      }
      if ((bits & Role.BREAKER) !== 0) negLeft = 0
      if ((bits & Role.INTENSITY) !== 0) {
        emit(norm, clause, start, end, false, null, pairs)
        boost = tables.wordIntensity[entry] as number
        continue
      }
    }
    let key = norm
    let value = boost * clause
    const isStretched = !plain && ((flags & Flag.READ) !== 0 ? (flags & Flag.STRETCHED) !== 0 : stretched(norm))
    if (isStretched) {
      key = canonicalWord(norm, known).key
      value *= Factor.STRETCH
      pairs = undefined
    }
    if (shout) value *= Factor.SHOUT
    boost = 1
    if (negatedHere) {
      negLeft--
      let hit: boolean | void
      if (isStretched) hit = emit('!' + key, value, start, end, true, null)
      else {
        const weights = tables.negated.get(key)
        hit = weightsOnly && weights === undefined ? false : emit(weights?.key ?? '!' + key, value, start, end, true, null, weights?.pairs ?? null)
      }
      // (A word not in the table has no weights of its own, since every word of the lexicon is in
      // the table; only a stretched word's shorter form may have them.)
      if (entry < 0 && (hit || (isStretched && known(key)))) knownWords++
    } else {
      const hit = weightsOnly && pairs === null ? false : emit(key, value, start, end, false, null, pairs)
      if (entry < 0 && hit) knownWords++
    }
  }
  // After a huge message, the per-sentence list is let go rather than kept at its size.
  if (sentences > 4096) contrasts.length = 0
  return { words, knownWords, topical: topical || isShouting(shouted, wordTokens) }
}

/** What `walkFeatures` counted. */
export type WalkResult = {
  words: number
  /** Words the tables know (of the pack's language). */
  knownWords: number
  /**
   * Whether the message may have a concern or signal beyond its cues: a number, a symbol, a day of
   * the month, shouting (`isShouting`), or a topic word (a number word only before a unit of time or a
   * word for contacts). When false, the concern and signal pass has nothing to find but cue hits.
   */
  topical: boolean
}

// A number word ("a", "two", "third") matters only before a unit of time or a word for contacts,
// within the three tokens the duration and count rules look at; other topic words always do.
function topicWordMatters(scan: Scan, tables: CompiledTables, i: number, topic: number): boolean {
  const here = scan.norms[i] as string
  if (topic !== Topic.NUMBER || here === 'twice' || here === 'thrice') return true
  for (let k = i + 1; k <= i + 3 && k < scan.n; k++) {
    // By hash first: most words are none of these, and a number compares faster than a string.
    if (!tables.numberFollowers.has(scan.hashes[k] as number)) continue
    const word = scan.norms[k] as string
    if (tables.durationUnits.has(word) || CONTACT_WORDS.has(word) || CONTACT_NOUNS.has(word) || CONTACT_PLURALS.has(word)) return true
  }
  return false
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x))
}
