import { AttuneError } from '../types/AttuneError'
import type { ConcernFound, Evidence, FeelingReading, Issue, Signal, SignalFound } from '../types/core'
import { detectFeelings } from './detectFeelings'
import type { DetectFeelingsOptions } from './detectFeelings'
import { VALENCE } from './valence'
import { enAddressedBy } from '../packs/en/tables'

/**
 * One turn of a support conversation.
 *
 * @example
 * const turn: ConversationTurn = { role: 'customer', text: 'Where is my order?', at: '2026-11-20T10:00:00Z' }
 *
 * @category Detect
 */
export type ConversationTurn = {
  /** Who wrote it. */
  role: 'customer' | 'agent'
  /** What they wrote. */
  text: string
  /** When, ISO 8601 (kept as given; attune does not read the clock). */
  at?: string
}

/**
 * Evidence inside a conversation: the span is an offset into the text of turn `turn`.
 *
 * @example
 * const evidence: TurnEvidence = { turn: 2, start: 0, end: 10, text: 'third time', cue: 'count-of-contacts', negated: false, weight: 1 }
 *
 * @category Detect
 */
export type TurnEvidence = Evidence & {
  /** Index of the turn the span is in. */
  turn: number
}

/**
 * One turn's reading inside a {@link ConversationReading}.
 *
 * @example
 * const turn: TurnReading = { role: 'agent', reading: detectFeelings('Happy to help!') }
 *
 * @category Detect
 */
export type TurnReading = {
  /** Who wrote the turn. */
  role: ConversationTurn['role']
  /** What the turn expresses. */
  reading: FeelingReading
}

/**
 * A signal gathered over the customer's turns.
 *
 * @example
 * const signal: ConversationSignal = { signal: 'waiting', evidence: [], detail: { duration: '2 weeks' } }
 *
 * @category Detect
 */
export type ConversationSignal = Omit<SignalFound, 'evidence'> & {
  /** Its evidence from every customer turn, each with its turn index. */
  evidence: TurnEvidence[]
}

/**
 * A concern gathered over the customer's turns.
 *
 * @example
 * const concern: ConversationConcern = { concern: 'money', evidence: [], detail: { amount: '$20' } }
 *
 * @category Detect
 */
export type ConversationConcern = Omit<ConcernFound, 'evidence'> & {
  /** Its evidence from every customer turn, each with its turn index. */
  evidence: TurnEvidence[]
}

/**
 * A concern the customer raised that no later agent turn addressed.
 *
 * @example
 * const open: UnaddressedConcern = { concern: 'deadline', evidence: [], turn: 0, detail: { when: 'Friday' } }
 *
 * @category Detect
 */
export type UnaddressedConcern = ConversationConcern & {
  /** The turn that first raised it. */
  turn: number
}

/**
 * What a whole conversation shows: a reading per turn, where the customer's feelings are heading,
 * the signals gathered over every customer turn, and the concerns no later agent turn addressed.
 *
 * @example
 * const reading: ConversationReading = {
 *   turns: [], trajectory: 'steady', signals: [], concerns: [], unaddressed: [],
 * }
 *
 * @category Detect
 */
export type ConversationReading = {
  /** One entry per turn, in order; agent turns are read too. */
  turns: TurnReading[]
  /**
   * `calming` when the customer's last turn is more positive than negative after negative turns
   * (a problem raised or confusion they named counts as negative; a bare "yes" is assent, not
   * positive), or says a puzzlement is cleared up ("that makes sense now"), or their negative
   * feeling fell
   * from first turn to last (unless the last turn asks again about a concern no agent turn dealt
   * with, or has no feeling in it and only answers an agent's question, or is one curt word such
   * as "Fine.", or thanks and then turns to a concern still waiting, "Thanks, but what about the
   * order?", or raises a concern for the first time); `escalating` when it grew
   * (or a later turn added a churn, legal, public, abuse, escalation or shouting signal, or asks
   * again, upset or telling how long it has waited, about a concern no agent turn dealt with, or
   * tells again, upset, a wait or a count of contacts an earlier turn told, or raises a new concern
   * more upset than the first turn);
   * `steady` otherwise, and with fewer than two customer turns.
   */
  trajectory: 'escalating' | 'steady' | 'calming'
  /** Each signal found in any customer turn, with its evidence from every turn. */
  signals: ConversationSignal[]
  /** Each concern the customer raised, with its evidence from every turn. */
  concerns: ConversationConcern[]
  /** The concerns the customer raised that no later agent turn addressed. */
  unaddressed: UnaddressedConcern[]
}

