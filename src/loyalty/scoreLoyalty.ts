import { compileLoyalty, walkLoyalty } from '../_lib/loyaltyModel'
import { invalidInput } from '../_lib/invalidInput'
import { enLoyalty } from '../packs/en/loyalty'
import { enNegation } from '../packs/en/negation'
import { Scan, scanText } from '../_lib/scan'
import type { Evidence } from '../types/core'
import type { LoyaltyTarget, Pack } from '../types/pack'

/**
 * One loyalty signal in a comment: a tag, whether it points to return or churn here (a negated
 * positive tag points to churn), the phrase behind it, and what it is about when the comment says.
 *
 * @example
 * const signal: LoyaltySignal = {
 *   tag: 'felt-heard', polarity: 'negative', negated: true,
 *   evidence: { start: 8, end: 18, text: 'feel heard', cue: 'felt-heard', negated: true, weight: -1.4 },
 * }
 *
 * @category Loyalty
 */
export type LoyaltySignal = {
  /** The tag from the pack ("felt-heard", "passed-around", ...). */
  tag: string
  /** `positive` predicts return, `negative` predicts churn, after negation. */
  polarity: 'positive' | 'negative'
  /** The phrase, with its span into the comment and its weight (negative for churn). */
  evidence: Evidence
  /** Whether a negator turned the phrase around ("didn't feel heard"). */
  negated: boolean
  /** Who or what the phrase is about, when the comment names it. */
  target?: LoyaltyTarget
}

/**
 * What a comment says of the customer's loyalty.
 *
 * @example
 * const result: LoyaltyScore = { score: 0, signals: [] }
 *
 * @category Loyalty
 */
export type LoyaltyScore = {
  /** From -1 (will leave) to 1 (will return and recommend); 0 when the comment says nothing either way. */
  score: number
  /** The tagged phrases, in the order they appear. */
  signals: LoyaltySignal[]
}

/**
 * The {@link scoreLoyalty} function options.
 *
 * @example
 * import { en } from 'attune/packs/en'
 * const options: ScoreLoyaltyOptions = { pack: en }
 *
 * @category Loyalty
 */
export type ScoreLoyaltyOptions = {
  /** The pack whose loyalty tables (and negation words) to read with. @defaultValue the `en` pack */
  pack?: Pack
}

// The scan comments are read with, reused from one call to the next (a huge comment gets its own).
// (Marked pure, so a bundle that never tokenizes leaves the scan out.)
const shared = /* @__PURE__ */ new Scan({ hashed: false })

/**
 * Scores a comment (a survey answer, a review, a reply to a CSAT mail) for the phrases that
 * predict whether the customer comes back: "felt heard", "took ownership", "kept me updated" for
 * return; "had to repeat myself", "passed around", "never again" for churn. Negation ("I didn't feel
 * heard", "would not recommend"), contrast and targets ("the agent was great but the company never
 * followed up": praise for the agent, a missing follow-up from the company) are read.
 *
 * The score adds the tags' weights to fitted word weights (log-odds of "would recommend", fitted on
 * product reviews by scripts/fit-loyalty.ts) and maps the sum onto -1..1 with tanh, so a comment
 * with no evidence scores 0.
 *
 * @param comment - Any string; empty, huge or malformed text scores without throwing.
 * @param options - {@link ScoreLoyaltyOptions}.
 * @returns A {@link LoyaltyScore}.
 * @throws {@link AttuneError} with code `invalid-input` when `comment` is not a string.
 *
 * @example
 * const result = scoreLoyalty('The agent was great but the company never followed up.')
 * result.signals.map((s) => [s.tag, s.polarity, s.target])
 * //=> [['praised', 'positive', 'agent'], ['no-follow-up', 'negative', 'company']]
 *
 * @category Loyalty
 */
export function scoreLoyalty(comment: string, options: ScoreLoyaltyOptions = {}): LoyaltyScore {
  if (typeof comment !== 'string') throw invalidInput('comment', comment)
  // Without a pack, only the English loyalty and negation tables are needed (not the feeling lexicon).
  const model = options.pack ? compileLoyalty(options.pack.loyalty, options.pack.detect) : compileLoyalty(enLoyalty, enNegation)
  let z = 0
  const signals: LoyaltySignal[] = []
  const scan = scanText(comment, shared)
  walkLoyalty(
    scan,
    model,
    (hit) => {
      const positive = (hit.tag.polarity === 'positive') !== hit.negated
      const weight = (positive ? hit.tag.weight : -hit.tag.weight) * hit.value
      z += weight
      const signal: LoyaltySignal = {
        tag: hit.tag.id,
        polarity: positive ? 'positive' : 'negative',
        evidence: { start: hit.start, end: hit.end, text: comment.slice(hit.start, hit.end), cue: hit.tag.id, negated: hit.negated, weight: Math.round(weight * 100) / 100 },
        negated: hit.negated,
      }
      if (hit.target) signal.target = hit.target
      signals.push(signal)
    },
    (key, value) => {
      z += (model.lexicon.get(key) ?? 0) * value
    },
  )
  // The reused scan keeps nothing of the comment.
  scan.clear()
  return { score: Math.round(Math.tanh(z / 2) * 100) / 100, signals }
}
