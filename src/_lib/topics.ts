// Concerns (what is at stake) and signals (how the contact has gone), found from the pack's cues
// plus a few patterns that need numbers: amounts, counts ("third time", "transferred twice") and
// durations ("two weeks", "an hour on hold").
import type { Concern, ConcernFound, Evidence, Signal, SignalFound } from '../types/core'
import type { Token } from '../text/tokenize'
import type { CompiledCue, CompiledTables, WordRole } from './feelingModel'
import { sortInPlace } from './sortInPlace'
import { TOPIC_CURRENCY, TOPIC_EVENT, TOPIC_NUMBER, TOPIC_TIME, isShouted } from './feelingModel'

/** A concern or signal cue matched in the text. */
export type CueHit = { cue: CompiledCue; start: number; end: number }

const CURRENCY_WORDS = new Set(['dollars', 'dollar', 'usd', 'eur', 'euro', 'euros', 'pounds', 'gbp', 'bucks', 'cad', 'aud'])
const DETERMINERS = new Set(['my', 'our', 'her', 'his', 'their', 'the', "daughter's", "son's"])
const TIME_LEADS = new Set(['by', 'before', 'until', 'till', 'on', 'this', 'next', 'for'])
const TIME_QUALIFIERS = new Set(['this', 'next', 'coming'])
const WAIT_LEADS = new Set(['for', 'over', 'in', 'after', 'waited', 'waiting', 'hold', 'been', 'almost', 'nearly', 'about', 'than'])
// Leads that are waiting whatever else the sentence says: "waited two days", "on hold 40 minutes",
// "it's been a week". The others ("for", "after", "about" ...) need a word of waiting or of nothing
// happening near them: "a customer for 10 years" is not a wait, "no reply for 10 days" is.
const SURE_WAIT_LEADS = new Set(['waited', 'waiting', 'hold', 'been'])
const WAIT_TAILS = new Set(['ago', 'now', 'later', 'already', 'straight', 'and', 'since'])
const CONTACT_WORDS = new Set(['time', 'times'])
// "my fourth email", "the 3rd call": an ordinal before one of these counts contacts too.
const CONTACT_NOUNS = new Set(['email', 'call', 'message', 'chat', 'ticket', 'complaint', 'request', 'letter', 'attempt', 'visit'])
const ORDINALS = new Set(['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '10th'])
// "after a week" is waiting only with one of these near it ("after a week, still nothing"); without
// one it is usually when something failed ("it broke after a week").
const STILL_WORDS = new Set(['still', 'yet', 'nothing', 'wait', 'waiting', 'waited', "haven't", "hasn't", 'havent', 'hasnt', 'never', 'nobody', 'no', 'not', 'hold', 'trying', 'tried', 'without', 'down', 'offline', 'outage'])
// Minutes and hours with "for" are a wait in a support message ("on this chat for 45 minutes");
// days, months and years need a word of waiting near them ("a customer for 10 years" is not one).
const SHORT_UNITS = new Set(['minute', 'minutes', 'mins', 'min', 'hour', 'hours', 'hrs', 'hr'])
// Verbs that put a time limit on what follows them: "expires at midnight", "we leave Sunday".
const DEADLINE_VERBS = new Set(['expires', 'expire', 'expiring', 'ends', 'closes', 'due', 'leave', 'leaving', 'fly', 'flying', 'depart', 'departs', 'departing', 'starts', 'begins'])
const RUN = new Set(['run', 'runs', 'running', 'ran'])
const TRANSFER_WORDS = new Set(['transferred', 'transfered', 'passed', 'bounced', 'redirected'])

type Hits<T extends string> = Map<T, { evidence: Evidence[]; seen: Set<number> }>

function evidenceOf(text: string, start: number, end: number, cue: string): Evidence {
  return { start, end, text: text.slice(start, end), cue, negated: false, weight: 1 }
}

// Keeps the first MAX_EVIDENCE distinct spans of each concern or signal: enough to show why, and
// a bound that keeps a huge message linear.
const MAX_EVIDENCE = 8

function hit<T extends string>(map: Hits<T>, key: T, evidence: Evidence): void {
  let entry = map.get(key)
  if (!entry) {
    entry = { evidence: [], seen: new Set() }
    map.set(key, entry)
  }
  if (entry.evidence.length >= MAX_EVIDENCE) return
  const id = evidence.start * 65_536 + (evidence.end - evidence.start)
  if (entry.seen.has(id)) return
  entry.seen.add(id)
  entry.evidence.push(evidence)
}

function numberOf(token: Token | undefined, tables: CompiledTables): number | undefined {
  if (!token) return undefined
  if (token.kind === 'number') {
    const value = Number(token.norm.replace(/,/g, ''))
    return Number.isFinite(value) ? value : undefined
  }
  return tables.numbers.get(token.norm)
}

/**
 * Concerns and signals of a message, from the cues the feature walk matched (`cueHits`) and the
 * roles it looked up per token (`roles`), so no word is looked up twice.
 */
export function findConcernsAndSignals(
  text: string,
  tokens: Token[],
  tables: CompiledTables,
  cueHits: CueHit[],
  roles: (WordRole | undefined)[],
): { concerns: ConcernFound[]; signals: SignalFound[] } {
  // Most messages carry no concern or signal cue and no number, capital or topic word: leave early.
  if (cueHits.length === 0 && !mayHaveTopics(tokens, roles, tables)) return { concerns: [], signals: [] }
  const concerns: Hits<Concern> = new Map()
  const signals: Hits<Signal> = new Map()
  for (const { cue, start, end } of cueHits) {
    if (!cue.of) continue
    if (cue.near && !isNear(tokens, start, end, cue.near, cue.within)) continue
    const evidence = evidenceOf(text, start, end, cue.id)
    if (cue.kind === 'concern') hit(concerns, cue.of as Concern, evidence)
    else hit(signals, cue.of as Signal, evidence)
  }

  let amount: string | undefined
  let count: number | undefined
  let transfers: number | undefined
  let duration: string | undefined
  let event: { text: string; start: number; end: number } | undefined
  let when: { text: string; start: number; end: number } | undefined
  let lead: string | undefined
  let timeLimit = false
  let shouted: Evidence[] = []
  let words = 0
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const next = tokens[i + 1]
    const prev = tokens[i - 1]
    if (token.kind === 'word') {
      words++
      if (isShouted(token.text, tables.acronyms, token.norm)) shouted.push(evidenceOf(text, token.start, token.end, 'all-caps'))
    }
    // A day of the month as a limit: "by the 15th", "before the 3rd".
    // (Only as a limit: "ordered on the 10th" is when something happened, not a deadline.)
    const dayLead = tokens[i - 2]?.norm
    if (token.kind === 'word' && prev?.norm === 'the' && (dayLead === 'by' || dayLead === 'before' || dayLead === 'until') && isDayOfMonth(token.norm)) {
      when ??= { text: text.slice(prev.start, token.end), start: prev.start, end: token.end }
      lead ??= dayLead
    }
    // Most words matter to none of what follows: one lookup tells.
    const flags = roles[i]?.topic ?? (token.kind === 'symbol' ? (tables.roles.get(token.norm)?.topic ?? 0) : 0)
    if (flags === 0 && token.kind !== 'number') continue
    // Amounts: "$49.99", "49.99 dollars", "USD 20".
    // ("$49.99" and "USD 20": the sign or code at most one space before the number.)
    if ((flags & TOPIC_CURRENCY) !== 0 && next?.kind === 'number' && next.start <= token.end + 1) {
      const evidence = evidenceOf(text, token.start, next.end, 'amount')
      amount ??= evidence.text
      hit(concerns, 'money', evidence)
    } else if (token.kind === 'number' && next && (CURRENCY_WORDS.has(next.norm) || (next.kind === 'symbol' && next.start <= token.end + 1 && ((tables.roles.get(next.norm)?.topic ?? 0) & TOPIC_CURRENCY) !== 0))) {
      // "49.99 dollars", "14,99 €".
      const evidence = evidenceOf(text, token.start, next.end, 'amount')
      amount ??= evidence.text
      hit(concerns, 'money', evidence)
    }
    // Counts of contact: "third time", "3 times", "for the 4th time".
    const n = numberOf(token, tables)
    if (n !== undefined && n >= 2 && n <= 100 && next && CONTACT_WORDS.has(next.norm) && token.norm !== 'few') {
      const afterTransfer = prev && TRANSFER_WORDS.has(prev.norm)
      if (afterTransfer) {
        transfers = n
      } else if (hasNearby(tokens, i, 6, isContactWord)) {
        // "the third time I'm asking", "called 3 times": a count of contacts. Without a word of
        // getting in touch, "the second time this has happened" counts the fault, not the contacts.
        count = Math.max(count ?? 0, n)
        hit(signals, 'repeat-contact', evidenceOf(text, token.start, next.end, 'count-of-contacts'))
      }
    }
    if (n !== undefined && n >= 2 && next && CONTACT_NOUNS.has(next.norm) && ORDINALS.has(token.norm)) {
      count = Math.max(count ?? 0, n)
      hit(signals, 'repeat-contact', evidenceOf(text, token.start, next.end, 'count-of-contacts'))
    }
    if ((token.norm === 'twice' || token.norm === 'thrice') && prev && TRANSFER_WORDS.has(prev.norm)) transfers = n
    // "I've called twice", "emailed you three times" is above; "written to you twice" here.
    const verb = (token.norm === 'twice' || token.norm === 'thrice') && n !== undefined ? contactVerbBefore(tokens, i) : -1
    if (verb >= 0 && n !== undefined) {
      count = Math.max(count ?? 0, n)
      hit(signals, 'repeat-contact', evidenceOf(text, (tokens[verb] as Token).start, token.end, 'count-of-contacts'))
    }
    // Durations: "two weeks", "an hour", "40 minutes", "a couple of days".
    if (n !== undefined && token.norm !== 'first' && token.norm !== 'second' && token.norm !== 'once' && token.norm !== 'twice') {
      let u = i + 1
      if (tokens[u]?.norm === 'of' || tokens[u]?.norm === 'more') u++
      if (tokens[u]?.norm === 'of') u++
      const unit = tokens[u]
      if (unit && tables.durationUnits.has(unit.norm) && (n !== 1 || token.norm === 'a' || token.norm === 'an' || token.norm === 'one')) {
        const before = tokens[i - 1]
        const after = tokens[u + 1]
        const waitingLead = before !== undefined && WAIT_LEADS.has(before.norm) && (SURE_WAIT_LEADS.has(before.norm) || (before.norm === 'for' && SHORT_UNITS.has(unit.norm)) || hasNearbyInSentence(tokens, i, 6, (t) => STILL_WORDS.has(t.norm)))
        // "two weeks and nothing", "a week and still no reply": "and" says it only with what follows.
        const tail = after !== undefined && WAIT_TAILS.has(after.norm) && (after.norm !== 'and' || [tokens[u + 2], tokens[u + 3]].some((t) => t !== undefined && STILL_WORDS.has(t.norm)))
        // "our wedding is in nine days": a time ahead, for the event just before it, not a wait.
        const ahead = before?.norm === 'in' && eventBefore(tokens, roles, i - 1)
        if (ahead) when ??= { text: text.slice(before.start, unit.end), start: before.start, end: unit.end }
        const waitingContext = !ahead && (waitingLead || tail || (after?.norm === 'on' && tokens[u + 2]?.norm === 'hold'))
        if (waitingContext) {
          const evidence = evidenceOf(text, token.start, unit.end, 'duration')
          duration ??= evidence.text
          hit(signals, 'waiting', evidence)
        }
      }
    }
    // Deadlines: an event and a time ("my flight tomorrow", "her party is Saturday").
    if (token.kind === 'word' && (flags & TOPIC_EVENT) !== 0) {
      let from = i
      while (from > 0 && i - from < 3 && (DETERMINERS.has((tokens[from - 1] as Token).norm) || (tokens[from - 1] as Token).norm.endsWith("'s"))) from--
      const eventText = text.slice((tokens[from] as Token).start, token.end)
      if (!event || (from < i && !/\s/.test(event.text))) event = { text: eventText, start: (tokens[from] as Token).start, end: token.end }
      // "for my birthday", "before we leave on vacation": a lead word a few words before the event.
      for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
        const norm = (tokens[k] as Token).norm
        if (norm === 'for' || norm === 'before' || norm === 'by') {
          lead = norm
          break
        }
      }
    }
    if (token.kind === 'word' && (flags & TOPIC_TIME) !== 0 && !(token.norm === 'may' && !(prev && TIME_LEADS.has(prev.norm)))) {
      if (token.norm === 'week' || token.norm === 'month' || token.norm === 'weekend' || token.norm === 'morning' || token.norm === 'afternoon' || token.norm === 'evening') {
        if (!(prev && TIME_QUALIFIERS.has(prev.norm)) && !(prev?.norm === 'the' && token.norm === 'weekend')) continue
      }
      let from = i
      if (prev && (TIME_QUALIFIERS.has(prev.norm) || prev.norm === 'the')) from = i - 1
      let to = token.end
      if (next && (next.kind === 'number' || /^\d+(st|nd|rd|th)$/.test(next.norm))) to = next.end
      when ??= { text: text.slice((tokens[from] as Token).start, to), start: (tokens[from] as Token).start, end: to }
      if (prev && (prev.norm === 'by' || prev.norm === 'before' || prev.norm === 'until')) lead ??= prev.norm
      // One look back through the clause: a verb of a time limit up to four words back ("the offer
      // expires at midnight", "I run out tomorrow", "we fly Saturday"), and a lead up to six
      // ("before I run out on Friday", "until we leave on Sunday").
      let verbSeen = false
      let leadSeen = false
      for (let k = i - 1; k >= 0 && k >= i - 6 && (tokens[k] as Token).kind !== 'punct' && !(verbSeen && leadSeen); k--) {
        const norm = (tokens[k] as Token).norm
        if (!verbSeen && k >= i - 4 && (DEADLINE_VERBS.has(norm) || (norm === 'out' && k > 0 && RUN.has((tokens[k - 1] as Token).norm)))) {
          timeLimit = true
          verbSeen = true
        }
        if (!leadSeen && k <= i - 2 && (norm === 'before' || norm === 'until')) {
          lead ??= norm
          leadSeen = true
        }
      }
    }
  }

  if (event && (when || lead)) {
    hit(concerns, 'deadline', evidenceOf(text, event.start, event.end, when ? 'event-with-time' : 'event'))
  }
  if (when && (lead === 'by' || lead === 'before' || lead === 'until' || event || timeLimit)) {
    hit(concerns, 'deadline', evidenceOf(text, when.start, when.end, 'time-limit'))
  }

  // Shouting: several words in capitals, or most of a message of some length.
  if (shouted.length >= 3 || (words >= 4 && shouted.length / words >= 0.5 && shouted.length >= 2)) {
    shouted = shouted.slice(0, 5)
    for (const e of shouted) hit(signals, 'shouting', e)
  }

  const concernList: ConcernFound[] = []
  for (const [concern, { evidence }] of concerns) {
    const found: ConcernFound = { concern, evidence: sortInPlace(evidence, byStart) }
    if (concern === 'deadline') {
      const detail: NonNullable<ConcernFound['detail']> = {}
      if (event) detail.event = event.text
      if (when) detail.when = when.text
      if (detail.event !== undefined || detail.when !== undefined) found.detail = detail
    }
    if (concern === 'money' && amount) found.detail = { amount }
    concernList.push(found)
  }
  const signalList: SignalFound[] = []
  for (const [signal, { evidence }] of signals) {
    const found: SignalFound = { signal, evidence: sortInPlace(evidence, byStart) }
    if (signal === 'repeat-contact' && count !== undefined) found.detail = { count }
    if (signal === 'transferred' && transfers !== undefined) found.detail = { count: transfers }
    if (signal === 'waiting' && duration) found.detail = { duration }
    signalList.push(found)
  }
  sortInPlace(concernList, byFirstEvidence)
  sortInPlace(signalList, byFirstEvidence)
  return { concerns: concernList, signals: signalList }
}

