// Concerns (what is at stake) and signals (how the contact has gone), found from the pack's cues
// plus a few patterns that need numbers: amounts, counts ("third time", "transferred twice") and
// durations ("two weeks", "an hour on hold").
import type { Concern, ConcernFound, Evidence, Signal, SignalFound } from '../types/core'
import { Kind } from './scan'
import type { Scan } from './scan'
import type { CompiledCue, CompiledTables } from './feelingModel'
import { sortInPlace } from './sortInPlace'
import { CONTACT_NOUNS, CONTACT_PLURALS, CONTACT_WORDS, CURRENCY_WORDS, Role, Topic, isSentenceEnd, isShoutedAt, isPossessive, isShouting, topicAt, wordSet } from './feelingModel'

/**
 * Whether a signal says the customer has been passed around: transferred, or in touch three times or
 * more. Such a message is read as frustration when no feeling is named (`detectFeelings`), and an
 * email reply offers a call (`composeReply`).
 */
export const passedAround = (s: SignalFound): boolean => s.signal === 'transferred' || (s.signal === 'repeat-contact' && (s.detail?.count ?? 0) >= 3)

/**
 * Evidence of money the customer says was charged or billed ("charged me for a ride I never took",
 * "We were billed for 50 seats", "overcharged"). Told as plain fact with no feeling named, it is read
 * as frustration (`detectFeelings`); read with a "wow" or other joy, it is no good news
 * (`composeReply`).
 */
export const CHARGE = /(?:charg|bill)ed/i

/** A concern or signal cue matched in the text, with a word near it when it needs one (`TopicCue.near`). */
export type CueHit = { cue: CompiledCue; start: number; end: number }

const DETERMINERS = /* @__PURE__ */ wordSet("my our her his their the daughter's son's")
const PRONOUNS = /* @__PURE__ */ wordSet('her his their its')
const MORE = /* @__PURE__ */ wordSet('more higher extra less lower up')
const GOES = /* @__PURE__ */ wordSet('went gone goes go going shot jumped')
const THAN_BEFORE = /* @__PURE__ */ wordSet('last usual usually normal normally before previous previously')
const TIME_LEADS = /* @__PURE__ */ wordSet('by before until till on this next for')
const TIME_QUALIFIERS = /* @__PURE__ */ wordSet('this next coming')
const WAIT_LEADS = /* @__PURE__ */ wordSet('for over in after waited waiting hold been took taken almost nearly about than since')
// Leads that are waiting whatever else the sentence says: "waited two days", "on hold 40 minutes",
// "it's been a week", "my laptop repair has taken 6 weeks". The others ("for", "after", "took" ...)
// need a word of waiting or of nothing happening near them: "a customer for 10 years" is not a
// wait, "no reply for 10 days" is; "still annoyed it took six weeks" is, "the repair took 2 days,
// not 2 weeks" is not.
const SURE_WAIT_LEADS = /* @__PURE__ */ wordSet('waited waiting hold been taken')
// Where minutes and hours spent are a wait: "3 hours at the airport", "40 minutes on the phone".
const WAIT_PLACES = /* @__PURE__ */ wordSet('tarmac plane runway airport gate platform station phone line queue chat desk counter doorstep kerb curb roadside shoulder')
const WAIT_TAILS = /* @__PURE__ */ wordSet('ago now later already straight and since late overdue without wait queue')
// "my fourth email", "the 3rd call": an ordinal before one of these counts contacts too.
// Verbs of sending before a count of contacts in the plural: "sent 4 emails", "made 3 calls", "it
// took three calls".
const SENDING = /* @__PURE__ */ wordSet('sent made written wrote left logged raised opened submitted placed after despite took taken')
// Whether a word that `numberOf` read is an ordinal ("second", "3rd", "tenth"): of the number words
// (`DetectTables.numbers`) only those end so, and "first" is never asked about (it counts 1).
const ORDINAL = /(?:st|nd|rd|th)$/
// "after a week" is waiting only with one of these near it ("after a week, still nothing", "finally
// sorted after 3 months", an order "'dispatched' for 9 days", "the heating has been off for 4
// days"); without one it is usually when something failed ("it broke after a week").
const STILL_WORDS = /* @__PURE__ */ wordSet("still off yet nothing wait waiting waited haven't hasn't havent hasnt never nobody no not hold trying tried without down offline outage locked stuck broken cold faulty leaking pending unresolved outstanding suspended blocked frozen delayed finally dead dispatched processing transit sitting sat missing progress review")
// Minutes and hours with "for" are a wait in a support message ("on this chat for 45 minutes");
// days, months and years need a word of waiting near them ("a customer for 10 years" is not one).
const SHORT_UNITS = /* @__PURE__ */ wordSet('minute minutes mins min hour hours hrs hr')
// Verbs that put a time limit on what follows them: "expires at midnight", "we leave Sunday".
const DEADLINE_VERBS = /* @__PURE__ */ wordSet('land landing expires expire expiring ends closes runs due leave leaving fly flying travel travelling traveling depart departs departing starts begins proposing driving')
const RUN = /* @__PURE__ */ wordSet('run runs running ran')
// A verb of a time limit at token `k`: one of DEADLINE_VERBS (not "due to", "due to arrive in 2
// days" is when a parcel is expected, nor money "leaving my account this month"), "run out", a
// payment that "goes out", moving house or abroad ("we move home on the 3rd"), or "getting married"
// (not "got married", which is past).
const isLimitVerb: TokenTest = (scan, k) => {
  const word = scan.norms[k] as string
  const before = scan.norms[k - 1] as string
  return (DEADLINE_VERBS.has(word) && !(word === 'due' && scan.norms[k + 1] === 'to') && scan.norms[k + 2] !== 'account') || (word === 'out' && (RUN.has(before) || before === 'goes')) || ((word === 'house' || word === 'home' || word === 'abroad') && (before === 'moving' || before === 'move')) || (word === 'married' && (before === 'getting' || before === 'get'))
}
const TRANSFER_WORDS = /* @__PURE__ */ wordSet('transferred transfered passed bounced redirected')

