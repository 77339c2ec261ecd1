import { findGroupedPhrases, indexPhrases } from '../_lib/phrases'
import { draftTokens, fleschKincaidGrade } from '../_lib/readability'
import { invalidInput } from '../_lib/invalidInput'
import { languageOf } from '../_lib/intl'
import { AttuneError } from '../types/AttuneError'
import { nameOf } from '../acknowledge/acknowledge'
import { detectFeelings } from '../detect/detectFeelings'
import { en } from '../packs/en'
import { tokenize } from '../text/tokenize'
import type { Evidence, FeelingReading, Finding } from '../types/core'
import type { LintTables } from '../types/pack'
import { lintReply, readsReplyLanguage } from './lintReply'
import type { LintReplyOptions } from './lintReply'

/**
 * The criteria of the QA rubric.
 *
 * @example
 * const criterion: Criterion = 'ownership'
 *
 * @category Lint
 */
export type Criterion = 'validation' | 'ownership' | 'clarity' | 'choice' | 'timeline' | 'personalization' | 'closure' | 'tone'

/**
 * One criterion's score: from 0 to 1, or `null` when the reply had no opportunity to meet it (no
 * feeling to validate, no name to use), with the evidence and a one-line rationale.
 *
 * @example
 * const score: CriterionScore = { score: 1, evidence: [], rationale: 'Names a time: "by 3 pm today".' }
 *
 * @category Lint
 */
export type CriterionScore = {
  /** 0 to 1, or `null` when the criterion did not apply. */
  score: number | null
  /** The spans behind the score. */
  evidence: Evidence[]
  /** Why, in one line. */
  rationale: string
}

/**
 * The empathy mechanisms of Sharma et al. (EMNLP 2020), each 0 (none), 1 (weak) or 2 (strong).
 *
 * @example
 * const mechanisms: Mechanisms = { emotionalReactions: 2, interpretations: 1, explorations: 0 }
 *
 * @category Lint
 */
export type Mechanisms = {
  /** Warmth, compassion, concern expressed by the writer. */
  emotionalReactions: 0 | 1 | 2
  /** Understanding of the customer's feelings and experience, said back. */
  interpretations: 0 | 1 | 2
  /** Questions that explore what the customer feels or has been through. */
  explorations: 0 | 1 | 2
}

/**
 * A reply's QA score.
 *
 * @example
 * const score: ReplyScore = { total: 82, criteria: {} as ReplyScore['criteria'], mechanisms: { emotionalReactions: 1, interpretations: 2, explorations: 0 }, findings: [] }
 *
 * @category Lint
 */
export type ReplyScore = {
  /** 0 to 100: the weighted mean of the criteria that applied. */
  total: number
  /** Every criterion, scored or `null`. */
  criteria: Record<Criterion, CriterionScore>
  /** The empathy mechanisms. */
  mechanisms: Mechanisms
  /** The lint findings the score took into account. */
  findings: Finding[]
}

/**
 * The {@link scoreReply} context: what the reply answers, and the rubric.
 *
 * @example
 * const context: ScoreReplyOptions = { customerMessage: 'Where is my refund?', channel: 'email', rubric: { choice: 0 } }
 *
 * @category Lint
 */
export type ScoreReplyOptions = LintReplyOptions & {
  /** Weights that replace the pack's, per criterion (0 turns one off). */
  rubric?: Partial<LintTables['rubric']>
}