function mayHaveTopics(tokens: Token[], roles: (WordRole | undefined)[], tables: CompiledTables): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    if (token.kind === 'number' || token.kind === 'symbol') return true
    const topic = roles[i]?.topic
    if (topic !== undefined) {
      // A number word ("a", "two", "third") matters only before a unit of time or a word for
      // contacts, within the three tokens the duration and count rules look at.
      if (topic !== TOPIC_NUMBER || token.norm === 'twice' || token.norm === 'thrice') return true
      for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
        const norm = (tokens[k] as Token).norm
        if (tables.durationUnits.has(norm) || CONTACT_WORDS.has(norm) || CONTACT_NOUNS.has(norm)) return true
      }
    }
    if (token.kind !== 'word' || token.text.length < 2) continue
    // A word that may be in capitals: two capital ASCII letters, or a non-ASCII start; or a day of
    // the month ("the 15th").
    const first = token.text.charCodeAt(0)
    if (first >= 48 && first <= 57) return true
    const second = token.text.charCodeAt(1)
    if (first > 127 || (first >= 65 && first <= 90 && ((second >= 65 && second <= 90) || second > 127))) return true
  }
  return false
}

const byStart = (a: Evidence, b: Evidence): number => a.start - b.start
const byFirstEvidence = (a: { evidence: Evidence[] }, b: { evidence: Evidence[] }): number => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0)

