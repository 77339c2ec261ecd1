// The loyalty model shared by `scoreLoyalty` and by scripts/fit-loyalty.ts, so the words the
// weights were fitted on are exactly the words they are applied to.
//
// A comment is walked token by token. Tagged phrases from the pack are matched longest first; a
// negator up to three words before a phrase turns it around ("I didn't feel heard", "would not
// recommend"). Each phrase is given a target, the nearest word in its clause that names the agent,
// the company, the product or the delivery, so "the agent was great but the company never followed
// up" praises the agent and faults the company. Every word is also a feature for the fitted weights
// ("!word" inside a negation's scope).
import type { LoyaltyTables, LoyaltyTag, LoyaltyTarget, NegationTables } from '../types/pack'
import { Factor, isSentenceEnd } from './feelingModel'
import { Kind } from './scan'
import type { Scan } from './scan'

type Phrase = { tag: LoyaltyTag; words: string[] }

export type CompiledLoyalty = {
  phrases: Map<string, Phrase[]>
  targets: Map<string, LoyaltyTarget>
  lexicon: Map<string, number>
  bias: number
  negators: Set<string>
  breakers: Set<string>
  contrast: Set<string>
  clauseContrast: Set<string>
  scope: number
}

const cache = new WeakMap<LoyaltyTables, { negation: NegationTables; compiled: CompiledLoyalty }>()

/** Parses `word<TAB>weight` lines (weights in hundredths). */
export function parseWeights(entries: string): Map<string, number> {
  const map = new Map<string, number>()
  for (const line of entries.split('\n')) {
    const tab = line.indexOf('\t')
    if (tab <= 0) continue
    const weight = Number(line.slice(tab + 1)) / 100
    if (Number.isFinite(weight)) map.set(line.slice(0, tab), weight)
  }
  return map
}

/** Compiles a pack's loyalty tables, with the negation words of its detection tables. Memoised. */
export function compileLoyalty(loyalty: LoyaltyTables, detect: NegationTables): CompiledLoyalty {
  const hit = cache.get(loyalty)
  if (hit && hit.negation === detect) return hit.compiled
  const phrases = new Map<string, Phrase[]>()
  for (const tag of loyalty.tags) {
    for (const phrase of tag.phrases) {
      const words = phrase.toLowerCase().split(/[\s,]+/).filter(Boolean)
      const first = words[0]
      if (!first) continue
      const list = phrases.get(first) ?? []
      list.push({ tag, words })
      phrases.set(first, list)
    }
  }
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length)
  const targets = new Map<string, LoyaltyTarget>()
  for (const [target, words] of Object.entries(loyalty.targets) as [LoyaltyTarget, string[]][]) {
    for (const word of words) if (!targets.has(word)) targets.set(word, target)
  }
  const compiled: CompiledLoyalty = {
    phrases,
    targets,
    lexicon: parseWeights(loyalty.lexicon.entries),
    bias: loyalty.lexicon.bias,
    negators: new Set(detect.negators),
    breakers: new Set([...detect.scopeBreakers, ...detect.contrast, ...(detect.clauseContrast ?? [])]),
    contrast: new Set(detect.contrast),
    clauseContrast: new Set(detect.clauseContrast ?? []),
    scope: detect.negationScope,
  }
  cache.set(loyalty, { negation: detect, compiled })
  return compiled
}

/** A tagged phrase found in a comment. */
export type PhraseHit = { tag: LoyaltyTag; start: number; end: number; negated: boolean; target: LoyaltyTarget | undefined; value: number }

function isClauseEnd(scan: Scan, k: number): boolean {
  if (scan.kindAt[k] !== Kind.PUNCT) return false
  const norm = scan.norms[k] as string
  return norm === ',' || norm === ';' || norm === ':' || isSentenceEnd(norm)
}