// Phrase tables for the mechanisms (support-language versions of EPITOME's definitions).
const REACTIONS_STRONG = ["i'm so sorry", 'i am so sorry', 'so sorry to hear', 'that sounds really hard', 'that sounds so', 'that must have been', 'that must be really', "i'm really sorry", 'i am really sorry', "i'm so glad", 'i am so glad', 'heartbreaking', 'what a relief', 'that is awful', "that's awful", 'i hate that']
const REACTIONS_WEAK = ["i'm sorry", 'i am sorry', 'sorry', 'i apologize', 'i apologise', 'unfortunately', 'glad to hear', "i'm glad", 'i am glad', 'thank you', 'thanks']
const INTERPRET_STRONG = ["it sounds like you're", 'it sounds like you are', 'it sounds like', 'you must be', "you're worried", 'you are worried', 'i can hear how', 'i can see how', 'i can see why', 'i can tell how', 'having to', 'being passed', 'waiting', 'i know you need', 'i can see this', 'i can hear this']
const INTERPRET_WEAK = ['i understand', 'i can imagine', 'i hear you', 'i see', 'i know how', 'that is frustrating', "that's frustrating", 'frustrating', 'i get it']
const EXPLORE_STRONG = ['how are you feeling', 'how has this', 'how is this affecting', 'what would make this right', 'what matters most to you', 'what would help', 'tell me more about', 'can you tell me more', 'could you tell me more', 'what happened when', 'how did that', 'what would work best', 'which of these works best', 'which would you prefer', 'what do you need']
const EXPLORE_WEAK = ['any questions', 'anything else', 'can you tell me', 'could you tell me', 'can you send', 'could you send', 'let me know', 'which', 'what', 'how', 'when did']

type Table = { key: object; phrases: string[] }
const tables = {
  reactionsStrong: { key: {}, phrases: REACTIONS_STRONG },
  reactionsWeak: { key: {}, phrases: REACTIONS_WEAK },
  interpretStrong: { key: {}, phrases: INTERPRET_STRONG },
  interpretWeak: { key: {}, phrases: INTERPRET_WEAK },
  exploreStrong: { key: {}, phrases: EXPLORE_STRONG },
  exploreWeak: { key: {}, phrases: EXPLORE_WEAK },
}

// All the mechanism tables in one index, searched once per draft.
const mechanismPhrases = (): [string, string][] => Object.entries(tables).flatMap(([name, table]) => table.phrases.map((p) => [p, name] as [string, string]))
const groupedHits = new WeakMap<ReturnType<typeof tokenize>, Map<string, { start: number; end: number }[]>>()

function hitsOf(tokens: ReturnType<typeof tokenize>, table: Table, text: string, cue: string): Evidence[] {
  let grouped = groupedHits.get(tokens)
  if (!grouped) {
    grouped = findGroupedPhrases(tokens, indexPhrases(tables, mechanismPhrases()))
    groupedHits.set(tokens, grouped)
  }
  const name = Object.entries(tables).find(([, t]) => t === table)?.[0] ?? ''
  return (grouped.get(name) ?? []).map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end), cue, negated: false, weight: 1 }))
}

const asEvidence = (text: string, f: Finding): Evidence => ({ start: f.span.start, end: f.span.end, text: text.slice(f.span.start, f.span.end), cue: f.ruleId, negated: false, weight: f.severity === 'error' ? -1 : -0.5 })

/**
 * Scores a reply on a QA rubric a lead can trust: validation, ownership, clarity, choice, timeline,
 * personalisation, closure and tone, each from 0 to 1 (or `null` when the reply had no opportunity,
 * such as no feeling to validate), with its evidence spans and a one-line rationale; and the empathy
 * mechanisms of Sharma et al. 2020 (emotional reactions, interpretations, explorations; 0 none, 1
 * weak, 2 strong). The total is the weighted mean of the criteria that applied, times 100; the
 * weights are data in the pack, and a team can pass its own.
 *
 * @param draft - The reply; any string is scored without throwing.
 * @param context - {@link ScoreReplyOptions}.
 * @returns The {@link ReplyScore}.
 * @throws {@link AttuneError} with code `invalid-input` when `draft` is not a string, `invalid-options` (`unsupported-language`) when the pack's QA tables are in another language than its replies (the es, fr, de and pt-BR packs carry the English ones).
 *
 * @example
 * const score = scoreReply("Hi Dana, I'm so sorry your order is late. I'll call the courier and update you by 3 pm today.", { customerMessage: 'Where is my order??', customer: { name: 'Dana' } })
 * [score.total, score.mechanisms.emotionalReactions]
 * //=> [96, 2]
 *
 * @category Lint
 */