// Whether one of `words` is within `within` tokens of the span [start, end).
function isNear(tokens: Token[], start: number, end: number, words: Set<string>, within: number): boolean {
  // The first token of the span, by binary search (tokens are in order).
  let lo = 0
  let hi = tokens.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((tokens[mid] as Token).start < start) lo = mid + 1
    else hi = mid
  }
  let last = lo
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++
  for (let k = Math.max(0, lo - within); k <= Math.min(tokens.length - 1, last + within); k++) {
    if ((k < lo || k > last) && words.has((tokens[k] as Token).norm)) return true
  }
  return false
}

// Verbs of getting in touch: "called", "emailed", "written".
const CONTACT_VERBS = new Set(['called', 'rang', 'phoned', 'emailed', 'e-mailed', 'mailed', 'messaged', 'texted', 'wrote', 'written', 'contacted', 'chatted', 'asked', 'reached', 'tried', 'complained', 'tweeted', 'dmed', 'call', 'email', 'message', 'write', 'contact', 'ask'])
// The words that may stand between such a verb and "twice": "called you twice", "written to you twice",
// "emailed support twice already".
const CONTACT_OBJECTS = new Set(['you', 'guys', 'to', 'them', 'support', 'in', 'out', 'already', 'about', 'this', 'it'])

