import { findGroupedPhrases, indexPhrases } from '../_lib/phrases'
import { draftTokens, fleschKincaidGrade } from '../_lib/readability'
import { invalidInput } from '../_lib/invalidInput'
import { sameLanguage } from '../_lib/intl'
import { nameOf } from '../acknowledge/acknowledge'
import { detectFeelings } from '../detect/detectFeelings'
import { readConversation } from '../detect/readConversation'
import type { ConversationTurn } from '../detect/readConversation'
import { en } from '../packs/en'
import { redact } from '../text/redact'
import { splitSentences } from '../text/splitSentences'
import type { Token } from '../text/tokenize'
import { AttuneError } from '../types/AttuneError'
import type { Channel, ConcernFound, CustomerContext, FeelingReading, Finding } from '../types/core'
import type { LintRule, LintTables, Pack } from '../types/pack'

/**
 * The {@link lintReply} function options: what the reply answers, where it goes, who it is for.
 *
 * @example
 * const options: LintReplyOptions = { customerMessage: 'I need it by Saturday!', channel: 'sms', customer: { name: 'Dana' } }
 *
 * @category Lint
 */
export type LintReplyOptions = {
  /** The customer's message the draft answers. */
  customerMessage?: string
  /** Or the whole thread. */
  conversation?: ConversationTurn[]
  /** Or a reading of the customer's message. */
  reading?: FeelingReading
  /** Where the draft goes; length, readability and public-details rules depend on it. */
  channel?: Channel
  /** The customer, for the name. */
  customer?: CustomerContext
  /** The pack whose rules to use. @defaultValue the `en` pack */
  pack?: Pack
  /** Rule ids to turn off. */
  allow?: string[]
  /** Run only these rule ids. */
  deny?: string[]
}

/** What the rules know of a draft, computed once. */
export type DraftFacts = {
  text: string
  tokens: Token[]
  sentences: { start: number; end: number; text: string }[]
  hasAction: boolean
  hasTime: boolean
  timeInSentence: (start: number) => boolean
}

const PLACEHOLDER = /\{\{[^{}\n]{0,60}\}\}|\{[A-Za-z_][\w.]{0,40}\}|\[[A-Z][A-Z _]{1,30}\]|%\([a-z_]{1,30}\)s|%s|<[A-Z][A-Z_]{1,30}>|\$\{[^{}\n]{0,40}\}/g
const GREETING = /^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))[ ,]+([\p{Lu}][\p{L}'’-]+)/iu
const CLOCK = /^\d{1,2}(?::\d{2})?(?:am|pm)?$/

function facts(text: string, tables: LintTables): DraftFacts {
  const tokens = draftTokens(text)
  const sentences = splitSentences(text)
  const times = new Set(tables.times)
  const timeAt: number[] = []
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token
    if (times.has(t.norm) || ((t.kind === 'number' || t.kind === 'word') && CLOCK.test(t.norm) && /am|pm|:/.test(t.norm + (tokens[k + 1]?.norm ?? '')))) timeAt.push(t.start)
  }
  const hasAction = findGroupedPhrases(tokens, indexPhrases(tables.action, tables.action.map((p) => [p, 'action'] as [string, string]))).has('action')
  return {
    text,
    tokens,
    sentences,
    hasAction,
    hasTime: timeAt.length > 0,
    timeInSentence: (start) => {
      // Sentences and times are in order: a binary search finds the sentence, then its times.
      let lo = 0
      let hi = sentences.length - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const s = sentences[mid] as { start: number; end: number }
        if (start < s.start) hi = mid - 1
        else if (start >= s.end) lo = mid + 1
        else return timeAt.some((t) => t >= s.start && t < s.end)
      }
      return false
    },
  }
}

function finding(rule: LintRule, text: string, start: number, end: number, message = rule.message, suggestion = rule.suggestion): Finding {
  const found: Finding = { ruleId: rule.id, severity: rule.severity, message, span: { start, end }, actual: text.slice(start, end) }
  if (suggestion) found.suggestion = suggestion
  found.note = rule.note
  return found
}

// What a reply must mention to have addressed a concern, beside its details.
const CONCERN_WORDS: Record<string, string[]> = {
  deadline: [],
  money: ['refund', 'charge', 'money', 'credit', 'pay', 'reimburse', 'amount'],
  access: ['account', 'log in', 'login', 'sign in', 'password', 'access', 'unlock', 'code'],
  safety: ['safe', 'safety', 'stop using', 'danger', 'injur', 'hurt'],
  privacy: ['data', 'information', 'privacy', 'secure', 'details'],
  livelihood: ['business', 'customers', 'sales', 'shop', 'store', 'team', 'work'],
}