function matchPhrase(scan: Scan, i: number, words: string[]): number {
  let t = i
  for (let w = 1; w < words.length; w++) {
    t++
    while (t < scan.n && scan.kindAt[t] === Kind.PUNCT && scan.norms[t] === '-') t++
    if (t >= scan.n || scan.norms[t] !== words[w]) return -1
  }
  return t
}

// Words, hashtags, emoji and emoticons carry loyalty; numbers, symbols, links and names do not.
const LOYALTY_KINDS = (1 << Kind.WORD) | (1 << Kind.HASHTAG) | (1 << Kind.EMOJI) | (1 << Kind.EMOTICON)

/**
 * Walks a comment's scan (`scanInto`): `onPhrase` for every tagged phrase, `onWord` for every word
 * feature (its key, "!word" in a negation's scope).
 */
export function walkLoyalty(scan: Scan, model: CompiledLoyalty, onPhrase: (hit: PhraseHit) => void, onWord: (key: string, value: number) => void): void {
  const clauses = contrastFactors(scan, model)
  let negLeft = 0
  let phraseUntil = -1
  let lastTarget: LoyaltyTarget | undefined
  for (let i = 0; i < scan.n; i++) {
    if (isClauseEnd(scan, i)) {
      negLeft = 0
      lastTarget = undefined
      continue
    }
    if (((1 << (scan.kindAt[i] as number)) & LOYALTY_KINDS) === 0) continue
    const norm = scan.norms[i] as string
    if (model.breakers.has(norm)) {
      negLeft = 0
      lastTarget = undefined
    }
    if (i > phraseUntil) {
      for (const phrase of model.phrases.get(norm) ?? []) {
        const last = phrase.words.length === 1 ? i : matchPhrase(scan, i, phrase.words)
        if (last < 0) continue
        onPhrase({ tag: phrase.tag, start: scan.starts[i] as number, end: scan.ends[last] as number, negated: negLeft > 0, target: lastTarget ?? targetAhead(scan, last + 1, model), value: clauses[i] as number })
        phraseUntil = last
        break
      }
    }
    const target = model.targets.get(norm)
    if (target) lastTarget = target
    const value = clauses[i] as number
    if (model.negators.has(norm)) {
      onWord(norm, value)
      negLeft = model.scope
      continue
    }
    if (negLeft > 0) {
      negLeft--
      onWord('!' + norm, value)
    } else {
      onWord(norm, value)
    }
  }
}

// In a sentence with a contrast word, what follows it counts more than what came before ("runs
// small, but I kept it"), as in the feeling model.
function contrastFactors(scan: Scan, { contrast, clauseContrast }: CompiledLoyalty): number[] {
  const factors: number[] = new Array(scan.n).fill(1)
  let start = 0
  let at = -1
  for (let i = 0; i <= scan.n; i++) {
    const ends = i === scan.n || (scan.kindAt[i] === Kind.PUNCT && isSentenceEnd(scan.norms[i] as string))
    const word = scan.norms[i] as string
    if (i < scan.n && at < 0 && scan.kindAt[i] === Kind.WORD && (contrast.has(word) || (clauseContrast.has(word) && (i === 0 || scan.kindAt[i - 1] === Kind.PUNCT)))) at = i
    if (ends) {
      if (at >= 0) for (let k = start; k < i; k++) factors[k] = k < at ? Factor.CONTRAST_BEFORE : Factor.CONTRAST_AFTER
      start = i + 1
      at = -1
    }
  }
  return factors
}

// The target named just after a phrase, in the same clause ("great service from the agent").
function targetAhead(scan: Scan, from: number, model: CompiledLoyalty): LoyaltyTarget | undefined {
  for (let k = from; k < scan.n && k < from + 4; k++) {
    if (isClauseEnd(scan, k) || model.breakers.has(scan.norms[k] as string)) return undefined
    const target = model.targets.get(scan.norms[k] as string)
    if (target) return target
  }
  return undefined
}