/**
 * The {@link readConversation} function options.
 *
 * @example
 * const options: ReadConversationOptions = { maxEvidence: 3 }
 *
 * @category Detect
 */
export type ReadConversationOptions = DetectFeelingsOptions

// Signals that a later turn has escalated (shouting too: "IT HAS BEEN 20 DAYS" after a calm first
// turn; and urgency: "She needs someone out today" after an answer that did not help).
const ESCALATION_SIGNALS: ReadonlySet<Signal> = new Set(['churn-threat', 'legal-threat', 'public-shaming', 'escalation-request', 'abuse', 'shouting', 'urgency'])
const CHANGE = 0.15
// A last turn read this upset or more has not calmed, however much more upset the first was: "Your
// service has been terrible for months. Just cancel it." after "I've been on hold for 40 minutes".
const STILL_UPSET = 0.5

// The strongest negative feeling, for the trajectory. Embarrassment is left out: turned on oneself
// ("sorry for snapping, it's been a long week"), it is a step back, not an escalation.
function negativeLevel(reading: FeelingReading): number {
  let level = 0
  for (const { feeling, intensity } of reading.feelings) if (VALENCE[feeling] === 'negative' && feeling !== 'embarrassment') level = Math.max(level, intensity)
  return level
}

// The strongest positive feeling, for the trajectory. Joy read only from a "yes" is assent, not a
// good feeling: "Yes, the thing I just told you about! Someone is in my account!" answers an agent's
// "Is there anything else I can help with?" and has not calmed.
function positiveLevel(reading: FeelingReading): number {
  let level = 0
  for (const { feeling, intensity, evidence } of reading.feelings) if (VALENCE[feeling] === 'positive' && !(evidence.length > 0 && evidence.every((e) => e.cue === 'yes'))) level = Math.max(level, intensity)
  return level
}

// Words of a concern's detail, for telling whether an agent turn speaks to it.
function detailWords(concern: ConcernFound): string[] {
  const detail = concern.detail
  if (!detail) return []
  return [detail.event, detail.when, detail.amount]
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.toLowerCase().split(/[^\p{L}\p{N}.$€£]+/u))
    .filter((word) => word.length > 2 && !['the', 'our', 'her', 'his', 'their', 'for', 'this', 'next'].includes(word))
}

function validate(turns: unknown): Issue[] {
  if (!Array.isArray(turns)) return [{ code: 'not-an-array', path: [], message: 'Expected turns to be an array of { role, text, at? }' }]
  const issues: Issue[] = []
  turns.forEach((turn: unknown, index) => {
    if (typeof turn !== 'object' || turn === null) {
      issues.push({ code: 'not-an-object', path: [index], message: 'Expected a turn object { role, text, at? }' })
      return
    }
    const { role, text, at } = turn as Record<string, unknown>
    if (role !== 'customer' && role !== 'agent') issues.push({ code: 'invalid-role', path: [index, 'role'], message: `Expected 'customer' or 'agent', got ${JSON.stringify(role) ?? 'undefined'}` })
    if (typeof text !== 'string') issues.push({ code: 'not-a-string', path: [index, 'text'], message: `Expected text to be a string, got ${text === null ? 'null' : typeof text}` })
    if (at !== undefined && typeof at !== 'string') issues.push({ code: 'not-a-string', path: [index, 'at'], message: 'Expected at to be an ISO 8601 string' })
  })
  return issues
}