function concernWords(concern: ConcernFound): string[] {
  const detail = [concern.detail?.when, concern.detail?.event, concern.detail?.amount]
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.toLowerCase().split(/[^\p{L}\p{N}.$€£]+/u))
    .filter((word) => word.length > 2 && !['the', 'my', 'our', 'her', 'his', 'for', 'this', 'next'].includes(word))
  return [...detail, ...(CONCERN_WORDS[concern.concern] ?? [])]
}

// The checks that judge the reply's words with the tables' language: an action, a time, a concern
// named, a reading grade.
const WORD_READING_RULES: ReadonlySet<string> = new Set(['no-next-step', 'unanswered-concern', 'reading-level', 'hollow-empathy', 'vague-timeline'])

/** Whether a pack's lint tables are in the language of its messages (a pack without `lint.language` is assumed to be). */
export function readsReplyLanguage(pack: Pack): boolean {
  return sameLanguage(pack.lint?.language, pack.locale)
}

function readingOf(options: LintReplyOptions): FeelingReading | undefined {
  if (options.reading) return options.reading
  if (typeof options.customerMessage === 'string') return detectFeelings(options.customerMessage)
  if (Array.isArray(options.conversation)) {
    const thread = readConversation(options.conversation)
    return { feelings: [], primary: null, polarity: { label: 'neutral', score: 0 }, concerns: thread.unaddressed.map(({ concern, detail }) => ({ concern, evidence: [], ...(detail ? { detail } : {}) })), signals: [] }
  }
  return undefined
}

/**
 * Checks a draft reply the way a good QA lead would, as the agent writes it: positioned findings
 * for hollow or scripted empathy, non-apologies, defensive and blame-shifting wording, minimisers,
 * over-apology, promises with no time, passive ownership, a missing next step, a concern of the
 * customer's the reply ignores, unfilled placeholders, the wrong name, personal details in a public
 * reply, and length and reading level for the channel. Each rule is data in the pack, with a note
 * on why and a better phrasing where one exists. Findings are sorted by position.
 *
 * The checks that read the words (a next step, a time, a concern named, hollow empathy, the reading
 * grade) need lint tables in the reply's language: with a pack whose tables are in another language
 * (the es, fr, de and pt-BR packs carry the English ones), only the checks that do not read the
 * words run (placeholders, the customer's name, personal details in public, length, and the pack's
 * own phrase rules), rather than flag a good Spanish reply for having "no next step".
 *
 * @param draft - The reply; any string is checked without throwing.
 * @param options - {@link LintReplyOptions}.
 * @returns The findings, plain data with offsets into `draft`.
 * @throws {@link AttuneError} with code `invalid-input` when `draft` is not a string, `invalid-options` when both `allow` and `deny` are given.
 *
 * @example
 * lintReply('I understand how you feel. We will get back to you shortly.').map((f) => f.ruleId)
 * //=> ['scripted-empathy', 'vague-timeline']
 *
 * @category Lint
 */