export function scoreReply(draft: string, context: ScoreReplyOptions = {}): ReplyScore {
  if (typeof draft !== 'string') throw invalidInput('draft', draft)
  const pack = context.pack ?? en
  if (!readsReplyLanguage(pack)) {
    // A score from tables that cannot read the reply would look like a judgment and be none.
    throw new AttuneError('invalid-options', [{ code: 'unsupported-language', path: ['pack'], message: `The "${pack.id}" pack's QA tables read ${pack.lint.language}, not ${pack.locale}: scoreReply cannot judge a reply in ${pack.locale}. Give the pack lint tables in its language (lint.language '${languageOf(pack.locale)}'), or score English drafts with an English pack.` }])
  }
  const weights = { ...pack.lint.rubric, ...context.rubric }
  const findings = lintReply(draft, context)
  const tokens = draftTokens(draft)
  const has = (id: string) => findings.filter((f) => f.ruleId === id)
  const reading: FeelingReading | undefined = context.reading ?? (typeof context.customerMessage === 'string' ? detectFeelings(context.customerMessage) : undefined)
  const negative = reading ? reading.polarity.label === 'negative' || reading.polarity.label === 'mixed' : true

  const reactions = [...hitsOf(tokens, tables.reactionsStrong, draft, 'emotional-reaction'), ...hitsOf(tokens, tables.reactionsWeak, draft, 'emotional-reaction')]
  const interpretStrong = hitsOf(tokens, tables.interpretStrong, draft, 'interpretation')
  const interpretWeak = hitsOf(tokens, tables.interpretWeak, draft, 'interpretation')
  const exploreStrong = hitsOf(tokens, tables.exploreStrong, draft, 'exploration')
  const questions = tokens.filter((t) => t.kind === 'punct' && t.norm.includes('?'))
  const exploreWeak = questions.length ? hitsOf(tokens, tables.exploreWeak, draft, 'exploration') : []
  const mechanisms: Mechanisms = {
    emotionalReactions: hitsOf(tokens, tables.reactionsStrong, draft, '').length ? 2 : reactions.length ? 1 : 0,
    interpretations: interpretStrong.length ? 2 : interpretWeak.length ? 1 : 0,
    explorations: exploreStrong.length && questions.length ? 2 : exploreWeak.length || questions.length ? 1 : 0,
  }

  const scripted = has('scripted-empathy')
  const hollow = has('hollow-empathy')
  const action = findGroupedPhrases(tokens, indexPhrases(pack.lint.action, pack.lint.action.map((p) => [p, 'action'] as [string, string]))).get('action') ?? []
  const times = new Set(pack.lint.times)
  const timeTokens = tokens.filter((t) => times.has(t.norm) || /^\d{1,2}(:\d{2})?(am|pm)$/.test(t.norm))
  const ev = (list: { start: number; end: number }[], cue: string): Evidence[] => list.map((h) => ({ start: h.start, end: h.end, text: draft.slice(h.start, h.end), cue, negated: false, weight: 1 }))

  const criteria = {} as Record<Criterion, CriterionScore>
  const hasFeeling = reading ? reading.feelings.length > 0 : true
  const validationEvidence = [...interpretStrong, ...interpretWeak, ...reactions]
  criteria.validation = !hasFeeling
    ? { score: null, evidence: [], rationale: 'The customer expressed no feeling to validate.' }
    : hollow.length
      ? { score: 0.2, evidence: hollow.map((f) => asEvidence(draft, f)), rationale: 'Empathy with nothing behind it is hollow.' }
      : interpretStrong.length
        ? { score: scripted.length ? 0.7 : 1, evidence: validationEvidence, rationale: 'Names what the customer is going through.' }
        : interpretWeak.length || reactions.length
          ? { score: scripted.length ? 0.4 : 0.6, evidence: validationEvidence, rationale: 'Acknowledges the feeling, but not specifically.' }
          : { score: 0, evidence: [], rationale: 'Does not acknowledge what the customer feels.' }
  const passive = has('passive-ownership')
  criteria.ownership = !negative && !action.length
    ? { score: null, evidence: [], rationale: 'Nothing to own: the customer raised no problem.' }
    : action.length
    ? { score: passive.length || has('blame-shift').length ? 0.6 : 1, evidence: ev(action, 'ownership'), rationale: 'Someone says what they will do.' }
    : passive.length
      ? { score: 0.3, evidence: passive.map((f) => asEvidence(draft, f)), rationale: 'Action is described, but no one owns it.' }
      : { score: 0, evidence: [], rationale: 'No one takes the problem on.' }
  const { grade } = fleschKincaidGrade(draft)
  const placeholders = has('unfilled-placeholder')
  criteria.clarity = placeholders.length
    ? { score: 0, evidence: placeholders.map((f) => asEvidence(draft, f)), rationale: 'An unfilled placeholder would reach the customer.' }
    : { score: grade <= 8 ? 1 : grade <= 12 ? 0.6 : 0.3, evidence: [], rationale: `Reads at grade ${grade}.` }
  const optionLines = draft.split('\n').filter((line) => /^\s*(?:[-*•]|\d+[.)])\s+\S/.test(line)).length
  // The question that hands the choice back: "Which works best for you?", "Which would you prefer?"
  const asks = [...draft.matchAll(/\b(?:which|what)\b[^?.!\n]{0,60}\b(?:prefer|works? (?:best|better)|suits?|would you like|would work)\b[^?.!\n]{0,40}\?/gi)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0], cue: 'choice', negated: false, weight: 1 }))
  criteria.choice = !negative
    ? { score: null, evidence: [], rationale: 'Nothing to repair: no choice needed.' }
    : optionLines >= 2 && asks.length
      ? { score: 1, evidence: asks, rationale: 'Offers options and hands the choice back.' }
      : optionLines >= 2 || asks.length
        ? { score: 0.6, evidence: asks, rationale: 'Offers a choice, but not both the options and the question.' }
        : { score: action.length ? 0.4 : 0, evidence: [], rationale: 'One path, no choice offered.' }
  const vague = has('vague-timeline')
  criteria.timeline = timeTokens.length
    ? { score: vague.length ? 0.7 : 1, evidence: ev(timeTokens, 'time'), rationale: 'Names a time.' }
    : vague.length
      ? { score: 0.3, evidence: vague.map((f) => asEvidence(draft, f)), rationale: 'A promise with no time.' }
      : { score: negative ? 0 : null, evidence: [], rationale: negative ? 'No time given for what happens next.' : 'No promise that needs a time.' }
  const name = nameOf(context.customer)
  const wrongName = has('wrong-name')
  criteria.personalization = !name
    ? { score: null, evidence: [], rationale: 'No name known to use.' }
    : wrongName.length
      ? { score: 0, evidence: wrongName.map((f) => asEvidence(draft, f)), rationale: 'Uses the wrong name.' }
      : draft.includes(name)
        ? { score: 1, evidence: ev([{ start: draft.indexOf(name), end: draft.indexOf(name) + name.length }], 'name'), rationale: 'Uses the customer’s name.' }
        : { score: 0, evidence: [], rationale: 'Does not use the customer’s name.' }
  const invite = /reply|let me know|get back to me|any questions|anything else|here if|i'm here|i am here/i.exec(draft)
  criteria.closure = invite || questions.length
    ? { score: 1, evidence: invite ? ev([{ start: invite.index, end: invite.index + invite[0].length }], 'closure') : ev(questions, 'closure'), rationale: 'Invites the customer back.' }
    : { score: 0.5, evidence: [], rationale: 'Does not invite a reply.' }
  const toneIssues = findings.filter((f) => ['defensive', 'blame-shift', 'minimizing', 'non-apology', 'over-apology'].includes(f.ruleId))
  criteria.tone = { score: Math.max(0, 1 - 0.35 * toneIssues.length), evidence: toneIssues.map((f) => asEvidence(draft, f)), rationale: toneIssues.length ? `${toneIssues.length} defensive, minimising or non-apologetic phrase${toneIssues.length > 1 ? 's' : ''}.` : 'Respectful and direct.' }

  let sum = 0
  let weight = 0
  for (const key of Object.keys(criteria) as Criterion[]) {
    const s = criteria[key].score
    const w = weights[key] ?? 0
    if (s === null || w <= 0) continue
    sum += w * s
    weight += w
  }
  return { total: weight ? Math.round((100 * sum) / weight) : 0, criteria, mechanisms, findings }
}