// An agent's words that it cannot be done: "I'm afraid I can't guarantee it", "we're unable to
// help with that". (Lower case: tested on the turn's text lowered.)
const REFUSED = /\b(?:can't|cannot|can not|unable to|won't be able to|not able to) (?:guarantee|promise|do anything|help with)\b|\bafraid (?:not|there's nothing|we can't|i can't)\b/
// A customer's words that it is sorted: "thanks for sorting that", "fixed", "it works now", "seems
// better now", "it's back", "I'm back in", "that really helps", "resolved", "we're all safe".
const DEALT_WITH = /\bsort|\bfix|\bworks?\b|\bworking\b|\bbetter now\b|\b(?:it's|it is|i'm|im|we're|all) back\b|\b(?:that|this) (?:really |will )?helps?\b|\bresolved\b|\b(?:we're|we are|i'm|i am|everyone's|everyone is) (?:all )?safe\b/i

/**
 * Reads a whole support thread: a {@link FeelingReading} per turn, the trajectory of the customer's
 * feelings (escalating, steady, calming), the signals accumulated over the customer's turns (a
 * repeat contact in turn 3 and a transfer in turn 5 are both kept, each with its turn), and the
 * concerns the customer raised that no later agent turn addressed (an agent turn addresses a concern
 * when it raises the same concern, names its event, time or amount, or uses one of the pack's phrases
 * for dealing with it, such as "I've unlocked your account" for access; or when the customer voices
 * relief in a later turn, "Oh that's such a relief", or thanks or gladness that it is sorted, "Great,
 * thanks for sorting that", "Brilliant, it's back", without raising it again). A concern the customer
 * raises again after an agent turn dealt with it ("That was two weeks ago and I still haven't had my
 * money back") is open again until a later agent turn deals with it; a positive turn that only names
 * it ("thanks, the refund came") does not reopen it.
 *
 * @param turns - The conversation, oldest first.
 * @param options - {@link ReadConversationOptions}, passed on to {@link detectFeelings}.
 * @returns A {@link ConversationReading}.
 * @throws {@link AttuneError} with code `invalid-input` listing every malformed turn.
 *
 * @example
 * const reading = readConversation([
 *   { role: 'customer', text: 'My card was charged twice for $49.99.' },
 *   { role: 'agent', text: 'Thanks for letting us know!' },
 *   { role: 'customer', text: 'Third time asking. This is ridiculous.' },
 * ])
 * reading.trajectory
 * //=> 'escalating'
 * reading.unaddressed.map((c) => c.concern)
 * //=> ['money']
 *
 * @category Detect
 */
export function readConversation(turns: ConversationTurn[], options: ReadConversationOptions = {}): ConversationReading {
  const issues = validate(turns)
  if (issues.length) throw new AttuneError('invalid-input', issues)
  const readings = turns.map((turn) => ({ role: turn.role, reading: detectFeelings(turn.text, options) }))

  const signals = new Map<Signal, ConversationReading['signals'][number]>()
  const concerns = new Map<string, ConversationReading['concerns'][number]>()
  const raised: ConversationReading['unaddressed'] = []
  // The last customer turn that raised each concern not in a positive turn: a concern raised again
  // after an agent dealt with it ("That was two weeks ago and I still have not had my money back")
  // is open until an agent turn after that one deals with it. (A positive turn that names it, "thanks,
  // the refund came", does not reopen it.)
  const since = new Map<string, number>()
  const customerTurns: number[] = []
  let escalatedLater = false
  readings.forEach(({ role, reading }, turn) => {
    if (role !== 'customer') return
    customerTurns.push(turn)
    for (const found of reading.signals) {
      const entry = signals.get(found.signal) ?? { signal: found.signal, evidence: [] }
      entry.evidence.push(...found.evidence.map((e) => ({ ...e, turn })))
      if (found.detail) entry.detail = { ...entry.detail, ...found.detail }
      if (ESCALATION_SIGNALS.has(found.signal) && customerTurns.length > 1) escalatedLater = true
      signals.set(found.signal, entry)
    }
    // A concern told only in the words of the agent's offer just before ("I can set up a payment
    // plan if that helps." ... "Yes please, a payment plan would help.") is the offer taken up, not
    // a new concern raised.
    const offered = turns[turn - 1]?.role === 'agent' ? (turns[turn - 1] as ConversationTurn).text.toLowerCase() : ''
    for (const found of reading.concerns) {
      if (offered && found.evidence.every((e) => offered.includes(e.text.toLowerCase()))) continue
      const evidence = found.evidence.map((e) => ({ ...e, turn }))
      const entry = concerns.get(found.concern) ?? { concern: found.concern, evidence: [] }
      entry.evidence.push(...evidence)
      // The first turn that gave a detail keeps it: later turns only fill what is missing.
      if (found.detail) entry.detail = { ...found.detail, ...entry.detail }
      concerns.set(found.concern, entry)
      if (reading.polarity.label !== 'positive' || !since.has(found.concern)) since.set(found.concern, turn)
      if (!raised.some((r) => r.concern === found.concern)) {
        const item: ConversationReading['unaddressed'][number] = { concern: found.concern, evidence, turn }
        if (found.detail) item.detail = { ...found.detail }
        raised.push(item)
      }
    }
  })

  // The pack's phrases when it has detection tables of its own; else the en ones (as `detectFeelings`
  // reads with the en tables then).
  const addressedBy = (options.pack?.detect ? options.pack.detect.addressedBy : enAddressedBy) ?? {}
  const unaddressed = raised.filter((concern) => {
    const words = detailWords(concern)
    const phrases = addressedBy[concern.concern] ?? []
    const after = since.get(concern.concern) as number
    return !readings.some(({ role, reading }, turn) => {
      if (turn <= after) return false
      // Relief the customer voices later ("Oh that's such a relief, I'll go and pick it up") says
      // what worried them is dealt with, in whatever words the agent dealt with it.
      // So do thanks or gladness that it is sorted, with nothing bad beside them ("Great, thanks for
      // sorting that", "Brilliant, it's back. Thanks for the update.", "Updated and it works. Cheers.",
      // "Thank you, that really helps.").
      if (role === 'customer') return reading.feelings.some((f) => f.feeling === 'relief' || ((f.feeling === 'gratitude' || f.feeling === 'joy') && DEALT_WITH.test((turns[turn] as ConversationTurn).text))) && !reading.concerns.some((c) => c.concern === concern.concern) && reading.polarity.label === 'positive'
      const text = (turns[turn] as ConversationTurn).text.toLowerCase()
      // An agent turn that says it cannot do it ("I'm afraid I can't guarantee it will arrive
      // tomorrow") names the concern without dealing with it.
      if (REFUSED.test(text)) return false
      if (reading.concerns.some((c) => c.concern === concern.concern)) return true
      if (words.some((word) => text.includes(word))) return true
      // Phrases of dealing with it, matched as whole words: "unlocked your account".
      const spaced = ` ${text.replace(/[^\p{L}\p{N}']+/gu, ' ')} `
      return phrases.some((phrase) => spaced.includes(` ${phrase} `))
    })
  })

  let trajectory: ConversationReading['trajectory'] = 'steady'
  if (customerTurns.length >= 2) {
    const first = (readings[customerTurns[0] as number] as { reading: FeelingReading }).reading
    const last = (readings[customerTurns[customerTurns.length - 1] as number] as { reading: FeelingReading }).reading
    const lastLevel = negativeLevel(last)
    const delta = lastLevel - negativeLevel(first)
    // (A good feeling only faintly read does not end it: "Any luck?" leans to hope at 0.21 from
    // "luck", and is a chase.)
    const endsPositive = positiveLevel(last) > Math.max(lastLevel, 0.25)
    // A problem raised counts as trouble even said calmly: "I was charged twice, please fix this".
    const wasNegative = customerTurns.some((turn) => {
      const entry = readings[turn] as { reading: FeelingReading }
      // (So is confusion the customer names, "I'm so confused" or "I can't find the tracking
      // number": cleared up, it has calmed.)
      return negativeLevel(entry.reading) > 0 || entry.reading.polarity.label === 'negative' || entry.reading.concerns.length > 0 || entry.reading.feelings.some((f) => f.feeling === 'confusion' && f.evidence.some((e) => e.cue === 'confused' || e.cue === 'cant-find'))
    })
    // A later turn that asks for a manager, threatens to leave or to go public has escalated, even
    // when its words are calmer than the first turn's.
    const lastEscalates = last.signals.some((s) => ESCALATION_SIGNALS.has(s.signal))
    // Asking again, upset, after agent turns that did not speak to it ("Where is my money?") has
    // escalated too, even in fewer words.
    const lastTurn = customerTurns[customerTurns.length - 1] as number
    // Asked again calmly ("So when will I get the money back?") it has not calmed either: steady.
    // Asked again with the wait so far ("It's been 10 days! I want my £30 back.") it has escalated.
    const askedAgain = last.concerns.some((c) => unaddressed.some((u) => u.concern === c.concern && u.turn < lastTurn))
    const pressedAgain = (lastLevel > 0 || last.signals.some((s) => s.signal === 'waiting')) && askedAgain
    // A turn with no feeling in it that answers an agent's question ("Can you send me the order
    // number?" ... "It's 44817.") tells nothing of how the customer feels now: steady. Nor one whose
    // only feeling is the assent of its "yes" and that raises a concern ("Have you checked with your
    // neighbours?" ... "Yes, obviously. Nobody has it. I want a replacement or my money back.");
    // a bare acceptance ("Would you like a refund?" ... "Yes please.") has calmed.
    const asked = turns[lastTurn - 1]
    const answers = (last.feelings.length === 0 || (lastLevel === 0 && positiveLevel(last) === 0 && last.concerns.length > 0)) && asked?.role === 'agent' && asked.text.includes('?')
    // Telling again, upset, a wait or a count of contacts an earlier turn told ("I've been on hold for
    // 2 hours trying to cancel." ... "Because I've been on hold for 2 hours! Just cancel it please.")
    // has escalated: the customer has had to say it twice.
    const toldAgain = lastLevel > 0 && last.signals.some((s) => (s.signal === 'waiting' || s.signal === 'repeat-contact') && customerTurns.some((t) => t < lastTurn && (readings[t] as TurnReading).reading.signals.some((x) => x.signal === s.signal)))
    // A last turn whose words read little but that pushes back with "?!", "!!" or "??" ("Tomorrow?!
    // She could fall tonight.") has not calmed either.
    const lastText = (turns[lastTurn] as ConversationTurn).text
    const pushesBack = /[!?]{2}/.test(lastText)
    // Nor has a last turn of one curt word ("Fine.", "Whatever."), which gives in rather than calms.
    const curt = /^\W*(?:fine|whatever|ok|okay|right)\W*$/i.test(lastText)
    // A puzzlement the customer says is cleared up ("Ah that makes sense now. Yes please, a payment
    // plan would help.") has calmed, with or without thanks.
    const cleared = /\b(?:(?:that|it) makes sense|makes sense now|that explains it|i understand now|got it)\b/i.test(lastText) && lastLevel === 0
    // Thanks that turn to a concern no agent turn dealt with ("Thanks, but what about the order?
    // Saturday is in two days.") have not calmed: the customer is still waiting on it.
    const thanksBut = unaddressed.some((u) => u.turn < lastTurn) && (askedAgain || /\b(?:but|however)\b[^.!?]*\?/i.test(lastText)) && /\b(?:but|however|what about|still|yet)\b/i.test(lastText)
    // Nor has a last turn, calmer in its words, that raises a concern of its own for the first time
    // ("And the broadband? I work from home, I've lost two days of work already.").
    const raisesNew = last.concerns.some((c) => !customerTurns.some((t) => t < lastTurn && (readings[t] as TurnReading).reading.concerns.some((x) => x.concern === c.concern)))
    if ((endsPositive || cleared) && wasNegative && !curt && !thanksBut) trajectory = 'calming'
    // A new concern raised more upset than the first turn ("2 days? I need my car for work tomorrow.
    // This is ridiculous."), after an answer, has escalated: more is at stake now.
    else if (delta >= CHANGE || pressedAgain || toldAgain || (raisesNew && delta > 0 && lastLevel >= STILL_UPSET) || (escalatedLater && (delta > -CHANGE || lastEscalates))) trajectory = 'escalating'
    else if (delta <= -CHANGE && lastLevel < STILL_UPSET && !askedAgain && !answers && !pushesBack && !curt && !raisesNew && !thanksBut) trajectory = 'calming'
  }

  return { turns: readings, trajectory, signals: [...signals.values()], concerns: [...concerns.values()], unaddressed }
}