export function lintReply(draft: string, options: LintReplyOptions = {}): Finding[] {
  if (typeof draft !== 'string') throw invalidInput('draft', draft)
  if (options.allow && options.deny) throw new AttuneError('invalid-options', [{ code: 'conflict', path: ['deny'], message: 'Give allow (rules to turn off) or deny (the only rules to run), not both' }])
  const tables = (options.pack ?? en).lint
  const f = facts(draft, tables)
  // Tables in another language than the pack's replies cannot tell an action, a time or a hard
  // sentence in them: only the checks that do not read the words run.
  const readsWords = readsReplyLanguage(options.pack ?? en)
  const channel = options.channel
  const runs = (rule: LintRule): boolean => (options.deny ? options.deny.includes(rule.id) : !(options.allow ?? []).includes(rule.id))
  const out: Finding[] = []
  let reading: FeelingReading | undefined | null = null
  const customerReading = (): FeelingReading | undefined => {
    if (reading === null) reading = readingOf(options)
    return reading
  }
  // Every rule's phrases in one index and one pass over the draft.
  const grouped = findGroupedPhrases(f.tokens, indexPhrases(tables.rules, tables.rules.flatMap((rule) => (rule.phrases ?? []).map((p) => [p, rule.id] as [string, string]))))
  for (const rule of tables.rules) {
    if (!runs(rule)) continue
    if (!readsWords && WORD_READING_RULES.has(rule.id)) continue
    const hits = grouped.get(rule.id) ?? []
    switch (rule.id) {
      case 'unfilled-placeholder':
        for (const m of draft.matchAll(PLACEHOLDER)) out.push(finding(rule, draft, m.index, m.index + m[0].length))
        break
      case 'hollow-empathy':
        if (!f.hasAction && !f.hasTime) for (const h of hits) out.push(finding(rule, draft, h.start, h.end))
        break
      case 'vague-timeline':
        for (const h of hits) if (!f.timeInSentence(h.start)) out.push(finding(rule, draft, h.start, h.end))
        break
      case 'over-apology': {
        const third = hits[(rule.threshold ?? 3) - 1]
        if (third) out.push(finding(rule, draft, third.start, third.end, `${rule.message} (${hits.length} in this reply)`))
        break
      }
      case 'no-next-step': {
        // A customer who only wrote to thank us needs no next step.
        if (customerReading()?.polarity.label === 'positive') break
        const last = f.sentences[f.sentences.length - 1]
        if (last && !f.hasAction) out.push(finding(rule, draft, last.start, last.end))
        break
      }
      case 'unanswered-concern': {
        // A public reply moves the conversation to private, where the details belong.
        if (channel === 'social') break
        const reading = customerReading()
        const lower = draft.toLowerCase()
        const first = f.sentences[0]
        for (const concern of reading?.concerns ?? []) {
          // What a reply can be held to: a deadline the customer named, an amount they gave.
          if (!(concern.concern === 'deadline' && concern.detail?.when) && !(concern.concern === 'money' && concern.detail?.amount)) continue
          const words = concernWords(concern)
          if (words.length === 0 || words.some((word) => lower.includes(word))) continue
          const what = concern.detail?.when ?? concern.detail?.amount ?? concern.concern
          if (first) out.push(finding(rule, draft, first.start, first.end, `${rule.message}: ${concern.concern} (${what})`))
        }
        break
      }
      case 'wrong-name': {
        const expected = nameOf(options.customer)
        const m = GREETING.exec(draft)
        const said = m?.[1]
        const first = options.customer?.name?.trim().split(/\s+/)[0]
        const generic = ['there', 'team', 'all', 'everyone', 'folks', 'friend', 'again', 'customer', 'sir', 'madam']
        if (expected && said && m && !generic.includes(said.toLowerCase()) && said.toLowerCase() !== expected.toLowerCase() && said.toLowerCase() !== first?.toLowerCase()) {
          const start = m.index + m[0].length - said.length
          out.push(finding(rule, draft, start, start + said.length, `${rule.message}: "${said}", not "${expected}"`, expected))
        }
        break
      }
      case 'public-details':
        if (channel === 'social') for (const r of redact(draft).redactions) out.push(finding(rule, draft, r.start, r.end, `${rule.message}: ${r.kind}`))
        break
      case 'channel-length': {
        const limit = channel === 'social' ? 280 : channel === 'sms' ? 320 : channel === 'chat' ? 600 : undefined
        if (limit !== undefined && draft.length > limit) {
          const found = finding(rule, draft, limit, draft.length, `${rule.message}: ${draft.length} characters, ${limit} at most`)
          if (channel === 'social') found.severity = 'error'
          if (channel === 'chat') found.severity = 'info'
          out.push(found)
        }
        break
      }
      case 'reading-level': {
        if (f.tokens.length < 12) break
        const { grade } = fleschKincaidGrade(draft)
        const phone = channel === 'chat' || channel === 'sms' || channel === 'social'
        const limit = phone ? (rule.threshold ?? 8) : 12
        if (grade > limit) {
          const found = finding(rule, draft, 0, draft.length, `${rule.message}: grade ${grade}, ${limit} at most`)
          if (!phone) found.severity = 'info'
          out.push(found)
        }
        break
      }
      default:
        // existence and substitution rules (and a team's own phrase rules)
        for (const h of hits) {
          let suggestion = rule.suggestion
          if (rule.kind === 'substitution' && rule.swap) {
            const replaced = draft.slice(h.start, h.end).replace(/\S+/g, (word) => (Object.hasOwn(rule.swap ?? {}, word.toLowerCase()) ? (rule.swap ?? {})[word.toLowerCase()] ?? word : word)).replace(/\s+/g, ' ').trim()
            if (replaced && replaced.toLowerCase() !== draft.slice(h.start, h.end).toLowerCase()) suggestion = replaced
          }
          out.push(finding(rule, draft, h.start, h.end, rule.message, suggestion))
        }
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0))
}