// The index of a contact verb just before token `i` (at most four tokens back, over words such as
// "you" or "to"), or -1 when there is none.
function contactVerbBefore(tokens: Token[], i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const norm = (tokens[k] as Token).norm
    if (CONTACT_VERBS.has(norm)) return k
    if (!CONTACT_OBJECTS.has(norm)) return -1
  }
  return -1
}

// Whether the event is what "in <duration>" is said of: "our wedding in nine days", "the flight is
// in 3 hours", "my train leaves in an hour". `i` is the index of "in".
const EVENT_LINKS = new Set(['is', 'are', "'s", 'starts', 'begins', 'leaves', 'departs', 'opens', 'closes', 'happens'])
function eventBefore(tokens: Token[], roles: (WordRole | undefined)[], i: number): boolean {
  let k = i - 1
  if (k >= 0 && EVENT_LINKS.has((tokens[k] as Token).norm)) k--
  return k >= 0 && ((roles[k]?.topic ?? 0) & TOPIC_EVENT) !== 0
}

// Like hasNearby, without crossing the end of a sentence.
function hasNearbyInSentence(tokens: Token[], i: number, distance: number, test: (token: Token) => boolean): boolean {
  const ends = (token: Token): boolean => token.kind === 'punct' && (token.norm === '.' || token.norm === '...' || token.norm.includes('!') || token.norm.includes('?'))
  for (let k = i - 1; k >= 0 && k >= i - distance && !ends(tokens[k] as Token); k--) if (test(tokens[k] as Token)) return true
  for (let k = i + 1; k < tokens.length && k <= i + distance + 1 && !ends(tokens[k] as Token); k++) if (test(tokens[k] as Token)) return true
  return false
}

const CONTACT_STEMS = ['contact', 'call', 'email', 'e-mail', 'ask', 'writ', 'wrote', 'messag', 'chat', 'reach', 'phon', 'rang', 'ring', 'told', 'tell', 'explain', 'spoke', 'speak', 'talk', 'complain', 'report', 'tweet', 'follow', 'dm', 'ping', 'text', 'chas']
const isContactWord = (token: Token): boolean => CONTACT_STEMS.some((stem) => token.norm.startsWith(stem))

// "15th", "3rd", "1st": a day of the month.
function isDayOfMonth(norm: string): boolean {
  const c = norm.charCodeAt(0)
  return c >= 48 && c <= 57 && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/.test(norm)
}

function hasNearby(tokens: Token[], i: number, distance: number, test: (token: Token) => boolean): boolean {
  for (let k = Math.max(0, i - distance); k < Math.min(tokens.length, i + distance + 2); k++) {
    if (k !== i && test(tokens[k] as Token)) return true
  }
  return false
}