type Hits<T extends string> = Map<T, { evidence: Evidence[]; seen: Set<number> }>

export function evidenceOf(text: string, start: number, end: number, cue: string): Evidence {
  return { start, end, text: text.slice(start, end), cue, negated: false, weight: 1 }
}

// What just before a concern or signal cue's hit says it is not the customer's (up to 24 characters
// back, ending where the hit starts):
// - "the driver who waited while I found my keys": someone else's wait; "no more waiting on hold": a
//   wait that is over; "now it's gone forever", "I thought they were lost forever": a loss, not a
//   wait;
// - "How do I update my card details?", "migrating all our data", "export all our data": details to
//   change or data to move, not details exposed;
// - "Why would you close my account?": the company closing it, not the customer leaving; "charged
//   twice for my last order": the order before, not the last one they will place;
// - "someone in charge", "whoever is in charge": a person, not a payment ("behind in my rent" is
//   one); "my phone won't charge" is `WONT_CHARGE`;
// - "I keep being told it's been escalated", "it was escalated last week": an escalation reported,
//   not asked for ("it needs to be escalated" is asked for);
// - "I thought I'd lost all my photos": a loss feared and found not to be one;
// - "I transferred £2,000 to my builder", "we've transferred the money": money the customer moved,
//   not the customer passed between agents ("I was transferred", "they transferred me"); "need the
//   broadband transferred", "get my number transferred", "have it transferred": a service or a
//   thing moved ("had my call transferred four times" is the customer passed on);
// - "your engineer fixed it within the hour", "they replied within minutes": speed told as praise,
//   not urgency ("I need it fixed within the hour" is urgent); "a call back that was promised within
//   the hour": a promise broken, not a new hurry.
// "my phone won't charge", "it doesn't cost anything": a battery, or no money asked ("you won't refund
// me", "the seller won't pay out" put money at stake).
const WONT_CHARGE = /\b(?:won'?t|doesn't) (?:charge|cost)/i
const NOT_AFTER: Partial<Record<Concern | Signal, RegExp>> = {
  'escalation-request': /\b(?:been|was|were) $/i,
  access: /\bthought (?:i|we)(?:'d| had)? $/i,
  transferred: /\b(?:(?:i|we)(?:'ve| have)?|i had|i'd|(?:my|our|the|your) (?!calls? )\w+|it|them) $/i,
  waiting: /\b(?:who|s?he|gone|lost|no more(?: \S+)?) $/i,
  privacy: /\b(?:(?:updat|chang|migrat)(?:e|ing)|amend|edit|export)(?: all)?(?: my| our)? $/i,
  'churn-threat': /\b(?:you|(?:for|on|from|in|with|about|of) (?:my|our|the)) $/i,
  urgency: /\b(?:(?:fixed|sorted) (?:it|them)|arrived|replied|answered|promised) $/i,
  money: /(?:one|person|people|who|whoever|\bis|\bare) in $/i,
}

// What just after a cue's hit says the same (up to 20 characters on):
// - "I can't work out how to ...": a puzzle, not a livelihood ("I can't work" is one); "my job
//   interview": an event to get to, not the job the customer has;
// - "switch to the annual plan", "moving to a new flat": a plan or a home, not another provider;
// - "speak to someone about a business account": being put through, not escalating.
const NOT_BEFORE: Partial<Record<Concern | Signal, RegExp>> = {
  livelihood: /^ (?:out|interview)\b/i,
  // "my data isn't working", "my data has stopped working", "my data plan", "my data is finishing
  // too fast", "why is my data so slow": a phone's mobile data, not the customer's information;
  // "get my data back": data lost, not exposed.
  privacy: /^ (?:\S+ ){0,2}(?:working|plan|allowance|usage|roaming|back|finish\w*|bundle|slow|speed)\b/i,
  // "won't let me speak to a human" asks for a person, not for a way back into the service; "you
  // closed my case" ended a dispute, not an account.
  access: /^ (?:speak|talk|case|ticket)\b/i,
  'churn-threat': /^ (?:the|a|an|your|paperless|direct|annual|monthly|online|new)\b/i,
  'escalation-request': /^ about (?:an?|opening|getting|changing|booking|buying|switching)\b/i,
  // "told to call back tomorrow" sends the customer away to wait, not to someone else.
  transferred: /^ back\b/i,
  // "update my billing address": where a bill goes, not money at stake.
  money: /^ address/i,
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

const OWE = /* @__PURE__ */ wordSet('owe owing owed')
const CUSTOMER = /* @__PURE__ */ wordSet("i we i'm we're still")

// Whether the amount at token `i` is one the customer is said to owe: "I owe £312", "we still owe
// $40", "saying I'm owing 20 euros".
function owedByCustomer(scan: Scan, i: number): boolean {
  // (A token before the first is undefined: the arrays have no index -1.)
  const before = scan.norms[i - 1]
  if (before === undefined || !OWE.has(before)) return false
  const subject = scan.norms[i - 2]
  return subject !== undefined && CUSTOMER.has(subject)
}

function numberOf(scan: Scan, k: number, tables: CompiledTables): number | undefined {
  if (k < 0 || k >= scan.n) return undefined
  const norm = scan.norms[k] as string
  if (scan.kindAt[k] === Kind.NUMBER) {
    const value = Number(norm.indexOf(',') < 0 ? norm : norm.replace(/,/g, ''))
    return Number.isFinite(value) ? value : undefined
  }
  return tables.numbers.get(norm)
}

/**
 * Concerns and signals of a message, from the cues the feature walk matched (`cueHits`) and the
 * entries it looked up per token (`scan.entryAt`), so no word is looked up twice.
 */
export function findConcernsAndSignals(
  text: string,
  scan: Scan,
  tables: CompiledTables,
  cueHits: CueHit[],
  topical: boolean,
): { concerns: ConcernFound[]; signals: SignalFound[] } {
  // Most messages carry no concern or signal cue and nothing else this pass looks for (the walk
  // tells: `WalkResult.topical`): leave early.
  if (cueHits.length === 0 && !topical) return { concerns: [], signals: [] }
  const n = scan.n
  const kinds = scan.kindAt
  const starts = scan.starts
  const ends = scan.ends
  // The normal form of token k, or undefined past either end (the arrays may hold an earlier scan's
  // tokens beyond n).
  const norm = (k: number): string | undefined => (k >= 0 && k < n ? scan.norms[k] : undefined)
  const concerns: Hits<Concern> = new Map()
  const signals: Hits<Signal> = new Map()
  // A hit inside a churn threat's phrase is part of the threat: "take my business elsewhere" puts
  // no livelihood at stake, its "my business" is the customer's custom. (Hits come in the order of
  // their start, the longest first at each start, so the threat comes before what it holds.)
  let threatEnd = -1
  for (const { cue, start, end } of cueHits) {
    if (!cue.of) continue
    // (Before the threat's span is claimed: a churn phrase said of the company claims none.)
    if (NOT_AFTER[cue.of]?.test(text.slice(Math.max(0, start - 24), start)) || NOT_BEFORE[cue.of]?.test(text.slice(end, end + 20)) || (cue.of === 'money' && WONT_CHARGE.test(text.slice(Math.max(0, start - 9), end)))) continue
    if (end <= threatEnd && cue.of !== 'churn-threat') continue
    if (cue.of === 'churn-threat') threatEnd = Math.max(threatEnd, end)
    const evidence = evidenceOf(text, start, end, cue.id)
    if (cue.kind === 'concern') hit(concerns, cue.of as Concern, evidence)
    else hit(signals, cue.of as Signal, evidence)
  }

  let amount: string | undefined
  let count: number | undefined
  let tallied = 0
  let talliedBy: string | undefined
  let transfers: number | undefined
  let duration: string | undefined
  let event: { text: string; start: number; end: number; off?: boolean } | undefined
  let when: { text: string; start: number; end: number } | undefined
  // The span of `when` when it is a time ahead ("in nine days": "nine days").
  let within: string | undefined
  let lead: string | undefined
  let timeLimit = false
  // The last event word's index, and how surely `when` is the time that matters (see `timeAt`).
  let eventAt = -1
  let lastEvent: typeof event
  let lastEventByPronoun = false
  let whenRank = -1
  // The index of the last event the customer needs it for (a lead before it: "miss my sister's
  // wedding on Saturday").
  let ledAt = -1
  // "can't come until Monday", "won't ship until the 15th": "until" after a negation in its clause
  // says when something will at last happen, a delay the customer reports, not a limit they set.
  // Such an "until" leads no deadline (the customer's own limit may follow: "... but I need it by
  // Wednesday").
  const isNegator: TokenTest = (s, k) => {
    const entry = s.entryAt[k] as number
    return entry >= 0 && ((tables.wordBits[entry] as number) & Role.NEGATOR) !== 0
  }
  const delayAt = (k: number): boolean => k >= 0 && (scan.norms[k] === 'until' || scan.norms[k] === 'till') && inClauseBefore(scan, k, 5, isNegator)
  // A time found at token `i`, from `start` to `end`, after the word `before` it. The first one is
  // kept, unless a later one is more surely the time that matters: one just after an event ranks
  // first ("I left it in the car this morning and need it for an interview at 2pm": the interview
  // is at 2pm), then one after "by", "before" or "until" ("Third email this week. If I don't hear
  // back by Friday ...": Friday is the limit, not this week).
  // Returns whether the time was kept.
  const timeAt = (i: number, start: number, end: number, before: string | undefined): boolean => {
    // (Of two events' times, that of the one the customer needs it for ranks higher: "rebooked on a
    // flight in 3 days' time which means I will miss my sister's wedding on Saturday" is about
    // Saturday.)
    const rank = eventAt >= 0 && i - eventAt <= 3 ? (ledAt === eventAt ? 3 : 2) : before !== undefined && LIMIT_LEADS.has(before) ? 1 : 0
    if (rank <= whenRank) return false
    when = { text: text.slice(start, end), start, end }
    whenRank = rank
    // The time of an event is that event's: "the rebooking is for Thursday. My sister's wedding is on
    // Wednesday" is about the wedding. (Not an event named by a pronoun, which points back at one
    // named before it: "my daughter's birthday ... Her party is Saturday".)
    if (rank > 1 && !lastEventByPronoun) event = lastEvent
    within = undefined
    return true
  }
  let shouted: Evidence[] = []
  let hurryInCapitals: Evidence | undefined
  let words = 0
  // The words in capitals of the sentence so far, or -1 once it has one that is not; and whether a
  // sentence of two words or more was all capitals ("I've been on hold for 2 hours. TWO HOURS.").
  let capitals = 0
  let shoutedSentence = false
  for (let i = 0; i <= n; i++) {
    const kind = kinds[i] as number
    const here = scan.norms[i] as string
    if (i === n || endsSentence(scan, i)) {
      if (capitals > 1) shoutedSentence = true
      capitals = 0
      if (i === n) break
    }
    if (kind === Kind.WORD) {
      words++
      const caps = isShoutedAt(text, scan, i, tables.acronyms)
      capitals = caps && capitals >= 0 ? capitals + 1 : -1
      if (caps) {
        shouted.push(evidenceOf(text, starts[i] as number, ends[i] as number, 'all-caps'))
        // "I need someone on this NOW", "this needs sorting TODAY": "now" or "today" in capitals
        // after a word presses for speed. (Not first in its sentence, "NOW you tell me", nor asking,
        // "who's laughing NOW?"; and only in a message that does not shout throughout, checked below.)
        if ((here === 'now' || here === 'today') && i > 0 && kinds[i - 1] === Kind.WORD && !(i + 1 < n && kinds[i + 1] === Kind.PUNCT && (scan.norms[i + 1] as string).includes('?'))) {
          hurryInCapitals ??= evidenceOf(text, starts[i] as number, ends[i] as number, here + '-in-capitals')
        }
      }
      // A day of the month as a limit: "by the 15th", "before the 3rd"; or "on the 12th" just after
      // an event or a verb of a time limit ("my wedding is on the 12th", "I fly out on the 3rd").
      // (Not when something happened: "ordered on the 10th" is no deadline.) A day of the month is
      // "1st" to "31st".
      const first = here.charCodeAt(0)
      if (first >= 48 && first <= 57 && i >= 2 && scan.norms[i - 1] === 'the' && /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)$/.test(here)) {
        const dayLead = scan.norms[i - 2] as string
        const on = dayLead === 'on' && !happenedBefore(scan, i - 2)
        const verbOn = on && inClauseBefore(scan, i - 2, 3, isLimitVerb)
        if ((LIMIT_LEADS.has(dayLead) || verbOn || (on && eventAt >= 0 && i - eventAt <= 4)) && !delayAt(i - 2)) {
          timeAt(i, starts[i - 1] as number, ends[i] as number, dayLead)
          if (LIMIT_LEADS.has(dayLead)) lead ??= dayLead
          if (verbOn) timeLimit = true
        }
      }
    }
    // A time of day ("3am", "8:30", "5 pm").
    const head = here.charCodeAt(0)
    if ((kind === Kind.NUMBER || kind === Kind.WORD) && head >= 48 && head <= 57 && i > 0 && CLOCK.test(here)) {
      const clockLead = scan.norms[i - 1] as string
      // "down since 3am", "since 8:30": a problem dated from a time of day is a wait. ("since 3
      // weeks" is a length, read with the others below; "a customer since 10 years" is none.)
      if (clockLead === 'since' && !tables.durationUnits.has(norm(i + 1) as string)) hit(signals, 'waiting', evidenceOf(text, starts[i - 1] as number, ends[i] as number, 'since-then'))
      // After a lead, a limit or the time of an event: "by 3pm", "at 10:30", "before 5 pm" (not "I
      // called at 3pm", nor "at 5" without a sign that it is a time).
      else if (CLOCK_LEADS.has(clockLead) && !delayAt(i - 1)) {
        let last = clockAt(scan, i)
        if (last >= 0 && !happenedBefore(scan, i - 1)) {
          // With the day after it: "at 10am tomorrow", "by 5pm Friday", "at 6:45 tomorrow morning".
          while (last < i + 3 && isTimeWord(scan, tables, last + 1)) last++
          timeAt(i, starts[i] as number, ends[last] as number, clockLead)
          if (clockLead !== 'at') lead ??= clockLead
        } else if (last < 0 && eventAt >= 0 && i - eventAt <= 2 && Number(here) >= 1 && Number(here) <= 12 && !happenedBefore(scan, i - 1)) {
          // A bare hour just after an event puts a time on it ("a job interview by 10", "the wedding
          // at 3"): a deadline, though "10" alone is not a time to quote back to the customer. (A
          // clock number that is not a time has no minutes: `clockAt` took those.)
          lead ??= clockLead
        }
      }
    }
    // Most words matter to none of what follows: one lookup tells.
    const entry = scan.entryAt[i] as number
    const flags = entry >= 0 ? (tables.wordTopics[entry] as number) : kind === Kind.SYMBOL ? topicAt(tables, scan, i) : 0
    if (flags === 0 && kind !== Kind.NUMBER) continue
    const next = norm(i + 1)
    const prev = norm(i - 1)
    // Amounts: "$49.99", "49.99 dollars", "USD 20".
    // ("$49.99" and "USD 20": the sign or code at most one space before the number.)
    if (
      ((flags & Topic.CURRENCY) !== 0 && next !== undefined && kinds[i + 1] === Kind.NUMBER && (starts[i + 1] as number) <= (ends[i] as number) + 1) ||
      // "49.99 dollars", "14,99 €".
      (kind === Kind.NUMBER && next !== undefined && (CURRENCY_WORDS.has(next) || (kinds[i + 1] === Kind.SYMBOL && (starts[i + 1] as number) <= (ends[i] as number) + 1 && (topicAt(tables, scan, i + 1) & Topic.CURRENCY) !== 0)))
    ) {
      // "£40 more than last month", "$15 higher than usual", "gone up by £20", "my bill went up $20":
      // a rise in a price, not money the customer is owed, so not the concern's amount.
      const rise = (MORE.has(norm(i + 2) as string) && norm(i + 3) === 'than' && THAN_BEFORE.has(norm(i + 4) as string)) || (prev === 'by' && MORE.has(norm(i - 2) as string)) || (prev === 'up' && GOES.has(norm(i - 2) as string))
      // "a reminder saying I owe £312": a sum asked of the customer, not money to give back to them
      // (unlike "you owe me £50").
      const owed = !rise && owedByCustomer(scan, i)
      const evidence = evidenceOf(text, starts[i] as number, ends[i + 1] as number, rise ? 'amount-difference' : owed ? 'amount-asked' : 'amount')
      if (!rise && !owed) amount ??= evidence.text
      hit(concerns, 'money', evidence)
    }
    // Counts of contact: "third time", "3 times", "for the 4th time".
    const num = numberOf(scan, i, tables)
    // "three separate occasions", "four different times": the word for contacts one further on.
    const counted = next === 'separate' || next === 'different' ? i + 2 : i + 1
    if (num !== undefined && num >= 2 && num <= 100 && CONTACT_WORDS.has(norm(counted) ?? '') && here !== 'few') {
      const afterTransfer = prev !== undefined && TRANSFER_WORDS.has(prev)
      if (afterTransfer) {
        transfers = num
      } else if (hasNearbyInSentence(scan, i, 6, isContactWord)) {
        // "the third time I'm asking", "called 3 times": a count of contacts. Without a word of
        // getting in touch, "the second time this has happened" counts the fault, not the contacts.
        count = Math.max(count ?? 0, num)
        hit(signals, 'repeat-contact', evidenceOf(text, starts[i] as number, ends[counted] as number, 'count-of-contacts'))
      }
    }
    // ("the third tech visit", "my 4th phone call": a word may come between, not "third party".)
    const noun = CONTACT_NOUNS.has(next as string) ? i + 1 : next !== 'party' && kinds[i + 1] === Kind.WORD && CONTACT_NOUNS.has(norm(i + 2) as string) ? i + 2 : -1
    if (num !== undefined && num >= 2 && noun > 0 && ORDINAL.test(here)) {
      count = Math.max(count ?? 0, num)
      hit(signals, 'repeat-contact', evidenceOf(text, starts[i] as number, ends[noun] as number, 'count-of-contacts'))
    }
    // "sent 4 emails", "made five calls", "after 6 phone calls": the customer's contacts, counted in
    // the plural after a verb of sending ("bought 3 tickets" and "got 2 emails from you" are not);
    // or told as a tally at the start of a clause: "Five emails, two calls, and it's still broken",
    // "6 emails later" (not "2 emails arrived").
    const last = next === 'phone' ? i + 2 : i + 1
    const plural = norm(last) as string
    if (num !== undefined && num >= 2 && num <= 100 && CONTACT_PLURALS.has(plural) && !ORDINAL.test(here)) {
      // (Sent to us on the way: "I've sent you 3 emails".)
      const by = prev === 'you' ? i - 2 : i - 1
      const sent = SENDING.has(norm(by) as string)
      const after = norm(last + 1)
      if (sent || ((i === 0 || prev === 'and' || (kinds[i - 1] as number) >= Kind.PUNCT) && (after === undefined || after === 'and' || after === 'later' || kinds[last + 1] === Kind.PUNCT))) {
        // Counts of different ways add up: "five emails, two calls" is seven contacts.
        if (plural !== talliedBy) tallied += num
        talliedBy = plural
        count = Math.max(count ?? 0, num, tallied)
        hit(signals, 'repeat-contact', evidenceOf(text, starts[sent ? by : i] as number, ends[last] as number, 'count-of-contacts'))
      }
    }
    if ((here === 'twice' || here === 'thrice') && prev !== undefined && TRANSFER_WORDS.has(prev)) transfers = num
    // "I've called twice", "emailed you three times" is above; "written to you twice" here.
    const verb = (here === 'twice' || here === 'thrice') && num !== undefined ? contactVerbBefore(scan, i) : -1
    if (verb >= 0 && num !== undefined) {
      count = Math.max(count ?? 0, num)
      hit(signals, 'repeat-contact', evidenceOf(text, starts[verb] as number, ends[i] as number, 'count-of-contacts'))
    }
    // Durations: "two weeks", "an hour", "40 minutes", "a couple of days".
    if (num !== undefined && here !== 'first' && here !== 'second' && here !== 'once' && here !== 'twice') {
      let u = i + 1
      if (norm(u) === 'of' || norm(u) === 'more') u++
      if (norm(u) === 'of') u++
      // "14 business days", "five working days"
      if (norm(u) === 'business' || norm(u) === 'working') u++
      const unit = norm(u)
      if (unit !== undefined && tables.durationUnits.has(unit) && (num !== 1 || here === 'a' || here === 'an' || here === 'one')) {
        // ("for the last 3 hours", "over the past two weeks": the lead is before "the last".)
        const before = (prev === 'last' || prev === 'past') && norm(i - 2) === 'the' ? norm(i - 3) : prev
        const after = norm(u + 1)
        // (Years are how long someone has been a customer, "12 years and never complained", or when
        // something was, "20 years ago", "a year since I switched", unless waited outright: a word
        // of nothing happening near them, or a tail after them, does not make them a wait.)
        const years = unit === 'years' || unit === 'year'
        // ("took a day off work" is time off, not a wait. "It's been over a month", "been almost two
        // weeks": "been" a word before the lead says it, unless of years.)
        const waitingLead = before !== undefined && after !== 'off' && WAIT_LEADS.has(before) && (SURE_WAIT_LEADS.has(before) || (norm(i - 2) === 'been' && !years) || ((before === 'for' || norm(i - 2) === 'for') && SHORT_UNITS.has(unit)) || (!years && hasNearbyInSentence(scan, i, 10, isStillWord)))
        // "two weeks and nothing", "a week and still no reply", "three weeks and my laptop is still
        // with you": "and" says it only with what follows, a word of waiting or of nothing happening
        // just after it, or "still" a little later.
        // "Three hours for a 'quick' repair", "@Amazon 2 weeks for a refund?": a length that opens a
        // sentence (with nothing before it, or a punctuation mark, a mention or a tag: anything but a
        // word, a number or a face), with "for" after it, is how long something took. "It's now 14
        // weeks", "now is 20 days": "now" with "it's" or "is" says the wait has run that long.
        const tail = !years && after !== undefined && ((WAIT_TAILS.has(after) && (after !== 'and' || isStillWord(scan, u + 2) || isStillWord(scan, u + 3) || stillBy(scan, u + 2, u + 5))) || (after === 'for' && !((kinds[i - 1] as number) < Kind.PUNCT)) || ((before === 'now' || before === 'is') && /^(?:it's|is|now)$/.test(norm(i - 2) as string)))
        // "our wedding is in nine days", "I leave in 3 hours", "I fly home in 2 days", "we leave for
        // Spain in a week": a time ahead, for the event or the verb of a time limit a few words before
        // it, not a wait.
        // "I need it delivered within nine days", "it has to arrive in a week": a time it must be done in.
        const verbAhead = (before === 'in' && inClauseBefore(scan, i - 1, 3, isLimitVerb)) || ((before === 'in' || before === 'within') && neededBefore(scan, i - 1))
        const ahead = verbAhead || (before === 'in' && eventBefore(scan, tables, i - 1))
        // (A time it must be done in ranks with one after "by".)
        if (ahead && timeAt(i, starts[i - 1] as number, ends[u] as number, 'by')) within = text.slice(starts[i] as number, ends[u] as number)
        if (verbAhead) timeLimit = true
        // "6 hours on the tarmac", "45 minutes in the queue", "3 hours at the airport": minutes or
        // hours spent where people wait (not "3 hours on the train", nor "in 2 hours at the latest").
        const spent = SHORT_UNITS.has(unit) && (after === 'on' || after === 'in' || after === 'at') && norm(u + 2) === 'the' && WAIT_PLACES.has(norm(u + 3) as string) && before !== 'in' && before !== 'within'
        const waitingContext = !ahead && (waitingLead || tail || spent || (after === 'on' && norm(u + 2) === 'hold'))
        if (waitingContext) {
          const evidence = evidenceOf(text, starts[i] as number, ends[u] as number, 'duration')
          // ("3rd day without internet" is a wait, but "3rd day" is no length of one.)
          if (!ORDINAL.test(here)) duration ??= evidence.text
          hit(signals, 'waiting', evidence)
        }
      }
    }
    // Deadlines: an event and a time ("my flight tomorrow", "her party is Saturday").
    // (Not a bank holiday, a date of everyone's: "Are you open on bank holiday Monday?")
    if (kind === Kind.WORD && (flags & Topic.EVENT) !== 0 && norm(i - 1) !== 'bank') {
      let from = i
      // ("my dad's 70th", not "it's my birthday": a word's "'s" that is "is" owns nothing.)
      const owned = (k: number): boolean => k >= 0 && (DETERMINERS.has(scan.norms[k] as string) || isPossessive(scan.norms[k] as string))
      // One word before the event that names its kind, between it and "my" or "the": "my son's
      // school trip", "the birthday party".
      if (i >= 2 && kinds[i - 1] === Kind.WORD && !owned(i - 1) && owned(i - 2)) from = i - 1
      while (from > 0 && i - from < 4 && owned(from - 1)) from--
      lastEvent = { text: text.slice(starts[from] as number, ends[i] as number), start: starts[from] as number, end: ends[i] as number, off: calledOff(scan, i) }
      lastEventByPronoun = PRONOUNS.has(scan.norms[from] as string)
      // (An event called off gives way to the next: "my flight was cancelled ... I'll miss my sister's
      // wedding".)
      if (!event || event.off || (from < i && !/\s/.test(event.text))) event = lastEvent
      eventAt = i
      // "for my birthday", "before we leave on vacation", "I'll miss my sister's wedding": a lead word
      // before the event, "for" or "miss" just before it, "before" or "by" a few words before ("for
      // my rental from the airport" is no deadline).
      for (let k = from - 1; k >= 0 && k >= from - 5; k--) {
        const word = scan.norms[k] as string
        if (((word === 'for' || word === 'miss') && k === from - 1) || word === 'before' || word === 'by') {
          lead = word
          ledAt = i
          break
        }
      }
    }
    // "12 June", "on 3 May": a day of the month before a month is part of the time, and the word
    // before the day is the time's lead.
    const dated = (flags & Topic.TIME) !== 0 && i > 1 && kinds[i - 1] === Kind.NUMBER && /^(?:[1-9]|[12]\d|3[01])$/.test(prev as string)
    // "by the end of the week", "before end of this month": the end of a week or month is a time,
    // with the word before "the end" its lead.
    // ("by end of month": "the" may be left out.)
    const endAt = prev === 'of' && norm(i - 2) === 'end' ? (norm(i - 3) === 'the' ? i - 3 : i - 2) : norm(i - 2) === 'of' && norm(i - 3) === 'end' && (prev === 'the' || TIME_QUALIFIERS.has(prev as string)) ? (norm(i - 4) === 'the' ? i - 4 : i - 3) : -1
    const before = dated ? norm(i - 2) : endAt >= 0 ? norm(endAt - 1) : prev
    // ("may", "sat" and "sun" are days or months only after a lead: "by Sat", not "it has been sat
    // at the depot".)
    if (kind === Kind.WORD && (flags & Topic.TIME) !== 0 && !(/^(?:may|sat|sun)$/.test(here) && !(before !== undefined && TIME_LEADS.has(before)))) {
      if (here === 'week' || here === 'month' || here === 'weekend' || here === 'morning' || here === 'afternoon' || here === 'evening') {
        if (!(prev !== undefined && TIME_QUALIFIERS.has(prev)) && !(prev === 'the' && here === 'weekend') && endAt < 0) continue
      }
      // "it came this morning", "I ordered it on Monday", "the flight you cancelled in August": when
      // something already happened ("I need it delivered by Friday" is a limit). "after
      // midnight", "after Friday": a time from which, not one to be ready by ("the day after
      // tomorrow" is a day).
      if ((happenedBefore(scan, dated ? i - 1 : i) && !LIMIT_LEADS.has(before as string)) || (before === 'after' && norm(i - 2) !== 'day')) continue
      let from = dated ? i - 1 : i
      if (endAt >= 0) from = endAt
      else if (prev !== undefined && (TIME_QUALIFIERS.has(prev) || prev === 'the')) from = i - 1
      // ("the day after tomorrow" is the time, not "tomorrow".)
      if (prev === 'after') from = norm(i - 3) === 'the' ? i - 3 : i - 2
      let to = ends[i] as number
      if (next !== undefined && (kinds[i + 1] === Kind.NUMBER || /^\d+(st|nd|rd|th)$/.test(next))) to = ends[i + 1] as number
      // "tomorrow at 10am", "Friday by 5pm".
      else if (next === 'at' || next === 'by') {
        const clock = clockAt(scan, i + 2)
        if (clock >= 0) to = ends[clock] as number
      }
      const delayed = delayAt(from - 1)
      timeAt(i, starts[from] as number, to, delayed ? undefined : before)
      if (before !== undefined && LIMIT_LEADS.has(before) && !delayed) lead ??= before
      // One look back through the clause: a verb of a time limit up to four words back ("the offer
      // expires at midnight", "I run out tomorrow", "we fly Saturday"), and a lead up to six
      // ("before I run out on Friday", "until we leave on Sunday").
      let verbSeen = false
      let leadSeen = false
      for (let k = i - 1; k >= 0 && k >= i - 6 && kinds[k] !== Kind.PUNCT && !(verbSeen && leadSeen); k--) {
        const word = scan.norms[k] as string
        // "What time does the store close today?", "when does the offer end": a question about the
        // time, not a limit the customer is up against.
        if (verbSeen && (word === 'when' || (word === 'time' && scan.norms[k - 1] === 'what'))) {
          verbSeen = false
          break
        }
        // ("I need it for Christmas", "I need this for work on Monday", "I need my medicine
        // tomorrow": a need for a day ahead, not for today.) ("I need to pay rent today": a need to act
        // by a day.)
        const needAhead = (word === 'need' || word === 'needs') && here !== 'today'
        // ("I need to pay my rent today": "need to" up to five words back.)
        const needTo = word === 'need' && scan.norms[k + 1] === 'to'
        if (!verbSeen && (needAhead || needTo || (k >= i - 4 && isLimitVerb(scan, k)))) {
          verbSeen = true
        }
        if (!leadSeen && k <= i - 2 && (word === 'before' || (word === 'until' && !delayAt(k)))) {
          lead ??= word
          leadSeen = true
        }
      }
      if (verbSeen) timeLimit = true
    }
  }

  if (event && (when || (lead && !event.off))) {
    hit(concerns, 'deadline', evidenceOf(text, event.start, event.end, when ? 'event-with-time' : 'event'))
  }
  if (when && ((lead !== undefined && LIMIT_LEADS.has(lead)) || event || timeLimit)) {
    hit(concerns, 'deadline', evidenceOf(text, when.start, when.end, 'time-limit'))
  }

  // Shouting: several words in capitals, most of a message of some length, or a whole sentence.
  if (isShouting(shouted.length, words) || shoutedSentence) {
    shouted = shouted.slice(0, 5)
    for (const e of shouted) hit(signals, 'shouting', e)
  } else if (hurryInCapitals) hit(signals, 'urgency', hurryInCapitals)

  const concernList: ConcernFound[] = []
  for (const [concern, { evidence }] of concerns) {
    const found: ConcernFound = { concern, evidence: sortInPlace(evidence, byStart) }
    if (concern === 'deadline') {
      const detail: NonNullable<ConcernFound['detail']> = {}
      if (event && !event.off) detail.event = event.text
      if (when) detail.when = when.text
      if (within !== undefined) detail.within = within
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
    if (signal === 'churn-threat' && evidence.some((e) => inConditionalSentence(scan, e.start, tables.conditions))) found.detail = { conditional: true }
    signalList.push(found)
  }
  sortInPlace(concernList, byFirstEvidence)
  sortInPlace(signalList, byFirstEvidence)
  return { concerns: concernList, signals: signalList }
}

const byStart = (a: Evidence, b: Evidence): number => a.start - b.start

// Whether the sentence around offset `start` has one of `conditions` ("if this isn't fixed I'm
// cancelling", "fix it or I'll go elsewhere").
function inConditionalSentence(scan: Scan, start: number, conditions: Set<string>): boolean {
  // The first token at or after `start`, by halving (the starts are in order; a huge message may
  // hold many threats).
  let at = 0
  let to = scan.n
  while (at < to) {
    const mid = (at + to) >>> 1
    if ((scan.starts[mid] as number) < start) at = mid + 1
    else to = mid
  }
  for (let k = at - 1; k >= 0 && !endsSentence(scan, k); k--) if (conditions.has(scan.norms[k] as string)) return true
  for (let k = at; k < scan.n && !endsSentence(scan, k); k++) if (conditions.has(scan.norms[k] as string)) return true
  return false
}
const byFirstEvidence = (a: { evidence: Evidence[] }, b: { evidence: Evidence[] }): number => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0)

// Verbs of getting in touch: "called", "emailed", "written", and "sent" ("I sent them twice
// already").
const CONTACT_VERBS = /* @__PURE__ */ wordSet('called rang rung phoned emailed e-mailed mailed messaged texted sent wrote written contacted chatted asked reached tried complained tweeted dmed call email message write contact ask')
// The words that may stand between such a verb and "twice": "called you twice", "written to you twice",
// "emailed support twice already".
const CONTACT_OBJECTS = /* @__PURE__ */ wordSet('you guys to them support in out already about this it')

// The index of a contact verb just before token `i` (at most four tokens back, over words such as
// "you" or "to"), or -1 when there is none.
function contactVerbBefore(scan: Scan, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const word = scan.norms[k] as string
    // (Not what "you" or "they" did: "You sent it twice and charged me twice".)
    if (CONTACT_VERBS.has(word)) return scan.norms[k - 1] === 'you' || scan.norms[k - 1] === 'they' ? -1 : k
    if (!CONTACT_OBJECTS.has(word)) return -1
  }
  return -1
}

// Whether the event is what "in <duration>" is said of: "our wedding in nine days", "the flight is
// in 3 hours", "my train leaves in an hour". `i` is the index of "in".
const EVENT_LINKS = /* @__PURE__ */ wordSet("is are 's starts begins leaves departs opens closes happens")
function eventBefore(scan: Scan, tables: CompiledTables, i: number): boolean {
  let k = i - 1
  if (k >= 0 && EVENT_LINKS.has(scan.norms[k] as string)) k--
  const entry = k >= 0 ? (scan.entryAt[k] as number) : -1
  return entry >= 0 && ((tables.wordTopics[entry] as number) & Topic.EVENT) !== 0
}

// A time of day: "3am", "8:30", "15:00", "9pm".
const CLOCK = /^\d{1,2}(?::\d{2})?(?:am|pm)?$/
// The words that make the time after them a limit: "by Friday", "before the 15th", "until 5pm".
const LIMIT_LEADS: ReadonlySet<string> = /* @__PURE__ */ wordSet('by before until')
// The words before a time of day that make it a limit or a time set: "by 3pm", "at 10:30".
const CLOCK_LEADS: ReadonlySet<string> = /* @__PURE__ */ new Set(['at', 'till', ...LIMIT_LEADS])

// The index of the last token of a time of day written at token `k` ("2pm", "10:30", "5 pm": its
// "pm"), or -1: a clock number needs am/pm or minutes to be a time ("at 5" may be anything).
function clockAt(scan: Scan, k: number): number {
  const here = k < scan.n ? (scan.norms[k] as string) : ''
  if (!CLOCK.test(here)) return -1
  const after = k + 1 < scan.n ? scan.norms[k + 1] : undefined
  if (after === 'am' || after === 'pm') return k + 1
  return here.endsWith('m') || here.includes(':') ? k : -1
}

const NEED = /* @__PURE__ */ wordSet('need needs needed must')
const OBLIGED = /* @__PURE__ */ wordSet('has have had got')

// Whether `test` holds for one of the `distance` tokens before token `i`, in the same clause (no
// punctuation between).
function inClauseBefore(scan: Scan, i: number, distance: number, test: TokenTest): boolean {
  for (let k = i - 1; k >= 0 && k >= i - distance && scan.kindAt[k] !== Kind.PUNCT; k--) if (test(scan, k)) return true
  return false
}

// A word of need: "need", "must", "has to".
const isNeed: TokenTest = (scan, k) => {
  const word = scan.norms[k] as string
  return NEED.has(word) || (word === 'to' && k > 0 && OBLIGED.has(scan.norms[k - 1] as string))
}
// Whether a word of need comes at most five words before token `i`, in the same clause.
const neededBefore = (scan: Scan, i: number): boolean => inClauseBefore(scan, i, 5, isNeed)

// Verbs of what already happened: a time just after one ("it arrived this morning") is not a limit.
const HAPPENED = /* @__PURE__ */ wordSet('cancelled canceled came arrived received delivered happened ordered bought paid called emailed sent placed showed turned')
// Whether a verb of `HAPPENED` comes at most three words before token `i`, in the same clause.
// ("it was due Monday": a date gone by, not "my rent is due Monday".)
const happenedBefore = (scan: Scan, i: number): boolean => inClauseBefore(scan, i, 3, (s, k) => HAPPENED.has(s.norms[k] as string) || (s.norms[k] === 'due' && s.norms[k - 1] === 'was'))

// Whether token `k` is a word of time (a day, "tomorrow", "morning").
function isTimeWord(scan: Scan, tables: CompiledTables, k: number): boolean {
  const entry = k < scan.n ? (scan.entryAt[k] as number) : -1
  return entry >= 0 && ((tables.wordTopics[entry] as number) & Topic.TIME) !== 0 && scan.norms[k] !== 'may'
}

// A test of token `k` of a scan (which may be past its end).
type TokenTest = (scan: Scan, k: number) => boolean

// An event that is itself what went wrong ("my flight was cancelled", "they postponed the concert")
// is not what the customer must be ready for: it still makes a deadline of the time near it ("my
// flight was cancelled and my sister gets married tomorrow"), but it is not the deadline's `event`,
// so no reply says "in time for your flight". Nor is one the customer calls off or moves themselves
// ("I need to cancel my appointment on Thursday", "can I reschedule my appointment on Friday?"): a
// reply may say "before Thursday", not "in time for your appointment" (nor for "Move my
// appointment please, I can't make Thursday anymore"). Nor is one the customer asks is still on
// ("Can you confirm my appointment is still on for Tuesday?", "is my flight still going ahead?"):
// "still" just after the event or after "is" or "are", not "her birthday and it still hasn't
// shipped". (A word of calling off up to three words before the event or four after it, in its
// sentence.)
const CALLED_OFF = /* @__PURE__ */ wordSet('cancelled canceled delayed postponed cancel cancelling reschedule rebook rearrange postpone move moved')
const calledOff = (scan: Scan, i: number): boolean => hasNearbyInSentence(scan, i, 3, (s, k) => CALLED_OFF.has(s.norms[k] as string) || (s.norms[k] === 'still' && (k === i + 1 || s.norms[k - 1] === 'is' || s.norms[k - 1] === 'are')))

const endsSentence = (scan: Scan, k: number): boolean => scan.kindAt[k] === Kind.PUNCT && isSentenceEnd(scan.norms[k] as string)

// Like hasNearby, without crossing the end of a sentence.
function hasNearbyInSentence(scan: Scan, i: number, distance: number, test: TokenTest): boolean {
  for (let k = i - 1; k >= 0 && k >= i - distance && !endsSentence(scan, k); k--) if (test(scan, k)) return true
  for (let k = i + 1; k < scan.n && k <= i + distance + 1 && !endsSentence(scan, k); k++) if (test(scan, k)) return true
  return false
}

const isStillWord: TokenTest = (scan, k) => k >= 0 && k < scan.n && STILL_WORDS.has(scan.norms[k] as string)

// Whether "still" is one of the tokens `from` to `to`, before the end of the sentence.
function stillBy(scan: Scan, from: number, to: number): boolean {
  for (let k = from; k <= to && k < scan.n && !endsSentence(scan, k); k++) if (scan.norms[k] === 'still') return true
  return false
}

const CONTACT_STEMS = /* @__PURE__ */ 'contact unsubscrib call email e-mail ask writ wrote messag chat reach phon rang ring rung touch told tell explain spoke speak talk complain report tweet follow dm ping text chas hung'.split(' ')
// The stems by their first letter, so a word is tried against the few that could start it.
// (Made by a call marked pure, so a bundle that never counts contacts leaves it out.)
const STEMS_BY_FIRST = /* @__PURE__ */ stemsByFirst()
function stemsByFirst(): Map<number, string[]> {
  const map = new Map<number, string[]>()
  for (const stem of CONTACT_STEMS) map.set(stem.charCodeAt(0), [...(map.get(stem.charCodeAt(0)) ?? []), stem])
  return map
}
// (Not a call, email or text to the customer: "Can you stop calling me 5 times a day?" counts our
// contacts, not theirs. "They told me three times" is theirs.)
const isContactWord: TokenTest = (scan, k) => {
  const norm = scan.norms[k] as string
  const stems = STEMS_BY_FIRST.get(norm.charCodeAt(0))
  return stems !== undefined && stems.some((stem) => norm.startsWith(stem)) && !(scan.norms[k + 1] === 'me' && /^(?:call|email|text|ring|phon)/.test(norm))
}

