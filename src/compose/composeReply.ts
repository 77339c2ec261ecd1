import { Checker, isRecord } from '../_lib/check'
import { passedAround } from '../_lib/topics'
import { sameLanguage } from '../_lib/intl'
import { nameOf, sayDuration, toCustomer, unshout } from '../acknowledge/acknowledge'
import type { CaseOwner } from '../acknowledge/acknowledge'
import { detectFeelings, polarityOf } from '../detect/detectFeelings'
import { VALENCE } from '../detect/valence'
import { readConversation } from '../detect/readConversation'
import type { ConversationTurn } from '../detect/readConversation'
import { en } from '../packs/en'
import type { RenderMessageOptions } from '../packs/renderMessage'
import type { RepairPlan } from '../repair/buildRepairPlan'
import { redact } from '../text/redact'
import { AttuneError } from '../types/AttuneError'
import type { Channel, ConcernFound, CustomerContext, Evidence, Feeling, FeelingFound, FeelingReading, Milestone, Result, SignalFound, Span, Tone } from '../types/core'
import type { Pack } from '../types/pack'
import { propose } from './propose'
import { bothers, charged, cuesOf, feelsBad, hasMessage, quotesCustomer, raisesTrouble, reflect, renderWith, worryFrom } from './reflect'
import type { ComposeOptions } from './reflect'
import { deadlineSentence, reframe } from './reframe'
import type { Reframing } from './reframe'

/**
 * A step of a recipe.
 *
 * @example
 * const step: RecipeStep = 'reflect'
 *
 * @category Compose
 */
export type RecipeStep = 'greeting' | 'boundary' | 'promise' | 'acknowledge' | 'reflect' | 'reframe' | 'own' | 'propose' | 'sign-off'

/**
 * The built-in recipes, by name:
 * - `reflect-reframe-propose` (default): reflect the feeling and concern, reframe to the outcome,
 *   own it, propose;
 * - `heard` (Hear, Empathize, Apologize, Resolve, Diagnose): acknowledge, reflect, own, propose;
 * - `latte` (Listen, Acknowledge, Take action, Thank, Explain): reflect, acknowledge, own, propose.
 *
 * @example
 * RECIPES['reflect-reframe-propose']
 * //=> ['greeting', 'boundary', 'promise', 'reflect', 'reframe', 'own', 'propose', 'sign-off']
 *
 * @category Compose
 */
export const RECIPES: Readonly<Record<'reflect-reframe-propose' | 'heard' | 'latte', readonly RecipeStep[]>> = {
  'reflect-reframe-propose': ['greeting', 'boundary', 'promise', 'reflect', 'reframe', 'own', 'propose', 'sign-off'],
  heard: ['greeting', 'boundary', 'promise', 'acknowledge', 'reflect', 'own', 'propose', 'sign-off'],
  latte: ['greeting', 'boundary', 'promise', 'reflect', 'acknowledge', 'own', 'propose', 'sign-off'],
}

const STEPS: readonly RecipeStep[] = ['greeting', 'boundary', 'promise', 'acknowledge', 'reflect', 'reframe', 'own', 'propose', 'sign-off']

/**
 * What {@link composeReply} needs: the customer's words (a message, a thread or a reading), what the
 * business can do (a repair plan or a next step), who is writing, and where it goes.
 *
 * @example
 * const input: ComposeReplyInput = {
 *   message: "Where is my order? My daughter's party is Saturday!",
 *   nextStep: { what: 'check with the courier', by: '2026-11-20T21:00:00Z' },
 *   customer: { name: 'Dana' }, agent: { name: 'Sam' }, channel: 'email', now: '2026-11-20T15:00:00Z',
 * }
 *
 * @category Compose
 */
export type ComposeReplyInput = {
  /** The customer's message. */
  message?: string
  /** Or the whole thread; the reply answers its last customer turn and every unaddressed concern. */
  conversation?: ConversationTurn[]
  /** Or a reading you already have. */
  reading?: FeelingReading
  /** Warm data; without consent only the name is used. */
  customer?: CustomerContext
  /** Who writes. */
  agent?: CaseOwner
  /** A plan from `buildRepairPlan`. */
  plan?: RepairPlan
  /** Or the next step: `what` reads after "I'll", `by` is when the customer hears back. */
  nextStep?: Milestone
  /** A recipe name or your own list of steps. @defaultValue 'reflect-reframe-propose' */
  recipe?: keyof typeof RECIPES | RecipeStep[]
  /** Where the reply goes. */
  channel: Channel
  /** The register. @defaultValue 'neutral' */
  tone?: Tone
  /** Picks among equivalent phrasings: the same seed, the same reply (a ticket id works well). */
  seed?: string | number
  /** The current time, ISO 8601, to tell an overdue promise. */
  now?: string
  /** The pack to write with. @defaultValue the `en` pack */
  pack?: Pack
  /** Time zone for dates and times; the customer's when their warm data has one. @defaultValue 'UTC' */
  timeZone?: string
  /** Output format, for escaping. @defaultValue 'text' */
  format?: RenderMessageOptions['format']
}

/**
 * A part of a reply, with its span in the reply's text.
 *
 * @example
 * const part: ReplyPart = { kind: 'reflect', text: 'I can hear how frustrating this has been.', span: { start: 10, end: 51 } }
 *
 * @category Compose
 */
export type ReplyPart = {
  /** What the part does. */
  kind: 'greeting' | 'acknowledge' | 'boundary' | 'reflect' | 'own' | 'reframe' | 'options' | 'ask' | 'next-step' | 'sign-off'
  /** Its text. */
  text: string
  /** Where it is in the reply. */
  span: Span
}

/**
 * A composed reply.
 *
 * @example
 * const reply: Reply = { text: 'Hi Dana, ...', parts: [], channel: 'email', warnings: [] }
 *
 * @category Compose
 */
export type Reply = {
  /** The whole reply. */
  text: string
  /** Its parts, in order, with spans into `text`. */
  parts: ReplyPart[]
  /** The channel it was written for. */
  channel: Channel
  /**
   * An internal case note for the next agent, never sent to the customer: how often they got in
   * touch, transfers, their deadline, and what they were promised. It speaks of the customer with
   * their pronouns when their warm data gives them with consent ("she", "he", "they"), and by name
   * otherwise. Absent when there is nothing to hand over.
   */
  note?: string
  /**
   * What the caller should know: `no-feeling-found` (no reflection), `no-next-step` (nothing to
   * propose: a reply without one is hollow), `shortened-for-channel`, `over-channel-length`,
   * `personal-details-removed`, `promise-owned`, `escalation-requested` (the customer asked for a
   * manager or for the case to be escalated: the reply says it heard the request and promises
   * nothing about it, so say what will happen), `customer-leaving` (the customer says they are
   * leaving or cancelling, not as a condition nor after a death: the reply says it heard that, so
   * say how it is done).
   */
  warnings: string[]
}

/** Longest reply each channel takes, in characters (social: a public post; SMS: two segments). */
export const CHANNEL_LIMITS: Readonly<Partial<Record<Channel, number>>> = { social: 280, sms: 320 }

type Checked = {
  input: ComposeReplyInput
  reading: FeelingReading
  /** The text the reading's feelings were read from (the message, or the last customer turn), when known. */
  readText: string | undefined
  steps: readonly RecipeStep[]
  now: number | undefined
  timeZone: string
}

function check(raw: unknown): Result<Checked> {
  if (!isRecord(raw)) return { ok: false, issues: [{ code: 'not-an-object', path: [], message: 'Expected the reply input object' }] }
  const c = new Checker()
  const input = raw as ComposeReplyInput
  const sources = (['message', 'conversation', 'reading'] as const).filter((key) => raw[key] !== undefined)
  if (sources.length === 0) c.add('required', ['message'], 'Give the customer message, the conversation or a reading')
  if (sources.length > 1) c.add('conflict', [sources[1] as string], `Give one of message, conversation and reading, not ${sources.join(' and ')}`)
  if (raw['message'] !== undefined && typeof raw['message'] !== 'string') c.add('not-a-string', ['message'], 'Expected the message as a string')
  if (raw['conversation'] !== undefined && !Array.isArray(raw['conversation'])) c.add('not-an-array', ['conversation'], 'Expected the turns of the conversation')
  if (raw['reading'] !== undefined && !(isRecord(raw['reading']) && Array.isArray(raw['reading']['feelings']))) c.add('not-an-object', ['reading'], 'Expected a FeelingReading')
  if (raw['plan'] !== undefined && raw['nextStep'] !== undefined) c.add('conflict', ['nextStep'], 'Give a plan or a next step, not both')
  if (raw['plan'] !== undefined && !(isRecord(raw['plan']) && Array.isArray(raw['plan']['options']))) c.add('not-an-object', ['plan'], 'Expected a RepairPlan from buildRepairPlan')
  else if (isRecord(raw['plan']) && typeof raw['plan']['locale'] === 'string') {
    // A plan's sentences are already written: in another language they would make a reply in two.
    const replyLocale = isRecord(raw['pack']) && typeof raw['pack']['locale'] === 'string' ? raw['pack']['locale'] : en.locale
    if (!sameLanguage(raw['plan']['locale'], replyLocale)) {
      c.add('plan-language', ['plan', 'locale'], `The plan is written in "${raw['plan']['locale']}" and the reply in "${replyLocale}": build the plan with the reply's pack (buildRepairPlan({ ..., pack }))`)
    }
  }
  if (raw['nextStep'] !== undefined) {
    if (!isRecord(raw['nextStep'])) c.add('not-an-object', ['nextStep'], 'Expected nextStep: { what, by }')
    else {
      c.text(raw['nextStep']['what'], ['nextStep', 'what'], 'The next step')
      c.time(raw['nextStep']['by'], ['nextStep', 'by'], 'the time of the next update')
    }
  }
  c.channel(raw['channel'], ['channel'])
  if (raw['tone'] !== undefined && !['warm', 'neutral', 'formal'].includes(raw['tone'] as string)) c.add('invalid-enum', ['tone'], "Expected 'warm', 'neutral' or 'formal'")
  if (raw['customer'] !== undefined && !isRecord(raw['customer'])) c.add('not-an-object', ['customer'], 'Expected a CustomerContext')
  if (raw['agent'] !== undefined) {
    if (!isRecord(raw['agent'])) c.add('not-an-object', ['agent'], 'Expected agent: { name, team? }')
    else c.text(raw['agent']['name'], ['agent', 'name'], "The agent's name")
  }
  const now = raw['now'] === undefined ? undefined : c.time(raw['now'], ['now'], 'now')
  const customerZone = isRecord(raw['customer']) ? raw['customer']['timeZone'] : undefined
  const timeZone = c.timeZone(raw['timeZone'] ?? customerZone, raw['timeZone'] !== undefined ? ['timeZone'] : ['customer', 'timeZone']) ?? 'UTC'
  let steps: readonly RecipeStep[] = RECIPES['reflect-reframe-propose']
  const recipe = raw['recipe']
  if (typeof recipe === 'string') {
    if (Object.hasOwn(RECIPES, recipe)) steps = RECIPES[recipe as keyof typeof RECIPES]
    else c.add('unknown-recipe', ['recipe'], `Expected ${Object.keys(RECIPES).join(', ')} or a list of steps`)
  } else if (recipe !== undefined) {
    if (!Array.isArray(recipe)) c.add('invalid-type', ['recipe'], 'Expected a recipe name or a list of steps')
    else {
      recipe.forEach((step: unknown, k) => {
        if (!STEPS.includes(step as RecipeStep)) c.add('unknown-step', ['recipe', k], `Expected one of ${STEPS.join(', ')}`)
      })
      steps = recipe as RecipeStep[]
    }
  }
  const pack = raw['pack']
  if (pack !== undefined && !(isRecord(pack) && isRecord(pack['messages']))) c.add('invalid-pack', ['pack'], 'Expected a pack (see definePack)')
  let reading: FeelingReading | undefined
  let readText: string | undefined
  if (c.issues.length === 0) {
    // The message is read with the reply pack's detection tables (the en tables unless the pack
    // brings its own), so the customer's words a reply quotes are in the language the pack reads.
    const read = isRecord(pack) && isRecord(pack['detect']) ? { pack: pack as unknown as Pack } : {}
    const unreadable = (): void => c.add('invalid-pack', ['pack', 'detect'], "The pack's detect tables could not be read (see definePack)")
    if (typeof raw['message'] === 'string') {
      try {
        reading = detectFeelings(raw['message'], read)
        readText = raw['message']
      } catch {
        unreadable()
      }
    } else if (Array.isArray(raw['conversation'])) {
      try {
        const turns = raw['conversation'] as ConversationTurn[]
        const thread = readConversation(turns, read)
        let k = turns.length - 1
        while (k >= 0 && turns[k]?.role !== 'customer') k--
        const last = thread.turns[k]?.reading
        readText = turns[k]?.text
        // A last word that is positive and raises nothing ("I'm in! Thank you") closes the thread:
        // the reply meets that turn, and presses nothing raised before it. (Not thanks that turn to
        // what is still open, which `readConversation` does not call calming: "Thanks, but what
        // about the order? Saturday is in two days.")
        if (last && last.polarity.label === 'positive' && !raisesTrouble(last) && (thread.trajectory === 'calming' || !thread.unaddressed.length)) reading = last
        else {
          // A last turn with no feeling in it asks again what an earlier turn asked ("Why was I
          // charged a £25 admin fee?" ... "Ok but I'd like to know what the fee is for."): the
          // confusion of the turn that raised a concern still open carries over, so the reply turns
          // to an answer, not to money back that may not be owed.
          const carried = thread.unaddressed.map((u) => thread.turns[u.turn]?.reading.feelings.find((f) => f.feeling === 'confusion')).find((f) => f !== undefined)
          reading = {
            feelings: last?.feelings.length ? last.feelings : carried ? [carried] : [],
            primary: last?.primary ?? null,
            polarity: last?.polarity ?? { label: 'neutral', score: 0 },
            // (The evidence is of earlier turns: its cues say what was found, its spans are not in one text.)
            concerns: thread.unaddressed.map(({ concern, detail, evidence }) => ({ concern, evidence, ...(detail ? { detail } : {}) })),
            // Abuse is met with a boundary only in the turn it is in: after an apology, a boundary
            // about an earlier turn would only reopen it. (A signal of the last turn keeps that turn's
            // evidence, whose spans are in `readText`.)
            signals: thread.signals
              .filter(({ signal }) => signal !== 'abuse' || last?.signals.some((s) => s.signal === 'abuse'))
              .map(({ signal, detail }) => ({ signal, evidence: last?.signals.find((s) => s.signal === signal)?.evidence ?? [], ...(detail ? { detail } : {}) })),
          }
        }
      } catch (error) {
        if (error instanceof AttuneError) for (const issue of error.issues) c.add(issue.code, ['conversation', ...issue.path], issue.message)
        else unreadable()
      }
    } else reading = raw['reading'] as FeelingReading
  }
  if (c.issues.length || !reading) return { ok: false, issues: c.issues }
  return { ok: true, value: { input, reading, readText, steps, now, timeZone } }
}

// The sentences about the safety of the one writing, and those about someone in their care.
const OTHERS_KEYS: Record<string, string> = { 'reflect.anxiety.safety': 'reflect.anxiety.safety-others', 'reframe.safety-person': 'reframe.safety-others', 'reframe.access': 'reframe.access-others', 'reflect.anxiety.fraud': 'reflect.anxiety.fraud-others', 'reframe.fraud': 'reframe.fraud-others', 'reflect.anxiety.privacy': 'reflect.anxiety.privacy-others', 'reframe.privacy': 'reframe.privacy-others', 'reframe.money': 'reframe.money-back-others', 'reframe.money-back': 'reframe.money-back-others' }
// The keys said of someone else only when the money taken is theirs ("my elderly mother has been
// charged £1,200 for a holiday she never booked"): "getting their money back to them", without
// the sum.
const MONEY_KEYS = new Set(['reframe.money', 'reframe.money-back'])
const THEIR_CHARGE = /\b(?:mum|mom|mother|dad|father|nan|gran|grandma|grandmother|grandad|grandfather|grandpa|son|daughter|husband|wife|partner|sister|brother)(?:'s)? (?:has been|have been|was|got|is being|been|keeps being) (?:charged|billed|overcharged|debited)\b|\b(?:she|he|they) (?:never|didn't|did not|hasn't|has not) (?:booked|ordered|bought|authori[sz]ed|agreed)\b/i
const CHARGED_ME = /\b(?:charged|billed|debited|overcharged) me\b|\bmy (?:account|card|money|bank)\b/i
// The keys said of someone else only when the account or the data is theirs too.
const ACCOUNT_KEYS = new Set(['reframe.access', 'reflect.anxiety.fraud', 'reframe.fraud', 'reflect.anxiety.privacy', 'reframe.privacy'])
// An account or data that is someone else's: "her account", "my husband's login", "his card", "her
// PIN" (for 'reframe.access-others', the fraud sentences and the privacy ones).
const MY_ACCOUNT = /\bmy (?:account|login|card|bank account|savings|pin|password|details|data|information|identity)\b/i
const THEIR_ACCOUNT = /\b(?:her|his|their|\w+'s) (?:account|login|online banking|email|card|bank account|savings|pin|password|details|data|information|identity|address)\b/i
// A person or an animal in the writer's care or family: "my mum", "my elderly father's", "our baby", "my dog";
// or anyone at all at risk ("Someone's going to get hurt").
const SOMEONE_ELSE = /\b(?:my|our) (?:\w+ )?(?:mum|mom|mother|dad|father|son|daughter|baby|child|children|kids?|husband|wife|partner|grandma|grandmother|grandad|grandfather|nan|sister|brother|neighbour|neighbor|dog|cat|puppy|kitten|pets?)(?:'s)?\b|\bsomeone(?:'s| is)? (?:going to|gonna|will|could) (?:get|be) (?:hurt|killed|injured)\b/i

// Below this intensity, joy beside a problem is set aside rather than met with "That's great to hear".
const FAINT = 0.5

// "Thank you for ...", "thanks so much for ...": thanks for something, not a polite close.
const FOR_AFTER = /^\s*(?:you\s+)?(?:so much\s+|very much\s+|a lot\s+|again\s+)?for\b/i
// After that "for": "getting back to me", "your reply", the courtesy of a reply, not something done.
const REPLYING = /^\s+(?:getting back|replying|responding|coming back|(?:your|the) (?:quick |prompt |fast )?(?:reply|response|update|email|message))\b/i

// What the customer thanks for: something done ("Thank you for waiving the fee"), a reply ("Thanks
// for getting back to me", the courtesy of one), or nothing named ("Thanks, Maria", a polite close).
// Without the text (a reading given), thanks are taken at their word.
function thanksFor(reading: FeelingReading, text: string | undefined): 'done' | 'reply' | 'none' {
  const gratitude = reading.feelings.find((f) => f.feeling === 'gratitude')
  if (!gratitude) return 'none'
  if (text === undefined) return 'done'
  let reply = false
  for (const e of gratitude.evidence) {
    const rest = text.slice(e.end, e.end + 40)
    const named = FOR_AFTER.exec(rest)
    if (!named) continue
    if (!REPLYING.test(rest.slice(named[0].length))) return 'done'
    reply = true
  }
  return saysDone(text) ? 'done' : reply ? 'reply' : 'none'
}

// "you sorted it", "that fixed it", "all resolved", "it works now": the customer says it is done.
// Not after a negation in the same clause ("still not sorted", "hasn't been fixed", "never resolved"),
// nor as what is wanted ("please get it fixed", "it needs to be sorted", "if it's resolved").
const DONE = /\b(?:sorted|fixed|resolved|solved|works now|working now|working again|found it(?!(?: \w+){0,2} (?:cheaper|elsewhere|for less)\b)|figured it out)\b/gi
const UNDONE = /\b(?:not|never|still|no|nothing|yet|get|be|need|needs|want|wants|please|can|could|will|would|to|when|if|until|till|unless|once|soon)\b|n't\b/i

function saysDone(text: string): boolean {
  for (const match of text.matchAll(DONE)) {
    const clause = text.slice(Math.max(0, match.index - 30), match.index).split(/[,.;!?]/).pop() ?? ''
    if (!UNDONE.test(clause) && !/^\s*(?:yet|soon)\b/i.test(text.slice(match.index + match[0].length))) return true
  }
  return false
}

// Where the message turns from praise that ends at offset `after`: the offset of the first contrast
// word after it, when no good feeling is read after that word ("love the new season but the
// subtitles are out of sync"), or -1 (for 'fromPraise' and 'praiseThenTrouble' in build).
function turnFromPraise(reading: FeelingReading, text: string, after: number, contrast: readonly string[]): number {
  const words = new Set(contrast.map((w) => w.toLowerCase()))
  const rest = text.slice(after)
  const aside = ASIDE.exec(rest)
  for (const word of rest.matchAll(/[\p{L}']+/gu)) {
    if (!words.has(word[0].toLowerCase()) && word.index !== aside?.index) continue
    const at = after + word.index
    return reading.feelings.some((f) => VALENCE[f.feeling] === 'positive' && f.evidence.some((e) => e.start > at)) ? -1 : at
  }
  return -1
}
// A small matter raised after praise, which turns to it as a contrast does: "loving the new
// dashboard! One small thing: the export button seems to be missing on Safari", "a minor issue",
// "only one niggle" (not "one thing I love is ...").
const ASIDE = /\b(?:(?:one|only(?: one)?)(?: small| little| minor| tiny)?|an?(?: small| little| minor| tiny))(?: thing| issue| problem| niggle| gripe| bug)\b(?! (?:i|we) (?:love|like))/i

// A refund the customer says has come ("Got my refund, but I'm still annoyed it took six weeks",
// "Thank you for the refund"): their money is no longer what needs getting back. Not when what is
// just before it doubts or asks ("I haven't got my refund", "Has my refund arrived?"), nor when the
// money is at stake elsewhere too ("Thanks for the refund, but I was charged twice again").
const REFUND_IN = /\b(?:(?:got|received|thanks for|thank you for|appreciate)(?: \w+ing)? (?:my|the|your) refund|refund (?:has (?:arrived|landed|come through|gone through)|arrived|landed|came through|went through))\b/i
const REFUND_DOUBTED = /(?:n't|\b(?:not|never|still|yet|has|have|did|if|when))\W+(?:\w+\W+)?$/i
function refundIn(text: string, reading: FeelingReading): boolean {
  const found = REFUND_IN.exec(text)
  if (found === null || REFUND_DOUBTED.test(text.slice(Math.max(0, found.index - 24), found.index))) return false
  const end = found.index + found[0].length
  return reading.concerns.some((c) => c.concern === 'money' && c.evidence.every((e) => e.start >= found.index && e.end <= end))
}
// A message that opens by asking for something: to be told ("Please tell me my ticket is still
// valid", "Let me know when it's back in stock": group 1), or to have it done ("Please send ...",
// "Hi, could you update ..."), after any @mentions ("@O2 can you dm me, I need help with my bill").
const REQUEST = /^\W*(?:@\w+\W*)*(?:(?:hi|hello|hey)\b\W*)?(?:(?:please |pls )?(tell me|let me know)|please|(?:could|can|would) (?:you|someone))\b/i

// A turn after the praise ("The driver was polite but the parcel was damaged"): what follows it is
// what the reply must meet.
const TURN = /\b(?:but|however|though|although)\b/i
// An illness told of: "diagnosed with", "cancer", "chemo", "in hospital", "had a stroke", "dementia";
// and words of the customer's own, so that it is theirs or a loved one's. (Two tests, not one pattern
// with ".*" between them, which would take time that grows with the square of the message.)
// A thing of a late loved one's, or one they gave, lost or damaged: "my late husband's watch was
// damaged", "the ring that belonged to my late grandmother has gone missing" (for the keepsake's
// sorrow in composeReply).
const KEEPSAKE = /\b(?:late \w+(?:'s| gave me)|belonged to my late)\b[^.!?]{0,80}?\b(?:damaged|lost(?! access)|missing|gone(?! (?:in|to|for|through|up|down|out)\b)|broken|broke|ruined|stolen|destroyed|scratched|thrown away|binned)\b/i
const ILLNESS = /\b(?:diagnosed|cancer|chemo|terminally ill|seriously ill|in hospital|in hospice|admitted to hospital|intensive care|had a stroke|heart attack|dementia)\b/i
const OURS = /\b(?:my|our|i|i'm|i've)\b/i
// Just before "right now", what the customer cannot face: "I can't deal with this", "can't cope with it".
const CANNOT_FACE = /\b(?:can't|cannot|can not|not)(?: \w+)? (?:deal|cope) with (?:this|it|that|any of this) $/i
// An event that is a booking with us: "appointment", "booking", "reservation", "visit".
const BOOKED = /appointment|booking|reservation|visit/i
// Just before a time, what was expected then ("my order was meant to come today", "it was supposed to
// arrive today"): a delivery missed, not a plea to hurry.
const EXPECTED = /\b(?:meant|supposed|due|expected|scheduled)\s+to\s+$/i
// A sentence that is only a refund asked for: "refund??", "Refund?", "a refund?".
// A sum or the money asked back outright: "I want the £45 back", "I'd like the difference back", "I
// want the shipping cost back".
const ASKED_BACK = /\b(?:want|like|need|expect|give me)\s+(?:the |my |our |a )?([£$€]\s?\d[\d,.]*|\d[\d,.]*\s?(?:pounds|dollars|euros?)|money|difference|deposit|(?:\w+ )?(?:fee|charge|cost)s?|payment|cash)\s+back\b/i
const BARE_REFUND = /(?:^|[.!?]\s*)(?:a )?refund\s*\?+\s*$/i
// The customer telling of their own slip found out: "I've just realised", "I just realized", "I've
// been trying to log in with the wrong email", "I didn't realise the washing machine wasn't plugged
// in" (not "I didn't realise you'd charge me"), "I've deleted my whole account by accident", "I
// accidentally cancelled it", "I've forgotten my PIN again" (and "I used the wrong card": `OWN_SLIP`).
const REALISED = /\bI(?:'ve| have)? (?:just )?reali[sz]ed\b|\bwith the wrong\b|\bI (?:didn't|did not|hadn't|had not) reali[sz]e\b(?! (?:that )?(?:you|your|they)\b)|\bI(?:'ve| have| had)? (?:just )?(?:accidentally|\w+ed\b[^.!?,]{0,30}\bby (?:accident|mistake))\b|\bI(?:'ve| have| had)? (?:completely |totally )?forg[eo]t(?:ten)? (?:my|our)\b/i
const CURT_THANKS = /^\W*(?:thanks|thank you|cheers)\W*[.!]\s/i
const PRAISED = /\b(?:well done|great job|good job|great work|deserves? a medal|hats off|commend|above and beyond|the extra mile|a credit to|(?:lovely|brilliant|amazing|fantastic|wonderful|excellent) (?:crew|staff|team|driver|engineer|advisor|agent)|(?:great|brilliant|amazing|fantastic|excellent|superb|outstanding) (?:customer )?(?:service|support|deliver(?:y|ies)) as (?:always|ever|usual)|(?:that's|that is|very|really|so|how) (?:good|kind|nice|decent|thoughtful) of you|you (?:guys )?rock|never had (?:a|any) (?:problems?|issues?) with (?:you|your \w+)(?! until| till| before))\b|\b(?:you(?:'ve| have) been|you(?:'re| are| were)|(?:agent|staff|team|engineer|driver|advisor|adviser|nurse|doctor|dentist|receptionist|pharmacist|technician|fitter|plumber|crew)\b[^.!?,]{0,30}\b(?:was|were|has been|have been)) (?:so |very |really |super |extremely |absolutely |a |an absolute )?(?:helpful|kind|lovely|brilliant|amazing|fantastic|great|patient|wonderful|polite|friendly|courteous|professional|gentle|caring|reassuring|star|life ?saver)\b/i
// Words of something gone wrong, and of a need or a request; and a sentence that opens by telling
// us what to do ("Remove my card details from your system", "Please change my address to ...").
const WENT_WRONG = /n't\b|\b(?:not|no(?! (?:complaints|problems?|issues?)\b)|never|nobody|wrong|broken|without|stolen|lost|damaged|missing|smashed|ruined|cracked|faulty|misleading|empty|keeps|crash\w*|dead|fail\w*|deducted|stuck|froze\w*|error\w*|glitch\w*|unusable|unwatchable|unplayable|apart|broke|leak\w*|ripped|torn|soak\w*|mud|muddy|mess|stains?|stained|scratch(?:es|ed)?|dents?|dented|split|snapped|shrank|shrunk|faded|peel(?:ed|ing)|came off|fell off|all over|stopped \w+ing|spoil\w*|rotten|mouldy|moldy|drain(?:s|ed|ing)|(?:gave|given) (?:\w+ ){0,2}away|(?:bin|rain) again|different (?:to|from))\b/i
const NEEDS = /\b(?:please|pls|kindly|need|want|like|help|can(?!['’])|could|would|let me)\b/i
const TELLS_US = /(?:^|[.!?]\s+)(?:please\s+)?(?:cancel|change|send|remove|update|add|delete|stop|close|book|move|resend|don't|do not)\b/i
const WANTS_TO_KNOW = /\bi(?:'d| would)? (?:like|want) to know\b|\b(?:just )?checking (?:whether|if)\b|\b(?:have|got) a (?:quick )?question\b|\b(?:need|want|like|get) an? (?:answer|explanation|update|reply|response)\b/i
// A question whether a refund can be had: "can I get a refund ...?", "would we receive a full refund
// ...?", "am I entitled to a refund?", "is it possible to get a refund?", "is the fee refundable?" (not "Will I get my refund
// today?", a refund known to be owed).
const ENTITLED = /\b(?:(?:can|could|will|would|do|am) (?:i|we)\b[^.?!]{0,25}|(?:entitled|eligible|possible)\b[^.?!]{0,12})\ba (?:full )?refund\b[^.?!]*\?|\brefundable\s*\?/i
// Words that make a sum a threshold, just before it: "over £50", "more than $100", "at least £20".
const THRESHOLD = /\b(?:over|above|under|below|more than|less than|at least|up to)\s*$/i
// (Or a yes-or-no question opening a sentence or a clause: "Hey, quick question: does the Pro plan
// include SSO?"; not "Is there any way I can speed up delivery?", which asks for it done.)
const WH_QUESTION = /\b(?:when|where|why|how|what|which|who)\b[^.!?]*\?|(?:^|[.!?,:]\s*|\b(?:but|and) )(?:does|do|is(?! there any way)|are|will|has|have)\b[^.!?]*\?/i

const EMOJI = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{Emoji_Modifier})*/gu

// A bad feeling read faintly (under WORD_LEAN) from fitted words alone, with none of the pack's cues
// in its evidence, in a message that raises no concern or signal ("Please don't send me any more
// emails": the "don't"; "Can you stop the engineer coming? The problem fixed itself": the "stop"),
// is a lean of the words, not a feeling the customer told: the reply neither names it nor answers
// the message as a complaint for it. (Beside a trouble, "Third email this week", it is named.) So is
// a faint surprise or confusion read the same way ("lol they forgot the chicken in my chicken
// burrito": the "forgot"), which would have the reply call it a surprise and offer an answer. Nor
// is the frustration detectFeelings infers from a length of wait alone ("Could you confirm my card
// has been posted? It's been ten days."): the reply says sorry for the wait, and answers the question.
const WORD_LEAN = 0.3
// (Nor beside a plain request to cancel, which is no trouble: "I'd like to cancel my subscription
// please. Nothing wrong, just don't use it enough.")
function heard(reading: FeelingReading, pack: Pack): FeelingReading {
  const troubled = reading.concerns.length > 0 || reading.signals.some((s) => s.signal !== 'urgency' && !s.evidence.every((e) => e.cue === 'cancelling-the-service'))
  const ids = cuesOf(pack).feelingIds
  const feelings = reading.feelings.filter((f) => !fromWait(f, reading) && (troubled || VALENCE[f.feeling] === 'positive' || f.intensity >= WORD_LEAN || f.evidence.some((e) => ids.has(e.cue))))
  return feelings.length === reading.feelings.length ? reading : { ...reading, feelings, primary: feelings[0]?.feeling ?? null }
}

// Joy read only from a wish ("I would love a refund", "I'd love to know why my parcel is late", "My
// local paper would love this story") is no good news: the reply does not hear it as joy, and the
// polarity is what the other feelings make it. (Praise beside the wish stays: "We would love to come
// back, the staff were wonderful".) Nor is "love how ..." told of a concern that follows it ("Love
// how I've been charged a cancellation fee for a booking YOU cancelled"): sarcasm. ("I love how easy
// the new app is" raises no concern, and is praise.) Nor is joy read only from laughter ("lol my
// parcel has been sent to Scotland, I live in Cornwall"): a wry laugh is no good news. ("lol thanks,
// that's brilliant" has more than the laugh.) Nor is a "yes" that only says yes to what was asked
// ("Yes please", "yes that's right", a bare "yes"): assent, not news to be glad of ("Yes!!" and "Yes,
// it arrived!" are news). Nor is the state a thing was in, told beside a concern ("We were charged
// a £200 damage deposit. The car was returned in perfect condition."): a fact told in a dispute, not
// praise. ("The parcel arrived in perfect condition." is praise.)
const STATE = /^ (?:condition|working order|shape)\b/i
// A question that asks for no answer: one that only says disbelief, as a sentence of its own
// ("Seriously?", "Really??", "Are you kidding me?"), or one that only asks for the thing to be put
// right ("Can you look at this urgently?", "Could someone please fix it?"; not "Could you check
// whether ...?", which asks).
const ASKS_NOTHING = /(?:^|[.!?]\s*)(?:seriously|really|are you (?:kidding|serious)(?: me)?|is this a joke)\s*\?[?!]*|\b(?:can|could|would|will) (?:you|someone|somebody|anyone)(?: please)? (?:fix|sort|look at|look into|resolve|repair) (?:this|it|that)\b[^?]*\?/gi
// Things a person is locked out of in the flesh, and words of an account, a login or a service
// reached online.
const PLACE = /\b(?:car|van|door|house|home|flat|apartment|building|gate|garage|room|office|shed|locker|lock|keypad|key safe)\b/i
const ACCOUNT = /account|log ?in|login|sign(?:ed)? ?in|password|\bapp\b|profile|e-?mail|portal|website|\bsite\b|dashboard|\b2fa\b|\bcode\b|verif|online|banking|\bpin\b|hack/i
const WISHED = /(?:would|'d|’d)(?: (?:really|so|just|absolutely))? $/i
const LAUGH = /^(?:lol|lmao|lmfao|rofl|ha(?:ha)+h?|😂|🤣)$/i
const ASSENT = /^(?:[^\w!]*|\W*(?:please|pls|that(?:'s| is) (?:right|correct|fine)|correct)\W*)$/i
// Before "sorted", a wish that it were: "would like it sorted", "I need this sorted today".
const TO_SORT = /\b(?:like|want|need|get|getting|have) (?:it|this|that|things|everything) $/i
function wished(read: FeelingReading, text: string): FeelingReading {
  // Relief read only from "sorted" wished for ("Not a big deal but would like it sorted") is no relief.
  const relief = read.feelings.find((f) => f.feeling === 'relief')
  const reading = without(read, (f) => f === relief && f.evidence.every((e) => TO_SORT.test(text.slice(Math.max(0, e.start - 20), e.start))))
  const joy = reading.feelings.find((f) => f.feeling === 'joy')
  const mocked = (e: Evidence): boolean => /^lov/i.test(e.text) && /^ how\b/i.test(text.slice(e.end, e.end + 5)) && reading.concerns.some((c) => c.evidence.some((x) => x.start > e.end))
  if (!joy?.evidence.every((e) => WISHED.test(text.slice(Math.max(0, e.start - 20), e.start)) || mocked(e) || LAUGH.test(e.text) || (reading.concerns.length > 0 && STATE.test(text.slice(e.end, e.end + 14))) || (e.cue === 'yes' && ASSENT.test(text.slice(e.end))))) return reading
  return without(reading, (f) => f === joy)
}

// `reading` without the feelings `drop` picks (itself when it picks none).
function without(reading: FeelingReading, drop: (f: FeelingFound) => boolean): FeelingReading {
  const kept = reading.feelings.filter((f) => !drop(f))
  return kept.length === reading.feelings.length ? reading : withFeelings(reading, kept)
}

// `reading` with the feeling `found` read as `feeling` instead (same intensity and evidence): surprise
// that is joy, outrage or frustration, relief that is a fright.
function recast(reading: FeelingReading, found: FeelingFound, feeling: Feeling): FeelingReading {
  return withFeelings(reading, reading.feelings.map((f) => (f === found ? { ...f, feeling } : f)))
}

// `reading` with `feelings` in place of its own, strongest first, and the primary feeling and
// polarity they give, as detectFeelings gives them.
function withFeelings(reading: FeelingReading, feelings: FeelingFound[]): FeelingReading {
  const sorted = feelings.slice().sort((a, b) => b.intensity - a.intensity)
  const strongest = (valence: 'positive' | 'negative'): number => Math.max(0, ...sorted.filter((f) => VALENCE[f.feeling] === valence).map((f) => f.intensity))
  const polarity = polarityOf(strongest('positive'), strongest('negative'), reading.signals.some((s) => s.signal !== 'urgency'))
  return { ...reading, feelings: sorted, primary: sorted[0]?.feeling ?? null, polarity }
}

// `reading` with the concern `found` set aside (or, given `kept`, put in its place), and with it a
// worry read only from that concern's own words (`worryFrom`): "I know you need this in time for
// ..." and "It sounds like you're worried ..." go together.
function setAside(reading: FeelingReading, found: ConcernFound, kept?: ConcernFound): FeelingReading {
  const concerns = kept ? reading.concerns.map((c) => (c === found ? kept : c)) : reading.concerns.filter((c) => c !== found)
  const next = { ...reading, concerns }
  return worryFrom(reading) === found.concern ? without(next, (f) => f.feeling === 'anxiety') : next
}

// `reading` without the signal `found` (one the words gave that the message does not mean).
function withoutSignal(reading: FeelingReading, found: SignalFound): FeelingReading {
  return { ...reading, signals: reading.signals.filter((s) => s !== found) }
}

// A worry told as over, beside thanks for something done ("Thanks so much for sorting it so quickly,
// I was really worried", "Thank you for fixing my boiler, I was so worried we'd be cold") or before
// a good turn ("I was nervous about ordering online but it went really smoothly"): relief now, met
// as that, not as a worry to meet and a problem to fix. (Only worry: "I was charged twice again" is
// no feeling gone by. The reading given to composeReply is left as it is.)
const TOLD_AS_PAST = /\b(?:was|were)\s+(?:\w+\s+)?$/i
function gotOver(reading: FeelingReading, text: string): FeelingReading {
  const worry = reading.feelings.find((f) => f.feeling === 'anxiety')
  if (!worry?.evidence.every((e) => TOLD_AS_PAST.test(text.slice(Math.max(0, e.start - 20), e.start)))) return reading
  const after = Math.max(...worry.evidence.map((e) => e.end))
  // (Or beside thanks with nothing else bad read: "Thank you! I was so worried, you're a star.")
  const thanksAlone = reading.feelings.some((f) => f.feeling === 'gratitude') && !reading.feelings.some((f) => f !== worry && VALENCE[f.feeling] === 'negative')
  if (thanksFor(reading, text) !== 'done' && !thanksAlone && !reading.feelings.some((f) => VALENCE[f.feeling] === 'positive' && f.evidence.some((e) => e.start > after))) return reading
  const relieved = reading.feelings.some((f) => f.feeling === 'relief')
  return withFeelings(reading, reading.feelings.flatMap((f) => (f !== worry ? [f] : relieved ? [] : [{ ...f, feeling: 'relief' as const }])))
}

// A worry read only from a concern's own words (someone else in the account: `detectFeelings` reads
// one so) in a message that tells us what to do ("Remove my card details from your system") is not
// said back: the customer asked, and told of no worry. ("Someone is using my account. Please help."
// is met with it.)
function toldUs(reading: FeelingReading, text: string): FeelingReading {
  if (!TELLS_US.test(text) || !worryFrom(reading)) return reading
  return without(reading, (f) => f.feeling === 'anxiety')
}

// "I'm afraid" as a way of breaking news ("I'm afraid I need to cancel my order", "I'm afraid the
// parcel still hasn't arrived", "Afraid I've been locked out again") is courtesy, not fear: a worry
// read only from it is not said back. (Fear of what may come stays: "I'm afraid I'll lose my job",
// "I'm afraid the boiler might explode", "afraid of", "afraid to".) `detectFeelings` reads the word
// as written, as the GoEmotions raters did; the reading given to composeReply is left as it is.
const COURTESY_BEFORE = /(?:\bi(?:'|’)?m|\bi am|^|[.!?,]) *$/i
const COURTESY_AFTER = /^,? +(?:i|we|it|it's|that's|there's|the|my|your|this|you|not|so|i've|we've|i'm|we're|they|there|that)\b(?![^.!?]{0,30}\b(?:will|might|may|could|would|won't|gonna|going to)\b)/i
function courteous(reading: FeelingReading, text: string): FeelingReading {
  const worry = reading.feelings.find((f) => f.feeling === 'anxiety')
  const courtesy = (e: Evidence) => /^afraid$/i.test(e.text) && COURTESY_BEFORE.test(text.slice(Math.max(0, e.start - 6), e.start)) && COURTESY_AFTER.test(text.slice(e.end, e.end + 60))
  return without(reading, (f) => f === worry && f.evidence.every(courtesy))
}

// A worry about the event itself ("I'm really nervous about the installation tomorrow", "I'm worried
// my flight on Thursday will be affected by the strike"): nothing is needed in time for it, so the
// reply does not say "it won't be ready in time for the installation". The day stays. (Not with
// anything else gone wrong beside the worry, a wait or another bad feeling: "I'm so anxious about my
// son's party on Saturday, the cake still hasn't come" needs the cake in time.)
function worriedAbout(reading: FeelingReading, text: string): FeelingReading {
  const deadline = reading.concerns.find((c) => c.concern === 'deadline')
  const event = deadline?.detail?.event?.toLowerCase()
  if (event === undefined || !reading.feelings.some((f) => f.feeling === 'anxiety') || reading.signals.length > 0 || reading.feelings.some((f) => f.feeling !== 'anxiety' && VALENCE[f.feeling] === 'negative')) return reading
  const lower = text.toLowerCase()
  const at = lower.indexOf(event)
  if (!(lower.includes(`about ${event}`) || (at >= 0 && AFFECTED.test(lower.slice(at + event.length, at + event.length + 50))))) return reading
  const { event: _, ...detail } = deadline?.detail ?? {}
  return { ...reading, concerns: reading.concerns.map((c) => (c === deadline ? { ...c, detail } : c)) }
}
const AFFECTED = /^[^.!?]{0,20}\b(?:will|might|may|could|is going to) be (?:affected|cancell?ed|delayed|moved)\b/

// Good times told as cut short ("I never had any issues until this month", "no problems until the
// update"): a complaint, not good news to be thanked for. (`detectFeelings` reads the words as
// written.)
function cutShort(reading: FeelingReading, text: string): FeelingReading {
  const past = (f: FeelingFound) => VALENCE[f.feeling] === 'positive' && f.evidence.every((e) => /^\W*until\b(?! (?:next time|then|later|soon))/i.test(text.slice(e.end, e.end + 20)))
  return without(reading, past)
}

// Disappointment read only from what the customer missed themselves ("can you redeliver tomorrow? I
// missed the driver today", "Sorry I missed your call", "Sorry I missed my appointment yesterday, I
// got the days mixed up"): their own miss, not a let-down by us. ("I missed my sister's wedding
// because of your delay" and "My train was cancelled and I missed my connecting flight" keep it.)
function ownMiss(reading: FeelingReading, text: string): FeelingReading {
  const mine = (f: FeelingFound): boolean => f.feeling === 'disappointment' && f.evidence.every((e) => /^missed$/i.test(e.text) && /\bi(?:'ve| have)? (?:just )?$/i.test(text.slice(Math.max(0, e.start - 12), e.start)) && /^ (?:the|your|a|my)\b/i.test(text.slice(e.end, e.end + 6))) && !CAUSED.test(text)
  return without(reading, mine)
}
const CAUSED = /\b(?:because|due to|thanks to|caused|cancell?ed|delay(?:ed|s)?|late|broke down|after your|your \w+ (?:didn't|never))\b/i

// A slip the customer owns, told with "I ... the wrong" ("Whoops, I sent £500 to the wrong account
// number", "lol I was pressing the wrong button the whole time", "Oops, I uploaded the wrong
// document"), with no bad feeling read but from words inside it (the fitted "wrong"), is the
// customer's own mistake, met as the slip it is ("No problem at all, this happens more often than
// you'd think"), not "I can hear how frustrating this has been". Only with the customer as the one
// who did it: not "I was sent the wrong size", "I got the wrong order", "I called and was given the
// wrong information", nor "I ordered a medium and you sent the wrong one". (The embarrassment it
// puts in the reading the reply is written from carries the 'own-mistake' cue's id, so `reflect`
// meets it as that cue's slip; the reading given to composeReply is left as it is.)
function ownSlip(reading: FeelingReading, text: string): FeelingReading {
  const slip = OWN_SLIP.exec(text)
  if (!slip) return reading
  const start = slip.index
  const end = start + slip[0].length
  const inside = (f: FeelingFound): boolean => VALENCE[f.feeling] === 'negative' && f.evidence.every((e) => e.start >= start && e.end <= end)
  if (reading.feelings.some((f) => f.feeling === 'embarrassment' || (VALENCE[f.feeling] === 'negative' && !inside(f)))) return reading
  const owned: FeelingFound = { feeling: 'embarrassment', intensity: Math.max(SLIP_INTENSITY, ...reading.feelings.filter(inside).map((f) => f.intensity)), evidence: [{ start, end, text: slip[0], cue: 'own-mistake', negated: false, weight: 0 }] }
  return withFeelings(reading, [owned, ...reading.feelings.filter((f) => !inside(f))])
}
// (At least what the en pack's 'own-mistake' cue reads alone, "I picked the wrong date".)
const SLIP_INTENSITY = 0.37
const OWN_SLIP = /\bI(?:'ve| have| had)? (?:just |accidentally |mistakenly )?(?!(?:received|got|gotten|been|was|were)\b)(?:\w+(?:ed|t|ent)|paid|chose)\b(?:(?!\b(?:you|your|they|he|she|it|and|but|was|were|been|got|given|told|sent|delivered)\b)[^.!?,;]){0,30}?\bthe wrong\b|\bI was \w+ing\b(?:(?!\b(?:you|your|they|and|but)\b)[^.!?,;]){0,30}?\bthe wrong\b|\bI(?:'ve| have| had)? (?:completely |totally )?forg[eo]t(?:ten)? (?:my|our) (?:password|pin|login|username|passcode|details)\b/i

// A livelihood read only from "my work" before a contact detail ("Please send the replacement to my
// work address instead", "use my work email") is where to reach the customer, not their work at
// stake: the reply does not promise "getting your work back on track".
function workDetails(reading: FeelingReading, text: string): FeelingReading {
  const work = reading.concerns.find((c) => c.concern === 'livelihood')
  return work?.evidence.every((e) => /^my work$/i.test(e.text) && WORK_DETAIL.test(text.slice(e.end, e.end + 10))) ? setAside(reading, work) : reading
}
const WORK_DETAIL = /^ (?:e-?mail|address|phone|mobile|number)\b/i

// Joy read only from a face beside thanks ("thx 👍", "Cheers 👍"), or from the very word of thanks
// ("Can you resend the invoice? Cheers", where "cheers" leans to joy too), is the thanks' smile: the
// reply thanks the customer back, or answers, not "That's great to hear".
function thankedWithFace(reading: FeelingReading): FeelingReading {
  const thanks = reading.feelings.find((f) => f.feeling === 'gratitude')
  return thanks ? without(reading, (f) => f.feeling === 'joy' && f.evidence.every((e) => e.cue === 'happy-face' || thanks.evidence.some((t) => t.start === e.start))) : reading
}

// Sarcasm the words did not show `detectFeelings`: praise said first and on its own, then something
// gone wrong ("Perfect, the replacement is also broken", "Yeah great, so I just lose the £200 then?"); gladness or thanks, then "only to" ("So
// glad I paid for next day delivery, only for it to arrive in a week"); thanks for the 'help' in
// quotes ("Thanks so much for the 'help', I'm now worse off than when I started"); praise of the
// service "as usual", then another failure ("Brilliant service as usual... another missed
// delivery"); thanks for an answer that came "finally ... after" a wait ("Nice of you to finally
// reply after 3 weeks"). The good feeling
// is dropped, and, with no bad one read at 0.3 or more, the frustration it hides is met (with the
// pack's sarcasm cues' ids), not "That's great to hear" or "Thank you, that's kind of you".
function sarcastic(reading: FeelingReading, text: string): FeelingReading {
  const joy = reading.feelings.find((f) => f.feeling === 'joy')
  const end = joy ? Math.max(...joy.evidence.map((e) => e.end)) : -1
  const first = joy !== undefined && joy.evidence.every((e) => OPENS.test(text.slice(0, e.start)) && e.cue !== 'no-worries') && /^\s*[,.!]/.test(text.slice(end)) && FAILED.test(text.slice(end)) && !reading.feelings.some((f) => VALENCE[f.feeling] === 'positive' && f.evidence.some((e) => e.start > end))
  const only = ONLY_TO.exec(text)
  const quoted = QUOTED_THANKS.exec(text)
  const usual = AS_USUAL_AGAIN.exec(text)
  const late = FINALLY_AFTER.exec(text)
  const before = (at: RegExpExecArray | null, f: FeelingFound): boolean => at !== null && f.evidence.every((e) => e.end <= at.index + at[0].length)
  const turned = (f: FeelingFound): boolean => (f.feeling === 'joy' && (first || (only !== null && f.evidence.every((e) => e.end <= only.index)) || before(usual, f) || before(late, f))) || (f.feeling === 'gratitude' && ((only !== null && f.evidence.every((e) => e.end <= only.index)) || (quoted !== null && f.evidence.every((e) => e.start >= quoted.index && e.end <= quoted.index + quoted[0].length)) || before(late, f)))
  if (!reading.feelings.some(turned)) return reading
  const kept = reading.feelings.filter((f) => !turned(f))
  if (kept.some((f) => VALENCE[f.feeling] === 'negative' && f.intensity >= 0.3)) return withFeelings(reading, kept)
  const [start, said, cue] = quoted ? [quoted.index, quoted[0], 'thanks-for-nothing'] : only ? [only.index, only[0], 'great-another'] : usual ? [usual.index, usual[0], 'great-another'] : late ? [late.index, late[0], 'thanks-for-nothing'] : [0, text.slice(0, end), 'great-another']
  return withFeelings(reading, [implied('frustration', start, said, cue), ...kept])
}
// A feeling the words did not read but the reply must hear (sarcasm, a shout, a turn to a fault, a
// stranding), at a mild intensity, with the words that tell it as its evidence.
const IMPLIED_INTENSITY = 0.35
const implied = (feeling: Feeling, start: number, said: string, cue: string): FeelingFound => ({ feeling, intensity: IMPLIED_INTENSITY, evidence: [{ start, end: start + said.length, text: said, cue, negated: false, weight: 0 }] })
// A message shouted in capitals with no feeling read ("WHERE IS MY ORDER. I PAID FOR NEXT DAY."):
// the capitals are the frustration, and the reply names it rather than passing over it. (Not
// beside a good feeling, "THANK YOU SO MUCH", nor a worry or any other feeling the words read; nor
// a message that ends as a question, "HOW DO I RESET MY PASSWORD?", which may be typed in capitals
// and only ask; nor one with nothing wrong in it, "MY ADDRESS IS 12 HIGH STREET LEEDS": only beside a
// concern, another signal, something gone wrong, "where is", "fix", "still" or "again".)
function shoutedAt(reading: FeelingReading, text: string): FeelingReading {
  const shout = reading.signals.find((s) => s.signal === 'shouting')
  // (The words are searched only for a shout with no feeling read: most replies have none.)
  if (!shout || !reading.feelings.every((f) => f.feeling === 'confusion') || /\?\s*$/.test(text)) return reading
  const trouble = reading.concerns.length > 0 || reading.signals.length > 1 || WENT_WRONG.test(text) || /\b(?:where(?: is|'s)|fix(?:ed)?|sort(?:ed)?|still|again)\b/i.test(text)
  return trouble ? withFeelings(reading, [{ feeling: 'frustration', intensity: IMPLIED_INTENSITY, evidence: shout.evidence.slice(0, 1) }, ...reading.feelings]) : reading
}
// Thanks or praise, then a turn to what is still not right, with no bad feeling read: "Appreciate
// the quick response, but the issue isn't resolved.", "The driver was lovely, the food was not. Cold
// and late." The thanks are courtesy (set aside) and the praise a preface; what follows the turn is
// the trouble, met as the frustration it is (it was "Thank you, that's kind of you."). The turn is
// "but", "however", "unfortunately", "sadly" or a comma, then "isn't resolved", "still not working",
// "the problem has come back", "broke again" and their like, or a thing that "was not" or "is not"
// (said and left: "The product is great, the customer service is not.").
function turnedFromGood(reading: FeelingReading, text: string): FeelingReading {
  const good = reading.feelings.filter((f) => f.feeling === 'gratitude' || f.feeling === 'joy')
  if (!good.length) return reading
  const end = Math.max(...good.flatMap((f) => f.evidence.map((e) => e.end)))
  let read = reading
  const bad = reading.feelings.filter((f) => VALENCE[f.feeling] === 'negative' && f.intensity >= 0.3)
  if (bad.length) {
    // A bad feeling read after the turn ("Thanks for the replacement, unfortunately it's the same
    // fault"): the thanks before it are courtesy, and the reply meets the fault.
    const turn = TURN_AFTER.exec(text.slice(end))
    const from = turn ? end + turn.index + turn[0].length : -1
    if (from >= 0 && bad.some((f) => f.evidence.some((e) => e.start >= from))) return without(reading, (f) => f.feeling === 'gratitude' && f.evidence.every((e) => e.end <= end))
    // One read only from the turn's own word is no feeling to name: "Thanks so much, unfortunately I
    // won't need it after all" is thanks; "Thanks for fixing it, sadly it broke again today" is
    // weighed as if it read nothing bad, below (frustration, not "that sounds really hard").
    const turnWord = (f: FeelingFound): boolean => f.evidence.every((e) => TURN_AFTER.test(e.text) && e.start >= end)
    if (!bad.every(turnWord)) return reading
    read = without(reading, (f) => VALENCE[f.feeling] === 'negative' && turnWord(f))
  }
  const turn = STILL_WRONG.exec(text.slice(end))
  if (!turn) {
    // Or a wait told after the turn ("It's great that you offer refunds but I've been waiting 3
    // weeks for mine"): the wait is what the reply meets ("Having to wait 3 weeks is frustrating.").
    const but = TURN.exec(text.slice(end))
    const waited = but && reading.signals.find((s) => s.signal === 'waiting' && s.detail?.duration)?.evidence.find((e) => e.start > end + but.index)
    return waited ? withFeelings(read, [implied('frustration', waited.start, waited.text, 'long-wait'), ...read.feelings.filter((f) => f.feeling !== 'gratitude')]) : reading
  }
  const start = end + turn.index + turn[0].length - (turn[1] as string).length
  const said = turn[1] as string
  return withFeelings(read, [implied('frustration', start, said, 'still-not-fixed'), ...read.feelings.filter((f) => f.feeling !== 'gratitude')])
}
const TURN_AFTER = /\b(?:but|however|unfortunately|sadly|though|although)\b/i
const STILL_WRONG = /(?:\bbut\b|\bhowever\b|\bunfortunately\b|\bsadly\b|,)[^.!?]{0,30}?\b((?:is|has|was|it's|it has)(?:n't| not)(?: been)? (?:resolved|fixed|sorted|solved|working)|still (?:not|isn't|hasn't|doesn't|won't|can't(?! believe)|broken|there|happening|the same)|(?:is|are|was|were)(?:n't| not)(?=\s*(?:[.!;]|$))|(?:problem|issue|fault)s? (?:has |have )?(?:come|came) back|(?:happened|broken|broke|stopped working) again)/i
// Nothing, or a word of speech before it, opens a message ahead of its praise ("Yeah great, so I
// just lose the £200 then?").
const OPENS = /^\W*(?:(?:yeah|yea|oh|well|wow|ah|ok|okay)\W+)?$/i
const FAILED = /\b(?:broken|broke|again|wrong|lost|lose|late|missing|cancell?ed|delayed|damaged|smashed|faulty|crash\w*|stuck|failed|never (?:came|arrived|turned up|showed up))\b/i
const AS_USUAL_AGAIN = /\b(?:great|brilliant|excellent|fantastic|amazing|superb|wonderful|lovely) (?:customer )?(?:service|support|job|work) as (?:usual|always|ever)\b[^?]{0,12}?\b(?:another (?:\w+ ){0,2}?(?:missed|late|lost|broken|cancell?ed|delayed|failed|wrong|damaged|no-show)|(?:missed|late|lost|broken|cancell?ed|delayed|failed|wrong|damaged) again)\b/i
// Thanks or praise for an answer from us that came at last, after a wait ("Nice of you to finally
// reply after 3 weeks", "Thanks for finally getting back to me after a month"; not "Thank you, it
// finally arrived after all that and it's perfect").
const FINALLY_AFTER = /\b(?:nice|good|kind|lovely|great|thanks|thank you)\b[^.!?]{0,24}\bfinally (?:\w+ )?(?:repl\w*|respond\w*|answer\w*|get(?:ting)? back|got back|call(?:ing|ed)? (?:me )?back|acknowledg\w*)\b[^.!?]{0,40}\bafter\b/i
const ONLY_TO = /\bonly (?:for (?:it|them|me|us|him|her) )?to (?:be|find|arrive|get|have|receive|discover|realise|realize|hear|see|learn)\b/i
const QUOTED_THANKS = /\bthank(?:s| you)(?: so much| very much| a lot)? for (?:the|your|all the|all your) ['‘"“][^'’"”]{1,20}['’"”]/i

// Stranded away from home, told in words the pack's 'stranded' cue does not list ("My flight home was
// cancelled and I'm stuck in Rome with my two children", "we've been sleeping in the airport"): a
// worry, as "stuck abroad" is, and the reply names it rather than only "getting this done". (A place
// by its capital: "stuck in traffic" and "stuck in a loop" are not. Only where no feeling was read:
// a frustration the customer told, "no hotel, no food vouchers, nothing", leads, and a question
// beside an illness, "we have no idea if the travel insurance will cover it", is answered.)
function strandedAway(reading: FeelingReading, text: string): FeelingReading {
  const away = reading.feelings.length === 0 ? STRANDED.exec(text) : null
  if (!away) return reading
  return withFeelings(reading, [implied('anxiety', away.index, away[0], 'stranded'), ...reading.feelings])
}
const STRANDED = /\b(?:[Ss]tuck|[Ss]tranded) (?:in|at) (?:[A-Z][\p{L}-]+|the (?:airport|station|port|terminal|border))\b|\b[Ss]leeping (?:in|at) the (?:airport|station|terminal)\b|\b[Nn]o way (?:to get )?home\b/u

// A danger told as one the staff helped the customer through ("thank you to the lady at Tesco Extra
// Bolton who helped my dad when he fell over today", "the team were absolutely fantastic when my
// daughter had a seizure in the shop. They called an ambulance"), with thanks or praise, nothing bad
// felt and nothing asked, is praise of that help: it is thanked, and the reply does not turn to
// "making sure everyone is safe".
function helpedThrough(reading: FeelingReading, text: string): FeelingReading {
  const danger = reading.concerns.find((c) => c.concern === 'safety')
  return danger && reading.polarity.label === 'positive' && !feelsBad(reading) && !text.includes('?') && HELPED.test(text) ? setAside(reading, danger) : reading
}
const MENDED = /\b(?:fix(?:ed|ing)?|sort(?:ed|ing)?|repair\w*|resolv\w*|mend\w*|made it safe|making it safe)\b/i
const HELPED = /\b(?:helped|looked after|took care of|stayed with|called an ambulance|kept (?:everyone|us|me|him|her) calm)\b/i

// A service that was down, named only as the reason for money owed ("I was promised a £20 credit
// for the outage and it's not on my bill", "I want compensation for the outage last week", "you
// charged me a late fee when your website was down"), is no access to restore now: the reply turns
// to the money, not "getting this working for you again".
function pastOutage(reading: FeelingReading, text: string): FeelingReading {
  const access = reading.concerns.find((c) => c.concern === 'access')
  return access && reading.concerns.some((c) => c.concern === 'money') && access.evidence.every((e) => FOR_THE.test(text.slice(Math.max(0, e.start - 40), e.start))) ? setAside(reading, access) : reading
}
const FOR_THE = /\b(?:(?:for|after|during|because of) (?:the|last (?:week|month)'s|yesterday's)|(?:when|while|because) (?:your|the) [\w' ]{1,24} (?:was|were|went)) $/i

// A change back to an old plan or setting ("I want to go back to my old plan", "can I switch back to
// my old tariff?") is no leaving: the reply does not say "I understand you've decided to leave".
function backToOld(reading: FeelingReading, text: string): FeelingReading {
  return stayingOn(reading, (e) => /^back to my old$/i.test(e.text) && OLD_SETTING.test(text.slice(e.end, e.end + 12)))
}
// `reading` without its churn threat when every piece of its evidence is one `notLeaving` tells of
// (for the three rewrites of words that are no leaving: a plan changed back, a place the customer
// had to turn to once, a step finished).
function stayingOn(reading: FeelingReading, notLeaving: (e: Evidence) => boolean): FeelingReading {
  const leaving = reading.signals.find((s) => s.signal === 'churn-threat')
  return leaving?.evidence.every(notLeaving) ? withoutSignal(reading, leaving) : reading
}
const OLD_SETTING = /^ (?:plan|tariff|package|deal|contract|price|bundle|settings?|version|layout|design|address|number|email|name)\b/i

// Somewhere else the customer had to turn to that once ("We were double booked and had to find
// another hotel at midnight", "I had to buy it elsewhere in the end") is what our failure cost them,
// not a decision to leave: the reply does not say "I understand you've decided to leave". (Not
// "I had to switch to another provider", which is one, nor "We will have to look at other
// suppliers", a threat.)
function forcedElsewhere(reading: FeelingReading, text: string): FeelingReading {
  return stayingOn(reading, (e) => HAD_TO.test(text.slice(Math.max(0, e.start - 40), e.end)))
}
// One order cancelled because it was cheaper elsewhere ("Please cancel my order 88812, I found it
// cheaper elsewhere") is a request to carry out, not the customer leaving us: no "I understand you've
// decided to leave". (Not an account or a subscription: "cancel my subscription, it's cheaper
// elsewhere" is leaving.)
function cheaperThisTime(reading: FeelingReading, text: string): FeelingReading {
  return reading.signals.some((s) => s.signal === 'churn-threat') && CANCEL_ORDER.test(text) ? stayingOn(reading, (e) => /^(?:cheaper elsewhere|found a better|found another)$/i.test(e.text)) : reading
}
const CANCEL_ORDER = /\bcancel (?:my|the|this|that|an|one) (?:\w+ )?(?:order|item|booking|parcel)\b/i

// "I'm done" said of a step the customer has finished ("I'm done uploading the documents", "Ok I'm
// done. What do I do next?", "I'm done with the form") is no leaving either. ("I'm done with this
// company" and a bare "I'm done." still are.)
function doneWithTask(reading: FeelingReading, text: string): FeelingReading {
  return stayingOn(reading, (e) => /^i'?m done$/i.test(e.text) && TASK_DONE.test(text.slice(e.end, e.end + 40)))
}
const TASK_DONE = /^(?:\s+\w+ing\b|\s+with (?:the|my|it|that|step)\b(?! (?:company|service|you|people)\b)|\W*(?:what|now what|next|how|where|can|could|is there|do i|should i)\b)/i
const HAD_TO = /\b(?:had|having|(?:was|were) (?:forced|made))\s+to\s+(?:(?:go|look|find|book|buy|get|pay for|use)\b[^.!?]{0,24})?$/i

// A person the customer is glad to have reached at last ("Such a relief to finally speak to a real
// person", "thank you, finally a human"), with relief or thanks, is no request to escalate: the reply
// does not say "I understand you'd like this escalated".
function reached(reading: FeelingReading, text: string): FeelingReading {
  const asked = reading.signals.find((s) => s.signal === 'escalation-request')
  return asked && reading.feelings.some((f) => f.feeling === 'relief' || f.feeling === 'gratitude') && asked.evidence.every((e) => /\bfinally\b[^.!?]{0,20}$/i.test(text.slice(Math.max(0, e.start - 30), e.start))) ? withoutSignal(reading, asked) : reading
}

// "my data" that is mobile data or a file to move ("I've used all my data already and it's only the
// 10th", "My data export keeps failing", "I want to download my data"), with no other sign of the
// customer's information at risk, is no worry about who can see it: the reply does not say "making
// sure your information is secure".
function dataToMove(reading: FeelingReading, text: string): FeelingReading {
  const data = reading.concerns.find((c) => c.concern === 'privacy')
  return data?.evidence.every((e) => /^(?:my|our) data$/i.test(e.text) && (DATA_AFTER.test(text.slice(e.end, e.end + 16)) || DATA_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start)))) ? setAside(reading, data) : reading
}
const DATA_AFTER = /^\s+(?:export|download|backup|usage|allowance|plan|bundle|roaming|signal|speed|(?:is |so |really |very )*slow|(?:isn't|is not|has stopped|stopped|keeps|won't|doesn't|has run out|ran out|runs out)\b)/i
const DATA_BEFORE = /\b(?:used(?: up)?(?: all)?|run out of|ran out of|download|export|back up|transfer|move|import)\s+$/i

// A fear the customer usually has, told beside praise of how it was met ("The nurse who did my blood
// test was so gentle, I'm usually terrified of needles", "I normally hate the dentist but Dr Shah put
// me at ease"), is no worry now: the praise is thanked, not met with "It sounds like you're worried
// about how this will turn out".
function usualFear(reading: FeelingReading, text: string): FeelingReading {
  return PRAISED.test(text) ? without(reading, (f) => VALENCE[f.feeling] === 'negative' && f.evidence.every((e) => USUALLY.test(text.slice(Math.max(0, e.start - 24), e.start)))) : reading
}
const USUALLY = /\b(?:usually|normally|always|often)\b[^.!?,]{0,12}$/i

// Relief beside a danger that happened, with nothing said to be safe or mended ("The electric heater
// you sold me caught fire in my daughter's bedroom. Thank god she wasn't in there."), is a fright,
// not a weight off the customer's mind: met as the worry for their safety it is, and the reply turns
// to the danger. ("Phew, we're all safe and the leak is fixed" stays relief.)
function closeCall(reading: FeelingReading, text: string): FeelingReading {
  const relief = reading.feelings.find((f) => f.feeling === 'relief')
  if (!relief || !reading.concerns.some((c) => c.concern === 'safety') || SAID_SAFE.test(text) || MENDED.test(text) || saysDone(text)) return reading
  return recast(reading, relief, 'anxiety')
}
const SAID_SAFE = /\b(?:safe|safely|fine|ok|okay|unhurt|unharmed|all good|no harm)\b/i

// A job done in bad weather, told as praise ("great delivery as always, driver even brought it to the
// door in the rain", "thank you to the engineer who fixed our boiler in the pouring rain"), is no
// parcel left out in it: the weather is not what went wrong. (Not when anything was left, got wet or
// was ruined: "left my parcel in the rain and everything inside is soaked".)
function doneInWeather(reading: FeelingReading, text: string): FeelingReading {
  const inWeather = (f: FeelingFound): boolean => VALENCE[f.feeling] === 'negative' && f.evidence.every((e) => /^(?:in the rain|pouring rain)$/i.test(e.text) && DONE_IN.test(text.slice(Math.max(0, e.start - 48), e.start)))
  // (The whole message is searched for harm only when such a feeling was read: most replies have none.)
  return reading.feelings.some(inWeather) && !WEATHER_HARM.test(text) ? without(reading, inWeather) : reading
}
const DONE_IN = /\b(?:brought|carried|delivered|walked|helped|fixed|repaired|fitted|installed|worked|dropped (?:it|them) off)\b[^.!?]*$/i
const WEATHER_HARM = /\b(?:left|leaving|leaves|stuck|soak\w*|wet|ruin\w*|damaged|waited|waiting|threw|thrown)\b/i

// A date printed on food ("best before is next week", "use by Friday and it's already gone off") is
// the date it should have lasted to, not one the customer needs something by: no "I know you need
// this before next week". (An expiry date may be a deadline: "My passport expires on Friday".)
function datedFood(reading: FeelingReading, text: string): FeelingReading {
  const date = reading.concerns.find((c) => c.concern === 'deadline')
  return date?.evidence.every((e) => FOOD_DATE.test(text.slice(Math.max(0, e.start - 28), e.start))) ? setAside(reading, date) : reading
}
const FOOD_DATE = /\b(?:best before|use by|sell by|display until)\b(?: date)?(?: is| was| of| on)*\s*(?:the\s+)?$/i

// A fault told as a kindly meant heads-up ("Hi team, just a heads up that the link in your password
// reset email is broken. Not urgent, just thought you'd want to know.") is thanked, with nothing
// bad felt said back to the customer: not "I can hear how frustrating this has been". A lock-out or
// a wait beside it is still theirs, and met as that.
function headsUp(reading: FeelingReading, text: string): FeelingReading {
  if (reading.signals.some((s) => s.signal !== 'urgency') || reading.feelings.some((f) => VALENCE[f.feeling] === 'negative' && f.intensity >= 0.6)) return reading
  const tip = HEADS_UP.exec(text)
  if (!tip) return reading
  const concerns = /\bnot urgent\b/i.test(text) ? reading.concerns.filter((c) => c.concern !== 'access') : reading.concerns
  return withFeelings({ ...reading, concerns }, [implied('gratitude', tip.index, tip[0], 'heads-up')])
}
const HEADS_UP = /\b(?:(?:just )?a heads[ -]up|thought you'?d (?:want|like) to know|thought (?:i'?d|i should|i would) let you know|just letting you know|just so you know|fyi)\b/i


// A cost the customer calls small ("I was overcharged by £12. Not a big deal, but please correct
// it.") is no frustration to name back to them: the reply turns to putting it right.
function smallMatter(reading: FeelingReading, text: string): FeelingReading {
  const mild = (f: FeelingFound): boolean => (f.feeling === 'frustration' || f.feeling === 'anger' || f.feeling === 'disappointment') && f.intensity < 0.7
  return reading.feelings.some(mild) && SMALL_MATTER.test(text) ? without(reading, mild) : reading
}
const SMALL_MATTER = /\b(?:not|no|isn't|it's not) (?:a )?(?:big|huge|major) (?:deal|issue|problem)\b(?! (?:to|for) (?:you|them|your|some))|\bnot the end of the world\b|\bno biggie\b/i

// A word of the worn-out cue said of a thing, not of the customer: a battery, an account or savings
// drained ("the new update drained my battery from 100 to 20") is a fault, and is dropped; "nothing
// left" for food, rent or bills ("I have nothing left for food") is money run out, and is read as
// the worry of hard times ("I'm sorry, that's a lot to be dealing with"). Neither is "It sounds like
// this has worn you out". ("I have nothing left to give, I'm exhausted" still is.)
function notWornOut(reading: FeelingReading, text: string): FeelingReading {
  const of = (f: FeelingFound, word: RegExp, after: RegExp): boolean => f.evidence.length > 0 && f.evidence.every((e) => word.test(e.text) && after.test(text.slice(e.end, e.end + 24)))
  const read = without(reading, (f) => of(f, /^drained$/i, DRAINED_WHAT))
  const worn = read.feelings.filter((f) => of(f, /^nothing left$/i, LEFT_FOR))
  if (!worn.length) return read
  const kept = read.feelings.filter((f) => !worn.includes(f))
  return withFeelings(read, kept.some((f) => f.feeling === 'anxiety') ? kept : [{ ...(worn[0] as FeelingFound), feeling: 'anxiety' }, ...kept])
}
const DRAINED_WHAT = /^ (?:my|the|our|your|all (?:my|the|our)) (?:phone'?s? |laptop'?s? |car'?s? )?(?:battery|batteries|account|accounts|savings|balance|card|phone|data)\b/i
const LEFT_FOR = /^ (?:for|to) (?:food|eat|live on|pay|rent|bills|the rent|my rent|heating|the kids)\b/i

// "Is it safe to update to iOS 17 yet?", "is it safe to delete the old backup?": whether a step on a
// device or an account will do harm to it, asked as a question, is no danger to the customer and no
// worry for their safety: the reply answers it, not "It sounds like this has you worried for your
// safety. What matters now is making sure you're safe." ("Is it safe to drink the tap water?", "is
// it safe to use the heater after it sparked?" stay dangers.)
function safeToDo(reading: FeelingReading, text: string): FeelingReading {
  const danger = reading.concerns.find((c) => c.concern === 'safety')
  const step = (e: Evidence): boolean => /^is it safe$/i.test(e.text) && SAFE_STEP.test(text.slice(e.end, e.end + 24))
  if (!danger?.evidence.every(step)) return reading
  return without(setAside(reading, danger), (f) => f.feeling === 'anxiety' && f.evidence.every(step))
}
const SAFE_STEP = /^ to (?:update|upgrade|install|uninstall|download|delete|remove|restart|reboot|reset|clear|log out|sign out|turn off|switch off)\b/i

// A surprise the customer plans for someone ("Hoping to surprise my wife for our anniversary, can you
// put flowers in the room?", "we're planning a surprise party for Mum") is not one they feel: the
// reply does not say "I can see this came as a surprise".
function planned(reading: FeelingReading, text: string): FeelingReading {
  return without(reading, (f) => f.feeling === 'surprise' && f.evidence.every((e) => /\bto\s+$/i.test(text.slice(Math.max(0, e.start - 4), e.start)) || PLANNED_AFTER.test(text.slice(e.end, e.end + 10))))
}
const PLANNED_AFTER = /^\s+(?:party|gift|present|visit|trip|for)\b/i

// Another person with access to the customer's account ("My ex still has access to our joint account
// and keeps logging in") is their data at risk, not a lock-out: the reply does not say "getting you
// back into your account". (Not when the customer says they are kept out too.)
function notLockedOut(reading: FeelingReading, text: string): FeelingReading {
  const access = reading.concerns.find((c) => c.concern === 'access')
  const theirs = reading.concerns.some((c) => c.concern === 'privacy' && c.evidence.some((e) => /\bha(?:s|ve) access\b/i.test(e.text)))
  return access && theirs && !KEPT_OUT.test(text) ? setAside(reading, access) : reading
}
const KEPT_OUT = /\b(?:can't|cannot|can not|no longer|unable|locked|won't let|doesn't let|not let)\b/i

// Surprise at how bad something was ("I can't believe how slow the delivery was", "couldn't believe
// how rude the driver was") is no puzzle to answer: it is met as the frustration it is, not "I can
// see this came as a surprise. What matters now is getting you a clear answer."
function badSurprise(reading: FeelingReading, text: string): FeelingReading {
  const surprise = reading.feelings.find((f) => f.feeling === 'surprise')
  // (One who says they are leaving over it is let down: `reflect` names that.)
  if (reading.signals.some((s) => s.signal === 'churn-threat')) return reading
  return surprise?.evidence.every((e) => HOW_BAD.test(text.slice(e.end, e.end + 24))) ? recast(reading, surprise, 'frustration') : reading
}
const HOW_BAD = /^\s+how (?:slow|bad|badly|rude|long|poor|poorly|terrible|terribly|awful|useless|expensive|hard|difficult|late|unhelpful|incompetent|careless|dirty|small|cheap|flimsy)\b/i

// Surprise told of what "you" did, with no good feeling beside it, no bad one read at 0.3 or more,
// no wait or charge (which `reflect` names instead) and nothing asked ("I can't believe you'd treat a
// loyal customer like this. Shocking."), is outrage: the reply meets it as anger, not "I can see this
// came as a surprise". ("I can't believe how quick that was!" has joy; "I can't believe it's December
// already" and "Shocked to see a £400 bill" tell of nothing "you" did.)
function outraged(reading: FeelingReading, text: string): FeelingReading {
  const surprise = reading.feelings.find((f) => f.feeling === 'surprise')
  if (!surprise || text.includes('?') || reading.feelings.some((f) => VALENCE[f.feeling] === 'positive' || (VALENCE[f.feeling] === 'negative' && f.intensity >= 0.3)) || reading.signals.length > 0 || charged(reading) || !/\byou(?:'d|'ve|'re| have| would)?\b/i.test(text) || saysDone(text)) return reading
  return recast(reading, surprise, 'anger')
}

// Surprise at something put right ("Can't believe it, you actually fixed it on the first try!"),
// with no bad feeling read, is good news: met with "That's great to hear", not as outrage, and not
// with "getting you a clear answer" when nothing was asked.
// (Or at how quickly it came: "Can't believe how fast my order arrived".)
const SO_QUICK = /\bhow (?:fast|quick(?:ly)?|soon|easy|easily)\b[^.!?]{0,30}\b(?:arrived|came|here|delivered|fixed|sorted|replied|answered|done|was)\b/i
function pleasantSurprise(reading: FeelingReading, text: string): FeelingReading {
  const surprise = reading.feelings.find((f) => f.feeling === 'surprise')
  if (!surprise || feelsBad(reading) || reading.feelings.some((f) => f.feeling === 'joy') || !(saysDone(text) || SO_QUICK.test(text))) return reading
  return recast(reading, surprise, 'joy')
}

// Hope read only from an ill wish on us ("I hope your company goes bust", "hope you lot rot") is
// anger, met as that, not "I can see you're hoping this works out, and I want it to as well"; read
// only from a good wish to us ("Hope you have a lovely weekend", "hope you all have a great
// Christmas"), it is courtesy, thanked as such.
function wishedUs(reading: FeelingReading, text: string): FeelingReading {
  const hope = reading.feelings.find((f) => f.feeling === 'hope')
  const after = (re: RegExp): boolean => hope !== undefined && hope.evidence.every((e) => re.test(text.slice(e.end, e.end + 60)))
  const feeling: Feeling | undefined = after(ILL_WISH) ? 'anger' : after(WELL_WISH) ? 'gratitude' : undefined
  if (!hope || !feeling) return reading
  // (The wish's own words of joy, "have a great Christmas", are the wish too.)
  const end = Math.max(...hope.evidence.map((e) => e.end)) + 60
  const start = Math.min(...hope.evidence.map((e) => e.start))
  const wish = (f: FeelingFound): boolean => f === hope || (feeling === 'gratitude' && f.feeling === 'joy' && f.evidence.every((e) => e.start > start && e.end <= end))
  const kept = reading.feelings.filter((f) => !wish(f))
  return withFeelings(reading, kept.some((f) => f.feeling === feeling) ? kept : [{ ...hope, feeling }, ...kept])
}
const ILL_WISH = /^ (?:that )?(?:you|your \w+)(?: \w+)? (?:go(?:es)? (?:bust|under|bankrupt)|rot|burn|die|suffer|fail|get what)/i
const WELL_WISH = /^ (?:you|you all|y'all|your team|everyone)(?: \w+)? (?:have|has|had|enjoy|get)\b[^.!?]{0,30}\b(?:day|weekend|evening|night|week|christmas|xmas|holiday|holidays|new year|break)\b/i

// A feeling read only from a word that describes someone of the customer's ("made my nervous flyer
// son feel so safe", "my anxious dog", "her worried mum") is that one's trait, not what the
// customer tells us they feel: it is not said back to them ("It sounds like you're worried ...").
// (Not a feeling read from a concern's or a signal's own words, "my insulin delivery", "My lawyer
// will be in touch": those are the customer's.)
function theirs(reading: FeelingReading, text: string): FeelingReading {
  const topical = new Set([...reading.concerns, ...reading.signals].flatMap((c) => c.evidence.map((e) => e.start)))
  return without(reading, (f) => VALENCE[f.feeling] === 'negative' && f.evidence.every((e) => !topical.has(e.start) && !/\s/.test(e.text) && POSSESSOR.test(text.slice(Math.max(0, e.start - 12), e.start)) && AFTER_TRAIT.test(text.slice(e.end, e.end + 24))))
}
// After the trait, the one it describes, a person or a pet, with a word between at most ("my nervous
// flyer son"): not a thing of the customer's own ("my rude email earlier" is their conduct).
const AFTER_TRAIT = /^ (?:\w+ )?(?:son|daughter|child|children|kids?|baby|toddler|mum|mom|mother|dad|father|husband|wife|partner|friend|neighbou?r|dog|cat|pet|grand\w+|nan|sister|brother|parents?|family|passengers?|customers?|staff|team|colleagues?)\b/i
const POSSESSOR = /\b(?:my|our|his|her|their)\s+(?:very\s+|so\s+|quite\s+|rather\s+)?$/i

// A bad feeling read from the customer's apology for their English ("Sorry my english is not good.
// I want cancel my subscription.": "not good" is about their English; "sorry for my bad english":
// "my bad" owns no slip) is no complaint: that evidence is set aside, and a feeling left with none
// is not named.
function ownEnglish(reading: FeelingReading, text: string): FeelingReading {
  const spans = [...text.matchAll(OWN_ENGLISH)].map((m) => [m.index, m.index + m[0].length] as const)
  if (!spans.length) return reading
  const outside = (e: Evidence): boolean => !spans.some(([a, b]) => e.start >= a && e.end <= b)
  const feelings = reading.feelings.flatMap((f) => (VALENCE[f.feeling] !== 'negative' || f.evidence.every(outside) ? [f] : f.evidence.some(outside) ? [{ ...f, evidence: f.evidence.filter(outside) }] : []))
  return feelings.length === reading.feelings.length && feelings.every((f, k) => f === reading.feelings[k]) ? reading : withFeelings(reading, feelings)
}
const OWN_ENGLISH = /\b(?:my |our )?(?:(?:bad|poor|broken) english|english (?:is |isn't |is not )?(?:not |very |so |too )*(?:good|great|perfect|bad|poor|well)\b)/gi

// An event the customer has already missed ("Because of your delay I missed my sister's wedding on
// Saturday", "your outage cost me a job interview today") is no deadline still to meet: the reply
// does not say "I know you need this in time for your sister's wedding". The deadline keeps no event
// and no time: it is still what went wrong. ("I'll miss my flight" is still ahead.) Nor one the
// customer forgot or could not get to ("Sorry, I completely forgot about my appointment this
// morning. Can I rebook?", "I couldn't make my appointment yesterday"): they want a new one. Nor is
// a deadline told as gone by ("my dissertation upload failed at 11:58 and the deadline was
// midnight", "the deadline has passed"): "getting this sorted before 11:58" would be nonsense.
function missedEvent(reading: FeelingReading, text: string): FeelingReading {
  const deadline = reading.concerns.find((c) => c.concern === 'deadline')
  if (!deadline) return reading
  const event = deadline.detail?.event?.toLowerCase()
  const lower = text.toLowerCase()
  const at = event === undefined ? -1 : lower.indexOf(event)
  // (Or a weekday gone by, told by the day it is now, one to three days after it: "... for my
  // daughter's christening on Sunday and it's now Monday"; not "on Sunday and it's Friday already".)
  const day = WEEKDAYS.indexOf((deadline.detail?.when ?? '').toLowerCase())
  const now = WEEKDAYS.indexOf(NOW_DAY.exec(text)?.[1]?.toLowerCase() ?? '')
  const since = (now - day + 7) % 7
  // (Or an hour gone by, told by the hour it is now: "I was promised a call back by 5pm. It's 7pm.")
  const hour = hourOf(deadline.detail?.when ?? '')
  const nowHour = hourOf(NOW_HOUR.exec(text)?.[1] ?? '')
  const gone = (day >= 0 && now >= 0 && since >= 1 && since <= 3) || (hour >= 0 && nowHour > hour)
  if (!gone && !PAST_DUE.test(text) && (at < 0 || !MISSED.test(lower.slice(Math.max(0, at - 30), at)))) return reading
  // (Nor is a worry read only from its words one to meet: it is no longer ahead.)
  return setAside(reading, deadline, { ...deadline, detail: {} })
}
// The hour of a time said as "5pm", "10am", "10:30am" or "17:00", on a 24-hour clock; -1 for none.
function hourOf(said: string): number {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(said.trim())
  if (!m) return -1
  const h = (m[3] ? (Number(m[1]) % 12) + (m[3].toLowerCase() === 'pm' ? 12 : 0) : Number(m[1])) + Number(m[2] ?? 0) / 60
  return m[3] || m[2] ? h : -1
}
const NOW_HOUR = /\b(?:it's|it is|now it's)(?: now)? (\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})\b/i
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
const NOW_DAY = /\b(?:it's|it is|today is|now it's)(?: now)? ((?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i
const PAST_DUE = /\b(?:deadline|cut-?off) (?:was|has passed|passed|has gone|went)\b(?! (?:extended|moved|changed|pushed|put))/i
const MISSED = /\b(?:missed|cost (?:me|us)|made (?:me|us) miss|ruined|forgot(?:ten)?(?! to)|slept through|(?:couldn't|could not|didn't|did not) (?:make|attend|get to))\b[^.!?]*$/

// A time that is now, not a limit ("I've been trying to get a refund since March. It's now October."):
// no deadline to meet, so the reply does not say "getting this sorted before October". (Only a time
// with no event at stake: "the party is now on Saturday" still has one.)
// Nor is a place or a thing named as one of several ("rebooked me on one that leaves at 5am from a
// different airport") an event at stake: "I know you need this in time for the airport" would be
// nonsense. Nor is an event named for a keepsake of it ("I left my wedding ring in room 214 this
// morning", "my wedding photos"): "I know you need this in time for your wedding" would be nonsense
// too. Nor a time that comes round again ("Noise from the nightclub next door until 4am every
// night"): there is no "before 4am" to meet. Nor is "the surgery" rung or called at an event.
function nowNotDue(reading: FeelingReading, text: string): FeelingReading {
  const deadline = reading.concerns.find((c) => c.concern === 'deadline')
  if (!deadline) return reading
  const { event, when } = deadline.detail ?? {}
  const near = (said: string | undefined, re: RegExp, after = false): boolean => {
    const at = said === undefined ? -1 : text.indexOf(said)
    return at > 0 && re.test(after ? text.slice(at + (said as string).length, at + (said as string).length + 16) : text.slice(Math.max(0, at - 16), at))
  }
  const timeIsNoLimit = event === undefined && (near(when, NOW_BEFORE) || near(when, AGAIN_AFTER, true))
  const eventIsNone = near(event, OTHER_BEFORE) || near(event, KEEPSAKE_AFTER, true) || (/^the surgery$/i.test(event ?? '') && near(event, PRACTICE_BEFORE))
  return timeIsNoLimit || eventIsNone ? setAside(reading, deadline) : reading
}
const NOW_BEFORE = /\b(?:it's|it is|now)\s+(?:now\s+)?$/i
const OTHER_BEFORE = /\b(?:a different|another|a new|the other)\s+$/i
const AGAIN_AFTER = /^\s+(?:every|each)\b/i
// "the surgery" rung or called is a doctor's practice, not an operation ("I've called the surgery 47
// times this morning").
const PRACTICE_BEFORE = /\b(?:call(?:ed|ing)?|r[ai]ng(?:ing)?|phon(?:ed|ing|e)|at|to|from)\s+$/i
const KEEPSAKE_AFTER = /^\s+(?:ring|rings|band|photos?|pictures?|album|video|footage)\b/i

// A deadline met ("The flowers for my wife's birthday arrived on time, thank you so much", "Ordered
// the cake for my mum's birthday and wasn't disappointed! Thank you"): told in the past, with nothing bad
// felt, no question, no signal and no word of something still ahead, the event is no deadline to
// meet, and the reply meets the thanks or the gladness, not "getting this fixed for you". ("Really
// hoping the replacement arrives before my flight on Friday!" and "Is there any way to get this
// before the 15th?" still have one.)
function metInTime(reading: FeelingReading, text: string): FeelingReading {
  const deadline = reading.concerns.find((c) => c.concern === 'deadline')
  if (!deadline || feelsBad(reading) || reading.signals.length || text.includes('?') || TURN.test(text) || CAME_WRONG.test(text)) return reading
  // (Or told as the time it came, whatever the polarity: "Can't believe how fast my order arrived,
  // ordered last night and it was here by 9am!"; not "it should have arrived by Friday".)
  const cameBy = deadline.evidence.every((e) => {
    const before = text.slice(Math.max(0, e.start - 40), e.start)
    return CAME_BY.test(before) && !NOT_YET_CAME.test(before) && !STILL_AHEAD.test(before)
  })
  return (reading.polarity.label === 'positive' && CAME.test(text) && !STILL_AHEAD.test(text)) || cameBy ? setAside(reading, deadline) : reading
}
const CAME_BY = /\b(?:was|were|arrived|came|got|turned up|delivered)(?: here| there| home)? (?:by|before) $/i
const NOT_YET_CAME = /\b(?:should|would|could|must|meant|supposed|due|will|won't|wasn't|weren't|hasn't|haven't|not|never|if|when|unless|want|wants|wanted|like|asked|ask|expect|expected|promised|told|said|get|getting)\b[^.!?]*$/i
// (Nor one that came wrong: "Thanks, the parcel for my son's birthday came yesterday but the box was
// empty", "the flowers ... were delivered to the wrong address".)
const CAME_WRONG = /\b(?:wrong|broken|damaged|torn|ripped|empty|missing|smashed|cracked|stained|faulty|late|crushed|squashed|melted)\b/i
const CAME = /\b(?:arrived|came|turned up|got here|delivered|made it|was|were|(?:wasn't|weren't|not) disappointed)\b/i
const STILL_AHEAD = /\b(?:need|needs|will|won't|going to|gonna|please|pls|hope|hoping|fingers crossed|must|has to|have to|if|as long as|make sure|can|could|would|still|yet)\b|(?:\bnot|\bnever|n't)\s+(?:yet\s+)?(?:arrived|come|came|turned up|delivered|got here|made it)\b/i

// Gladness or relief not felt now: to come or wished for ("I'll be so relieved when this is finally
// over", "If it arrives by Friday I'll be delighted"), over ("I was happy with the service until last
// month"), a season's greeting ("Happy new year! Quick question about my invoice"), an aside on the
// customer's own care ("Good thing I kept the receipt because the item broke after a day"), or an end
// to waiting ("Can't wait any longer, I need my money back"); and relief told as a condition still to
// be met ("I won't be happy until this is sorted", "Please call me when it's sorted", "Let me know
// once it's sorted"), which said "I'm glad that's sorted". (A farewell, "until next time", ends
// nothing.) None is good news to be glad of: the feeling is set aside when every piece of its
// evidence is one of these.
function notFeltNow(reading: FeelingReading, text: string): FeelingReading {
  const before = (e: Evidence): string => text.slice(Math.max(0, e.start - 30), e.start)
  const notNow = (e: Evidence): boolean => TO_COME.test(before(e)) || NOT_NOW_AFTER.test(text.slice(e.end, e.end + 60))
  return without(reading, (f) => (f.feeling === 'joy' || f.feeling === 'relief') && f.evidence.every((e) => notNow(e) || (f.feeling === 'relief' && PENDING.test(before(e)))))
}
const TO_COME = /\b(?:I|we)(?:'ll|'d|\s+will|\s+would)\s+(?:be|feel)\s+(?:so |really |very |absolutely |extremely |truly )*$/i
const NOT_NOW_AFTER = /^(?:[^.!?]*\buntil\b(?! (?:next time|then|later)\b)| (?:new year|christmas|holidays|easter|friday|monday|thanksgiving|hanukkah|diwali|eid)\b| thing (?:I|we)\b| any ?(?:longer|more)\b)/i
const PENDING = /\b(?:until|till|unless|once|when|as soon as|if|before)\b[^.!?,;]*$/i

// A loss of access still ahead ("I'm scared my electricity will be cut off, I can't afford to pay the
// full bill", "they're threatening to cut off my phone") is not yet one to get working again: the
// access concern is set aside, and the reply turns to what is at stake now (here, finding a way
// through the bill).
function notYetCut(reading: FeelingReading, text: string): FeelingReading {
  const access = reading.concerns.find((c) => c.concern === 'access')
  return access?.evidence.every((e) => AHEAD.test(text.slice(Math.max(0, e.start - 24), e.start))) ? setAside(reading, access) : reading
}
const AHEAD = /\b(?:will|going to|gonna|might|could|about to|threaten(?:ing|ed|s)? to)\s+(?:be\s+|get\s+)?$/i

// A length of time that is not spent waiting on us ("I've been travelling for 30 hours", "a player
// has been sending me threats and racist messages for a week", "I've been using it for two years"):
// the reply does not say "Having to wait 30 hours is frustrating". Only a wait read from that length
// alone, with the verb at most six words before its "for" ("I've now been without a working fridge
// for 11 days" is a wait). Nor is the time a thing lasted before it failed ("Great coffee machine,
// but it started leaking after a week", "The heel came off after three days of wearing them"), which
// said "Having to wait a week is frustrating".
function notAWait(reading: FeelingReading, text: string): FeelingReading {
  const wait = reading.signals.find((s) => s.signal === 'waiting')
  return wait?.evidence.every((e) => e.cue === 'duration' && NOT_WAITING.test(text.slice(Math.max(0, e.start - 60), e.start))) ? withoutSignal(reading, wait) : reading
}
const NOT_WAITING = /\b(?:travel+ing|driving|flying|sending|using)\b(?:\s+[^\s.!?]+){0,6}\s+for (?:the (?:last|past) )?$|\b(?:leak\w*|broke|broken|crack\w*|fail\w*|stopped\b[^.!?]{0,12}|died|came off|came apart|fell apart|fell off|tore|ripped|split|faded|shrank|snapped|peel\w*)(?:\s+[^\s.!?]+){0,2}\s+after $/i

// A hard time the customer thanks us for easing ("I'm so grateful for your help today, you've made a
// horrible week a bit easier", "Thank you, it's been a rough few days and you sorted it"): the bad
// word is about the week, not about us, and the reply meets the thanks. Only with thanks read, no
// contrast after them ("Thank you, but this has been an awful week" is a complaint), and every piece
// of a bad feeling's evidence on the hard time.
function hardTimes(reading: FeelingReading, text: string): FeelingReading {
  const thanks = reading.feelings.find((f) => f.feeling === 'gratitude')
  if (!thanks || TURN.test(text.slice(Math.min(...thanks.evidence.map((e) => e.start))))) return reading
  const spans = [...text.matchAll(HARD_TIME)].map((m) => [m.index, m.index + m[0].length])
  const onTime = (f: FeelingFound): boolean => VALENCE[f.feeling] === 'negative' && f.evidence.every((e) => spans.some(([a, b]) => e.start >= (a as number) && e.end <= (b as number)))
  return spans.length ? without(reading, onTime) : reading
}
const HARD_TIME = /\b(?:horrible|awful|terrible|rough|stressful|tough|hard|difficult|horrendous|nightmare) (?:few )?(?:day|days|week|weeks|month|months|year|time)\b/gi

// A sum the customer says they cannot pay ("now I owe £900. I'm a single mum, I can't pay that")
// is hardship, met as the worry it is and with a way through ("I'm sorry, that's a lot to be
// dealing with. What matters now is finding a way through this that works for you."), not "getting
// this fixed for you".
function cannotPay(reading: FeelingReading, text: string): FeelingReading {
  const said = reading.concerns.some((c) => c.concern === 'money') && !reading.concerns.some((c) => c.concern === 'livelihood') ? CANT_PAY.exec(text) : null
  if (!said) return reading
  const worry = implied('anxiety', said.index, said[0], 'hardship')
  const next = { ...reading, concerns: [...reading.concerns, { concern: 'livelihood' as const, evidence: worry.evidence }] }
  return reading.feelings.some((f) => f.feeling === 'anxiety') ? next : withFeelings(next, [worry, ...reading.feelings])
}
const CANT_PAY = /\b(?:i|we) (?:just |simply )?(?:can't|cannot|can not|won't be able to|am not able to|have no way to) (?:pay|afford) (?:that|this|it|them|the bill|this bill|that bill|that much|this much|the full amount)\b/i

// Relief at one thing, then a turn to a worry still open ("I'm relieved it arrived but I'm still
// worried about the second parcel"): the worry is what the reply meets, not "I'm glad that's a
// weight off your mind".
function stillWorried(reading: FeelingReading, text: string): FeelingReading {
  const relief = reading.feelings.find((f) => f.feeling === 'relief')
  if (!relief) return reading
  const end = Math.max(...relief.evidence.map((e) => e.end))
  const turn = TURN_AFTER.exec(text.slice(end))
  const from = turn ? end + turn.index + turn[0].length : -1
  return from >= 0 && reading.feelings.some((f) => f.feeling === 'anxiety' && f.evidence.some((e) => e.start >= from)) ? without(reading, (f) => f === relief) : reading
}

// A fee asked for a step ("you're charging me £200 to exit", "£50 to cancel") is no money taken to
// give back: the reply does not say "What matters now is getting your £200 back to you". (The sum
// is left unquoted; "you charged me £50 for cancelling" was taken, and stays.)
function feeToAct(reading: FeelingReading, text: string): FeelingReading {
  const money = reading.concerns.find((c) => c.concern === 'money')
  const amount = money?.detail?.amount
  if (!money || !amount || !money.evidence.some((e) => /^charging me$/i.test(e.text))) return reading
  const at = text.indexOf(amount)
  if (at < 0 || !FEE_FOR.test(text.slice(at + amount.length, at + amount.length + 24))) return reading
  const { amount: _sum, ...detail } = money.detail as NonNullable<ConcernFound['detail']>
  return setAside(reading, money, { ...money, evidence: money.evidence.filter((e) => e.cue !== 'amount'), detail })
}
const FEE_FOR = /^ (?:just )?to (?:exit|leave|cancel|close|switch|transfer|change|port|move|end|get out)\b/i

// Years of custom told beside how the customer is treated now ("I've been a loyal customer for 10
// years and you treat new customers better"), with no feeling read, is being let down: met with "I
// can see this isn't what you expected from us", not "What matters now is getting this done for
// you". (Not years told with no complaint: "10 years with you and never had a problem".)
function letDownLoyal(reading: FeelingReading, text: string): FeelingReading {
  const years = reading.feelings.length || text.includes('?') ? null : LOYAL_YEARS.exec(text)
  return years && (TREATED.test(text) || (WENT_WRONG.test(text.slice(years.index + years[0].length)) && !/\bnever had (?:a|any) (?:problem|issue)s?\b(?! until| till| before)/i.test(text))) ? withFeelings(reading, [implied('disappointment', years.index, years[0], 'let-down')]) : reading
}
const LOYAL_YEARS = /\b(?:(?:a )?(?:loyal |long[- ]standing |paying )?customer|with you|been with you|member) for (?:over |more than |nearly |almost )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty) years\b|\b(?:\d+|ten|twenty) years (?:with you|as a (?:loyal )?customer)\b/i
const TREATED = /\b(?:treat(?:ed|ing)?|this is (?:how|the thanks)|new customers)\b/i

// A card, wallet or purse stolen ("Please lock my card now, it's been stolen", "someone stole my
// wallet with all my cards") is money and an account at risk: met as the worry it is and with making
// the account secure, not "I can hear how frustrating this has been. What matters now is getting
// this fixed for you." (The anger or frustration read only from the theft's words is set aside; a
// privacy concern the words read already is left as it is.)
function cardStolen(reading: FeelingReading, text: string): FeelingReading {
  const theft = reading.concerns.some((c) => c.concern === 'privacy') ? null : STOLEN_CARD.exec(text)
  if (!theft) return reading
  const worry = implied('anxiety', theft.index, theft[0], 'my-data')
  const at = (cue: string): Evidence[] => worry.evidence.map((e) => ({ ...e, cue }))
  const concerns = [...reading.concerns.filter((c) => c.concern !== 'money'), { concern: 'privacy' as const, evidence: at('my-data') }, { concern: 'money' as const, evidence: [...(reading.concerns.find((c) => c.concern === 'money')?.evidence ?? []), ...at('charged')] }]
  const kept = reading.feelings.filter((f) => !(VALENCE[f.feeling] === 'negative' && f.evidence.every((e) => /\bstole|\bstolen\b/i.test(e.text))))
  return withFeelings({ ...reading, concerns }, kept.some((f) => f.feeling === 'anxiety') ? kept : [worry, ...kept])
}
const STOLEN_CARD = /(?<!gift |store |loyalty |sim )\b(?:card|cards|wallet|purse|bank card|debit card|credit card)\b[^.!?]{0,30}\b(?:stolen|stole|nicked|pickpocketed)\b|\b(?:stolen|stole|nicked)\b(?: \w+){0,3} (?<!gift |store |loyalty |sim )(?:card|cards|wallet|purse)\b/i

// Medicine needed and not come ("my daughter needs her medication tonight and the pharmacy order
// hasn't come") is a danger to the one who needs it: the reply turns to their safety, not only to
// "getting this sorted before tonight". (The pack's cues read a medicine run out or missing; this
// is one still to arrive.)
function medicineDue(reading: FeelingReading, text: string): FeelingReading {
  const said = reading.concerns.some((c) => c.concern === 'safety') ? null : MEDICINE_DUE.exec(text)
  if (!said || !NOT_COME.test(text)) return reading
  return { ...reading, concerns: [{ concern: 'safety', evidence: implied('anxiety', said.index, said[0], 'out-of-medicine').evidence }, ...reading.concerns] }
}
const MEDICINE_DUE = /\b(?:needs?|needed|relies on|rely on|can't go without|has to have|have to have)\b(?: \w+){0,2} (?:medication|medicine|meds|insulin|inhalers?|prescription|tablets|pills|epipen)\b/i
const NOT_COME = /\b(?:hasn't|has not|haven't|have not|didn't|did not|never|still not|not yet)\b(?: \w+)? (?:come|arrived|turned up|been delivered|been sent|shown up|here)\b|\b(?:late|delayed|missing|lost)\b/i

// A worried question whether an event is still on ("Is my flight tomorrow still going ahead? I'm so
// nervous", "will the surgery definitely be open?"), with nothing gone wrong, asks for an answer: the
// event is what is asked about, not something to have ready in time. The deadline keeps no event and
// no time, so the reply says neither "worried it won't be ready in time for your flight" nor "getting
// this sorted before tomorrow".
function askedIfOn(reading: FeelingReading, text: string): FeelingReading {
  const deadline = reading.concerns.find((c) => c.concern === 'deadline')
  if (!deadline?.detail || !STILL_ON.test(text) || WENT_WRONG.test(text) || reading.feelings.some((f) => VALENCE[f.feeling] === 'negative' && f.feeling !== 'anxiety')) return reading
  return setAside(reading, deadline, { ...deadline, detail: {} })
}
const STILL_ON = /\b(?:is|are|will)\b[^.!?]{0,40}\b(?:still (?:on|going ahead|happening|running|open|valid)|going ahead|(?:definitely )?be open)\b[^.!?]{0,20}\?/i

// The company called crooks or thieves ("You lot are a bunch of crooks.", "you're nothing but
// scammers") with no feeling read is anger, met as that, not "What matters now is getting this done
// for you".
function calledCrooks(reading: FeelingReading, text: string): FeelingReading {
  const said = reading.feelings.length ? null : CROOKS.exec(text)
  return said ? withFeelings(reading, [implied('anger', said.index, said[0], 'how-dare')]) : reading
}
const CROOKS = /\b(?:you|you lot|you guys|you people|your company|your lot)(?:'re| are| is) (?:a bunch of |a load of |nothing but |such |absolute |complete |total |just )?(?:crooks|thieves|scammers|cowboys|con artists|criminals|frauds|liars|a scam|a joke|a disgrace)\b/i

// The rewrites of the reading the reply is written from, in order, each given the one before's
// reading and the customer's words (with no words, there is nothing to rewrite by).
const REWRITES = [wished, gotOver, toldUs, courteous, worriedAbout, missedEvent, nowNotDue, metInTime, notFeltNow, notYetCut, notAWait, hardTimes, cutShort, ownEnglish, ownMiss, ownSlip, workDetails, wishedUs, theirs, pleasantSurprise, badSurprise, outraged, thankedWithFace, planned, notLockedOut, sarcastic, turnedFromGood, shoutedAt, strandedAway, helpedThrough, backToOld, forcedElsewhere, doneWithTask, cheaperThisTime, pastOutage, reached, dataToMove, usualFear, closeCall, safeToDo, doneInWeather, notWornOut, datedFood, headsUp, cannotPay, calledCrooks, stillWorried, smallMatter, feeToAct, letDownLoyal, cardStolen, medicineDue, askedIfOn]

function build({ input, reading: read, readText, steps, now, timeZone }: Checked): Reply {
  const channel = input.channel
  const needs = new Set(input.customer?.consent?.personalize ? (input.customer.accessibility ?? []) : [])
  const options: ComposeOptions = {
    plain: needs.has('plain-language'),
    pack: input.pack ?? en,
    channel,
    tone: input.tone ?? 'neutral',
    timeZone,
    format: input.format ?? 'text',
    ...(input.seed === undefined ? {} : { seed: input.seed }),
  }
  const heardOf = heard(read, options.pack ?? en)
  const reading = readText === undefined ? heardOf : REWRITES.reduce((said, rewrite) => rewrite(said, readText), heardOf)
  const warnings: string[] = []
  const isPublic = channel === 'social'
  const name = isPublic ? undefined : nameOf(input.customer)
  // A public reply carries no personal details: no concern details, no counts, no name.
  const said: FeelingReading = isPublic ? { ...reading, concerns: [], signals: reading.signals.filter((s) => s.signal === 'abuse') } : reading
  // The person at risk may be someone else ("my elderly mum runs out tonight", "my kids play under
  // it"): the sentence about their safety, not "you're safe" to the one writing, where the pack has it;
  // and the account locked may be theirs ("My mother can't access her account").
  const forOthers = (key: string): { text: string; key: string } | undefined => {
    const other = OTHERS_KEYS[key]
    const theirs = other !== undefined && readText !== undefined && SOMEONE_ELSE.test(readText) && (!ACCOUNT_KEYS.has(key) || (THEIR_ACCOUNT.test(readText) && !MY_ACCOUNT.test(readText))) && (!MONEY_KEYS.has(key) || (THEIR_CHARGE.test(readText) && !CHARGED_ME.test(readText)))
    return theirs && hasMessage(options, other) ? { text: renderWith(options, other, {}), key: other } : undefined
  }
  const drafts: Omit<ReplyPart, 'span'>[] = []
  // Whether the customer raised something to put right: a concern, or a signal of trouble. Thanks
  // for something done ("Thanks for the refund!"), with nothing negative beside it, is not: the
  // concern it names is the thing put right.
  // Where the evidence of a feeling ends, and where the message turns from it (see
  // `turnFromPraise`); -1 for none.
  const endOf = (found: FeelingFound | undefined): number => (found ? Math.max(...found.evidence.map((e) => e.end)) : -1)
  const turnAfter = (feeling: Feeling): number => {
    const end = readText === undefined ? -1 : endOf(reading.feelings.find((f) => f.feeling === feeling))
    return end >= 0 ? turnFromPraise(reading, readText as string, end, options.pack?.detect?.contrast ?? []) : -1
  }
  const thanks = thanksFor(reading, readText)
  // Unless a contrast after the thanks turns to what is still wrong ("Thank you for the refund, but
  // it's £20 short", "Thanks, but I'd rather have the money back than a voucher"): then the thanks
  // are courtesy and the concern after the turn is the trouble.
  // So does a danger told after the thanks, with or without a contrast ("Thanks for your help
  // earlier. The charger you sent still gets so hot it burned my hand."): it is not settled by them.
  // (Not thanks for putting it right: "Thank you for fixing the pothole so quickly, it was a danger to
  // cyclists.")
  const thanksTurn = turnAfter('gratitude')
  const thanksEnd = endOf(reading.feelings.find((f) => f.feeling === 'gratitude'))
  const thanksThenTrouble = (thanksTurn >= 0 && reading.concerns.some((c) => c.evidence.some((e) => e.start > thanksTurn))) || (thanksEnd >= 0 && !MENDED.test(readText ?? '') && reading.concerns.some((c) => c.concern === 'safety' && c.evidence.every((e) => e.start > thanksEnd)))
  const thanked = thanks === 'done' && !thanksThenTrouble
  // So is a problem the customer says is put right ("The refund came through, thank you!"): relief.
  // (Grief told beside thanks for what was done, "Thank you for waiving the fee after my mum died, it
  // meant a lot", is no trouble left: the fee was the thing put right.)
  const griefOnly = thanked && reading.feelings.every((f) => VALENCE[f.feeling] !== 'negative' || f.evidence.every((e) => e.cue === 'bereaved'))
  const putRight = (thanked || reading.feelings.some((f) => f.feeling === 'relief')) && (!feelsBad(reading) || griefOnly) && !thanksThenTrouble
  // Good news that names a concern with nothing bad felt ("Wow. I did not expect a refund that
  // quickly. Really impressed") is no trouble either; a hope, a deadline still ahead, a danger, a
  // breach or a signal of trouble (a wait, a repeat contact) are. A wait told with praise and nothing
  // bad felt ("Love it! Waited 2 weeks but worth it") is over.
  // Praise, then a contrast, then a lost login or a leak ("Love the app! But the update broke my
  // login"): no good news to be glad of. (The other way round, "the wifi was down all morning but
  // it's working now", is.)
  // Praise, then a contrast and no good feeling after it ("love the new season but the subtitles are
  // out of sync"): the praise is met, and so is what follows the turn (the reply is not settled by
  // the praise).
  const joy = readText === undefined ? undefined : reading.feelings.find((f) => f.feeling === 'joy')
  const praiseEnd = endOf(joy)
  const turnAt = turnAfter('joy')
  const fromPraise = turnAt >= 0
  // Praise said first and on its own, then a lost login or a leak ("Great, the new update deleted
  // all my playlists", "Brilliant, my account's been locked again"), or a bad feeling the words read
  // ("Fantastic. Another bill with the wrong name on it."): sarcasm, no good news either.
  const saidFirst = joy !== undefined && joy.evidence.every((e) => e.start < 3) && /^\s*[,.!]/.test((readText as string).slice(praiseEnd))
  const troubleFrom = fromPraise ? turnAt : saidFirst ? praiseEnd : -1
  const praiseThenTrouble = troubleFrom >= 0 && (reading.concerns.some((c) => (c.concern === 'access' || c.concern === 'privacy') && c.evidence.some((e) => e.start > troubleFrom)) || (saidFirst && reading.feelings.some((f) => VALENCE[f.feeling] === 'negative' && f.evidence.some((e) => e.start > troubleFrom))))
  const goodNews = !praiseThenTrouble && !thanksThenTrouble && reading.polarity.label === 'positive' && !feelsBad(reading) && !charged(reading) && reading.primary !== 'hope' && !reading.signals.some((s) => s.signal !== 'urgency' && s.signal !== 'shouting' && !(s.signal === 'waiting' && joy)) && !reading.concerns.some((c) => c.concern === 'deadline' || c.concern === 'safety' || c.concern === 'privacy')
  // A bad feeling after thanks for a reply ("Thanks for getting back to me. Unfortunately the problem
  // is still there.") is trouble too.
  const troubled = !putRight && ((raisesTrouble(reading) && !goodNews) || (thanks === 'reply' && feelsBad(reading)))
  // A question with thanks given ahead of the answer ("Can you confirm the export includes archived
  // projects? Thanks"): the thanks are courtesy too, and the reply turns to the question.
  // (Not a question asked only in disbelief: "I've now been waiting 40 minutes in the chat queue.
  // Seriously?" wants the wait ended, not "a clear answer".)
  // (Nor is a question after thanks for something done courtesy: "Thank you for the refund. Could
  // you also tell me when the replacement will ship?" is asked.)
  const asks = readText !== undefined && readText.slice(thanked ? endOf(reading.feelings.find((f) => f.feeling === 'gratitude')) : 0).replace(ASKS_NOTHING, '').includes('?')
  // Whether the customer asked for a manager or for the case to be escalated (not personal: said
  // back in a public reply too).
  const escalation = reading.signals.some((s) => s.signal === 'escalation-request')
  // Whether they say they are leaving or cancelling, not as a condition ("Close my account, I'm
  // switching to another provider"; not "if this isn't fixed I'll cancel").
  // (A competitor only named in a question is no decision: "Your competitor offers this for half the
  // price. Can you match it?" asks. "I'm switching to your competitor." is one.)
  const leaving = reading.signals.some((s) => saysLeaving(s) && !(asks && s.evidence.every((e) => /^competitors?$/i.test(e.text))))
  // The feeling the reply named back, if any: after relief, or thanks with nothing to put right,
  // there is nothing to reframe.
  let reflected: Feeling | undefined
  // Whether the reflection offered condolences.
  let bereaved = false
  // Whether it also returned thanks for kindness after the loss.
  let thankedInGrief = false
  // Whether the customer said, with no feeling read, that they sorted it themselves.
  let sortedByThem = false
  for (const step of steps) {
    switch (step) {
      case 'greeting':
        drafts.push({ kind: 'greeting', text: name ? renderWith(options, 'greeting.named', { name }) : renderWith(options, 'greeting.anonymous', {}) })
        break
      case 'boundary':
        if (reading.signals.some((s) => s.signal === 'abuse')) drafts.push({ kind: 'boundary', text: renderWith(options, 'boundary.respect', {}) })
        break
      case 'promise': {
        if (isPublic) break
        const promise = (input.customer?.promises ?? []).find((p) => p.status === 'broken' || (p.status === 'pending' && now !== undefined && Date.parse(p.due) < now))
        if (promise && Number.isFinite(Date.parse(promise.due))) {
          drafts.push({ kind: 'own', text: renderWith(options, 'own.promise-broken', { what: promise.what, due: promise.due }) })
          warnings.push('promise-owned')
        }
        break
      }
      case 'acknowledge':
        // (Not in plain language: a formula that says nothing the customer needs.)
        if (!needs.has('plain-language')) drafts.push({ kind: 'acknowledge', text: renderWith(options, 'acknowledge.received-generic', {}) })
        break
      case 'reflect': {
        // Thanks and hope beside a problem are courtesy ("Please help ...", "Thanks, Maria"), and a
        // faint joy beside one is a word read two ways ("I had a valid ticket"), not good news: the
        // reply names another feeling, or none, and turns to the problem.
        // Nor is joy beside a danger ("Love the new heater but it sparks") the news to answer, nor
        // "sorry to bother you again" from a customer still waiting or writing again: the wait is.
        const chasing = reading.signals.some((s) => s.signal === 'waiting' || s.signal === 'repeat-contact')
        const danger = reading.concerns.some((c) => c.concern === 'safety')
        const courtesy = (f: FeelingFound): boolean => f.feeling === 'hope' || (f.feeling === 'gratitude' && (!thanked || troubled)) || (troubled && ((f.feeling === 'joy' && (f.intensity < FAINT || danger || praiseThenTrouble)) || (f.feeling === 'embarrassment' && chasing && bothers(said))))
        // Praise of the team told to them ("You've been so helpful", "You're amazing", "the engineer
        // was brilliant", "the driver was very polite", "Well done to your team for getting the trains
        // running again", "Whoever designed this checkout page deserves a medal", "Hats off to your
        // team", "I've never had a problem with you in 10 years" but not "... until now", "That's
        // really good of you" but not "It would be nice of you to reply"), with nothing wrong told and
        // no turn after it, is thanked: not "That's great to hear", and not "getting this done" when
        // the fitted words read no feeling in it. ("Great job losing my parcel again" has a bad
        // feeling read.)
        // A bare "Thanks." before a verdict on us ("Thanks. Worst service ever.") is curt, not thanks:
        // the reply meets the verdict. (Thanks with a story beside them, "Thank you! I was so worried,
        // you're a star", are thanks.)
        const curtThanks = thanks === 'none' && readText !== undefined && CURT_THANKS.test(readText) && said.feelings.some((f) => VALENCE[f.feeling] === 'negative' && f.evidence.some((e) => e.cue === 'verdict-bad'))
        // Nor are thanks for nothing named, said after something gone wrong that the pack's mishap
        // cues read ("My order arrived broken. Thanks a lot."), with no good feeling beside them:
        // courtesy or sarcasm, and either way the complaint is what the reply meets, not "that's
        // kind of you". (A story told with thanks, "Your staff were so kind when my daughter got
        // lost. Thank you.", is thanks.)
        const gratitude = said.feelings.find((f) => f.feeling === 'gratitude')
        const { mishaps } = cuesOf(options.pack ?? en)
        const lateThanks = thanks === 'none' && gratitude !== undefined && said.feelings.every((f) => f === gratitude || VALENCE[f.feeling] !== 'positive') && said.feelings.some((f) => f.evidence.some((e) => mishaps.has(e.cue) && gratitude.evidence.every((g) => g.start > e.end)))
        const praisedUs = !troubled && !asks && !feelsBad(reading) && readText !== undefined && PRAISED.test(readText) && !TURN.test(readText.slice(readText.search(PRAISED))) && hasMessage(options, 'reflect.gratitude')
        const named = praisedUs
          ? { text: renderWith(options, 'reflect.gratitude', {}), feeling: 'gratitude' as const, key: 'reflect.gratitude' }
          : reflect(troubled || asks || curtThanks || lateThanks ? { ...said, feelings: said.feelings.filter((f) => !courtesy(f)) } : said, options)
        // Embarrassment the customer tells with their own slip found out ("I'm so embarrassed, I've
        // just realised I entered my old card details", "How embarrassing, I've been trying to log in
        // with the wrong email all along!") is theirs, not put on them by us: not "I'm sorry you were
        // put in such an embarrassing position", but the slip's "No problem at all".
        const slipFound = named?.key === 'reflect.embarrassment.caused' && readText !== undefined && (REALISED.test(readText) || OWN_SLIP.test(readText)) && hasMessage(options, 'reflect.embarrassment.slip')
        // An illness told of beside a question's puzzlement or surprise ("We're stuck in Lisbon, my wife
        // has been admitted to hospital and we have no idea if the travel insurance will cover it"):
        // the sympathy first, not "I can see why this is confusing"; the question is still answered
        // (the feeling named stays the one read, so the reply turns to the answer, not to "putting
        // right what we can").
        const illnessTold = readText !== undefined && ILLNESS.test(readText) && OURS.test(readText) && hasMessage(options, 'reflect.sadness')
        // So is one told beside a frustration, a let-down or anger at us ("my son is in hospital and I
        // cant get through to anyone about his insurance"): the sympathy comes first, and the problem
        // is still put right. (Not a worry, met as one, nor exhaustion, "this has worn you out".)
        const ill = illnessTold && named !== null && ['confusion', 'surprise', 'frustration', 'disappointment', 'anger'].includes(named.feeling)
        // Praise of the team, then a turn to what went wrong ("Your engineer was lovely but he left mud
        // all over my new carpet"): the praise is thanked, as praise of the team is, not met with
        // "That's great to hear" before the complaint.
        const praisedThenTurn = named?.feeling === 'joy' && fromPraise && readText !== undefined && PRAISED.test(readText.slice(0, turnAt)) && hasMessage(options, 'reflect.gratitude')
        const instead = (key: string) => named && { ...named, text: renderWith(options, key, {}), key }
        // A keepsake of someone who has died, lost or damaged by us ("My late husband's watch was
        // damaged during the repair", "the necklace my late mother gave me was lost"): the grief is
        // for the keepsake, not a death told to us. Not "I'm so sorry for your loss" and "making this
        // as easy for you as we can", which meet a death to be dealt with, but sorrow and putting
        // right what we can.
        const keepsake = named?.key === 'reflect.sadness.bereaved' && readText !== undefined && KEEPSAKE.test(readText)
        // Gladness to wait ("I'm happy to wait, just let me know when it's back in stock") is patience
        // offered, thanked like "no rush", not "That's great to hear".
        const patient = named?.feeling === 'joy' && readText !== undefined && /\b(?:happy|glad|fine|willing|okay|ok)\s+to\s+wait\b/i.test(readText)
        const reflection = slipFound ? instead('reflect.embarrassment.slip') : ill || keepsake ? instead('reflect.sadness') : praisedThenTurn || patient ? instead('reflect.gratitude') : named
        // A wait the customer measured ("I've been waiting a week for my order"), said sorry for below
        // (not in public, which quotes no detail).
        const waited = quotesCustomer(options) ? said.signals.find((s) => s.signal === 'waiting')?.detail?.duration : undefined
        const sorryForWait = (): void => {
          if (waited && hasMessage(options, 'acknowledge.waited')) drafts.push({ kind: 'acknowledge', text: renderWith(options, 'acknowledge.waited', { duration: sayDuration(waited) }) })
        }
        if (reflection) {
          drafts.push({ kind: 'reflect', text: forOthers(reflection.key)?.text ?? reflection.text })
          // Relief, then a turn to a bad feeling, after that wait ("Finally got my refund after 4
          // months of chasing. Relieved but not impressed."): the relief is met, and so is the wait.
          if (reflection.feeling === 'relief' && feelsBad(said) && turnAfter('relief') >= 0) sorryForWait()
        } else {
          // No feeling to name, but that wait: the reply says sorry for it rather than passing over it.
          // Nor having had to chase ("Appreciate the refund, though it would've been nice not to have
          // to chase it three times"): the chasing is named.
          const chased = quotesCustomer(options) ? said.signals.find((s) => s.signal === 'repeat-contact')?.detail?.count : undefined
          // Nor an illness the customer tells of, theirs or a loved one's ("My son was diagnosed with
          // cancer last month and I need to pause our contract"): a fact, with no feeling named, that
          // is met with sympathy before the request.
          if (illnessTold) drafts.push({ kind: 'reflect', text: renderWith(options, 'reflect.sadness', {}) })
          else if (waited && hasMessage(options, 'acknowledge.waited')) sorryForWait()
          else if (chased !== undefined && chased >= 2) drafts.push({ kind: 'reflect', text: renderWith(options, 'reflect.frustration.repeat-contact', { count: chased }) })
          // Nor a customer who says they have sorted it themselves, with nothing wrong told ("nvm
          // found it", "ignore me, sorted it"): they hear that we are glad, and no offer to get it done.
          else if (!troubled && !asks && reading.concerns.length === 0 && readText !== undefined && saysDone(readText) && hasMessage(options, 'reflect.relief.sorted')) {
            drafts.push({ kind: 'reflect', text: renderWith(options, 'reflect.relief.sorted', {}) })
            sortedByThem = true
          }
          warnings.push('no-feeling-found')
        }
        reflected = reflection?.feeling ?? (sortedByThem ? 'relief' : undefined)
        bereaved = reflection?.key === 'reflect.sadness.bereaved'
        // Thanks for kindness after a loss, with nothing asked and nothing to put right ("Thank you for
        // being so kind on the phone after my husband passed. It meant a lot."): the condolences, then
        // the thanks returned, and nothing "to make as easy as we can".
        thankedInGrief = bereaved && thanked && !troubled && !asks && hasMessage(options, 'reflect.gratitude')
        if (thankedInGrief) drafts.push({ kind: 'reflect', text: renderWith(options, 'reflect.gratitude', {}) })
        break
      }
      case 'reframe': {
        // Relief beside an apology for the fuss ("Phew, it turned up! Sorry for the panic.") is
        // settled too: nothing is left to get done.
        const eased = said.feelings.some((f) => f.feeling === 'relief') && said.feelings.every((f) => VALENCE[f.feeling] !== 'negative' || f.feeling === 'embarrassment')
        const settled = reflected === 'relief' || thankedInGrief || (!troubled && !asks && (eased || (!fromPraise && (reading.polarity.label === 'positive' || (reflected !== undefined && VALENCE[reflected] === 'positive')))))
        // A public reply's reframe still knows what kind of trouble it is (the concerns without their
        // details, the signals): its sentences carry no amount, date or count.
        const publicly = (): FeelingReading => ({ ...said, concerns: reading.concerns.map(({ concern, evidence }) => ({ concern, evidence })), signals: reading.signals })
        const given = !settled && readText !== undefined && refundIn(readText, said)
        const left = given ? { ...said, concerns: said.concerns.filter((c) => c.concern !== 'money') } : said
        // (Thanks before a turn to what is still wrong are courtesy, not the reading's good news:
        // "Thanks for the voucher but honestly I'd rather just have my money back" wants the money.)
        let reframing = settled ? undefined : reframe(isPublic ? publicly() : thanksThenTrouble ? without(left, (f) => f.feeling === 'gratitude') : left, options)
        const reframeTo = (key: string): Reframing => ({ text: renderWith(options, key, {}), key })
        // Confusion read only from a question of disbelief beside a trouble ("... 40 minutes in the
        // chat queue. Seriously?"): the trouble is to be fixed, not answered.
        if (reframing?.key === 'reframe.answer' && !asks && !thanked && readText?.includes('?') && raisesTrouble(reading)) reframing = reframeTo('reframe.generic')
        // Locked out of a place or a thing that is no account ("the car locked me out in the rain", "the
        // smart lock on the front door won't let me in"): getting it working again, not "back into
        // your account".
        if (reframing?.key === 'reframe.access' && readText !== undefined && PLACE.test(readText) && !ACCOUNT.test(readText) && hasMessage(options, 'reframe.access-service')) reframing = { ...reframing, ...reframeTo('reframe.access-service') }
        // With the refund come, nothing else at stake and the complaint the wait or the chasing it took
        // ("Got my refund, but I'm still annoyed it took six weeks"), there is nothing to get back or fix: no
        // reframe at all. ("Thanks for the refund, but the app is still broken" still has.)
        if (given && reframing?.concern === undefined && left.concerns.length === 0 && said.signals.some((s) => s.signal === 'waiting' || s.signal === 'repeat-contact')) reframing = undefined
        // A sum named as a threshold ("Why do I have to pay extra for delivery when I ordered over
        // £50?") is no money to give back: the question is answered, the trouble put right.
        const sum = said.concerns.find((c) => c.concern === 'money')?.detail?.amount
        const sumAt = sum === undefined || readText === undefined ? -1 : readText.indexOf(sum)
        if (reframing?.key === 'reframe.money' && sumAt > 0 && THRESHOLD.test((readText as string).slice(0, sumAt))) reframing = reframeTo(asks ? 'reframe.answer' : 'reframe.generic')
        // A question or a request that tells of nothing wrong ("Can I pay by bank transfer instead of
        // card?", "Please send the invoice to accounts@...") wants an answer or the thing done, not
        // "getting this fixed".
        // ("Please tell me my ticket is still valid": a request for an answer.)
        const request = readText === undefined ? null : REQUEST.exec(readText)
        const asked = request?.[1] ? 'reframe.answer' : request ? 'reframe.request' : asks || (WANTS_TO_KNOW.test(readText ?? '') && !WENT_WRONG.test(readText ?? '')) ? 'reframe.answer' : undefined
        // So does one asked in worry ("I'm nervous about giving my bank details over the phone, is
        // there another way?"): the worry is met with the answer.
        if (reframing?.key === 'reframe.generic' && asked && !said.feelings.some((f) => VALENCE[f.feeling] === 'negative' && f.feeling !== 'anxiety')) reframing = reframeTo(asked)
        // A question of when, where, why or how that tells of nothing wrong ("Thanks but when will I
        // see it?", after a refund) wants an answer, not "getting this done". ("Can I swap it for a
        // medium?" asks for something done.)
        // So does a wish to know ("I'd like to know why my claim was rejected.", "I need an answer today.",
        // "I'd like an update on my order", "Just checking whether my payment went through okay.").
        if (reframing?.key === 'reframe.request' && readText !== undefined && ((asked === 'reframe.answer' && WH_QUESTION.test(readText)) || WANTS_TO_KNOW.test(readText))) reframing = reframeTo('reframe.answer')
        // Something gone wrong told with no feeling read and nothing asked ("The engineer came on the
        // 3rd but didn't have the right part", "Your website keeps saying my password is wrong") is to
        // be fixed, not "done". (A request stays one: "I need to change the name on my booking".)
        if (reframing?.key === 'reframe.request' && readText !== undefined && !asked && !asks && WENT_WRONG.test(readText) && !NEEDS.test(readText) && !TELLS_US.test(readText)) reframing = reframeTo('reframe.generic')
        // Whether a refund is owed is not known from a question about one with nothing bad told ("Can I
        // get a refund if I cancel within 14 days?", "Am I entitled to a refund?"): it is answered,
        // not promised.
        if ((reframing?.key === 'reframe.money-back' || reframing?.key === 'reframe.money') && readText !== undefined && ENTITLED.test(readText) && !feelsBad(said)) reframing = reframeTo('reframe.answer')
        // "refund??" alone, after what went wrong ("waited 25 mins, then told they ran out of fries.
        // refund??"), asks for the money back, not for an answer.
        if (reframing?.key === 'reframe.answer' && readText !== undefined && BARE_REFUND.test(readText) && (feelsBad(said) || said.signals.length > 0 || WENT_WRONG.test(readText))) reframing = reframeTo('reframe.money-back')
        // A sum asked back outright ("I paid for extra legroom and got put in a middle seat. I want the
        // £45 back.", "I'd like the difference back") is what matters now, though the reading took the
        // sum for a price paid.
        // (In public, with no sum: the money, not "this".)
        const askedBack = reframing?.key === 'reframe.generic' && readText !== undefined && reading.concerns.some((c) => c.concern === 'money') ? ASKED_BACK.exec(readText) : null
        if (askedBack) {
          const sum = askedBack[1] && said.concerns.find((c) => c.concern === 'money')?.detail?.amount
          reframing = sum && askedBack[1]?.includes(sum) ? { text: renderWith(options, 'reframe.money', { amount: sum }), key: 'reframe.money', concern: 'money' } : reframeTo('reframe.money-back')
        }
        const others = reframing && forOthers(reframing.key)
        if (reframing && others) reframing = { ...reframing, ...others }
        // (Not "getting them back into their account" for the account of someone who has died: "My
        // late father's account has been locked". The bereaved customer hears we will make it easy.)
        if (bereaved && reframing?.key === 'reframe.access-others' && hasMessage(options, 'reframe.bereaved')) reframing = { ...reframeTo('reframe.bereaved'), concern: 'access' }
        // After a loss, "getting this fixed" promises what cannot be: a bereaved customer hears that
        // we will make this as easy as we can, a sad one that we will put right what we can. (A
        // reframe to a concern of theirs, their money or their access, stands.)
        if (reframing?.concern === undefined && reflected === 'sadness' && !thankedInGrief) {
          reframing = reframeTo(bereaved ? 'reframe.bereaved' : 'reframe.sadness')
        }
        // A deadline the customer named is said back, whatever else the reply turns to, unless the
        // reflection named it. With the event it is for, it is said as an acknowledgment ("I know
        // you need this in time for your son's school trip, Monday"), which says more than a
        // reframe's bare date, and takes the place of a reframe about the deadline. (Not when the
        // customer thanks us for what is done: "Massive thanks for squeezing me in today, you've saved
        // my holiday!" needs nothing more in time for it. One who leaves still needs their request
        // done by then: "cancel my membership as I'm moving abroad next month. Thank you for
        // everything".)
        // Nor when the date is that of the very thing asked about, with nothing wrong told ("Can you
        // confirm my appointment for Thursday at 2pm is still going ahead?"): the customer needs the
        // answer, not to hear that they need "this" in time for it.
        const dated = said.concerns.find((c) => c.concern === 'deadline')
        const askedOf = asks && !feelsBad(said) && BOOKED.test(dated?.detail?.event ?? '')
        if (askedOf && reframing?.concern === 'deadline') reframing = reframeTo('reframe.answer')
        const deadline = (putRight && !leaving) || askedOf ? undefined : dated
        const when = quotesCustomer(options) && deadline?.detail?.when !== undefined ? unshout(deadline.detail.when) : undefined
        const event = deadline?.detail?.event
        const sayDeadline = when !== undefined && !drafts.some((d) => d.kind === 'reflect' && d.text.includes(when))
        const withEvent = sayDeadline && event !== undefined
        // A customer who says they are leaving hears that, and not that what matters now is getting
        // "this" fixed: a reframe to a concern of theirs (their money back, their data) still stands.
        // One who cancels after a death is not leaving us: they hear the condolences and the reframe.
        const goodbye = leaving && !bereaved
        const turned = goodbye && reframing?.concern === undefined ? undefined : reframing
        if (turned && !(withEvent && turned.concern === 'deadline')) drafts.push({ kind: 'reframe', text: turned.text })
        if (goodbye) {
          drafts.push({ kind: 'acknowledge', text: renderWith(options, 'acknowledge.leaving', {}) })
          warnings.push('customer-leaving')
        }
        if (withEvent) drafts.push({ kind: 'acknowledge', text: renderWith(options, 'acknowledge.deadline', { event: toCustomer(event), when }) })
        // After a reframe to something else ("making sure you're safe"), the date is acknowledged
        // rather than made a second thing that "matters now".
        else if (sayDeadline && deadline?.detail && reframing?.concern !== 'deadline') {
          const as = turned ? 'acknowledge' : 'reframe'
          drafts.push({ kind: as, text: deadlineSentence(options, deadline.detail, as).text })
        }
        // A customer who says it is urgent ("I need this fixed urgently") and names no date hears
        // that it was heard, as `acknowledge` says it. (Not with a request to escalate: "I'm on it"
        // would turn that down. Nor with a next step or a plan, which answer the urgency with a time
        // and say the agent owns the case. Beside good news, only a word of urgency says it: "Thank you
        // very much for fast answer, problem is solve now" and "your driver was so lovely to my nan
        // today, please pass on our thanks" ask for nothing to be hurried; "Thanks! Please send it
        // asap." does.)
        // (Nor "right now" of what the customer cannot face: "I can't deal with this right now".)
        else if (!sayDeadline && !goodbye && !escalation && !input.plan && !input.nextStep && said.signals.some((s) => s.signal === 'urgency' && (!goodNews || s.evidence.some((e) => /urgen|asap|emergenc|immediate/i.test(e.text))) && !s.evidence.every((e) => CANNOT_FACE.test((readText ?? '').slice(Math.max(0, e.start - 40), e.start)) || EXPECTED.test((readText ?? '').slice(Math.max(0, e.start - 16), e.start)))) && hasMessage(options, 'acknowledge.urgent')) {
          drafts.push({ kind: 'acknowledge', text: renderWith(options, 'acknowledge.urgent', {}) })
        }
        // A customer who asked for a manager, or for the case to be escalated, hears that the
        // request was heard. The reply promises nothing about it (whether it goes higher is the
        // team's call, which the warning hands to the caller), and does not say the agent takes the
        // case on themselves, which would turn the request down without saying so.
        if (escalation) {
          drafts.push({ kind: 'acknowledge', text: renderWith(options, 'acknowledge.escalation', {}) })
          warnings.push('escalation-requested')
        }
        break
      }
      case 'own':
        if (reading.polarity.label !== 'positive' && !escalation && (input.plan || input.nextStep)) drafts.push({ kind: 'own', text: renderWith(options, 'own.case', {}) })
        break
      case 'propose': {
        const proposal = propose(input.plan ? { plan: input.plan } : input.nextStep ? { nextStep: input.nextStep } : {}, options)
        if (proposal) for (const part of proposal.parts) drafts.push(part)
        else warnings.push('no-next-step')
        // Offer a call to a customer who has been passed around, unless they cannot take calls or
        // write to say it is put right.
        if (channel === 'email' && !needs.has('no-phone') && !putRight && reading.signals.some(passedAround)) {
          drafts.push({ kind: 'next-step', text: renderWith(options, 'propose.call-offer', {}) })
        }
        break
      }
      case 'sign-off':
        if (channel === 'chat') break
        if (input.agent?.name) drafts.push({ kind: 'sign-off', text: renderWith(options, 'signoff.named', { agent: input.agent.name }) })
        else if (input.agent?.team) drafts.push({ kind: 'sign-off', text: renderWith(options, 'signoff.team', { team: input.agent.team }) })
        break
    }
  }
  let parts = drafts
  if (isPublic) {
    parts = parts.map((part) => {
      const clean = redact(part.text, { kinds: ['email', 'phone', 'card', 'iban', 'national-id', 'url'] })
      if (clean.redactions.length) warnings.push('personal-details-removed')
      return { ...part, text: clean.text }
    })
  }
  if (needs.has('screen-reader')) parts = parts.map((part) => ({ ...part, text: part.text.replace(EMOJI, '').replace(/ {2,}/g, ' ').trim() }))
  const limit = CHANNEL_LIMITS[channel]
  if (limit !== undefined) {
    for (const kind of ['acknowledge', 'own', 'greeting', 'reframe', 'reflect'] as const) {
      if (assemble(channel, parts).text.length <= limit) break
      const index = parts.findIndex((part) => part.kind === kind)
      if (index >= 0) {
        parts = parts.filter((_, k) => k !== index)
        if (!warnings.includes('shortened-for-channel')) warnings.push('shortened-for-channel')
      }
    }
    if (assemble(channel, parts).text.length > limit) warnings.push('over-channel-length')
  }
  const { text, spans } = assemble(channel, parts)
  const note = caseNote(reading, input, input.customer?.consent?.personalize ? input.customer.pronouns : undefined, options, leaving)
  const placed: ReplyPart[] = parts.map((part, k) => ({ kind: part.kind, text: part.text, span: spans[k] as { start: number; end: number } }))
  const reply: Reply = { text, parts: placed, channel, warnings: [...new Set(warnings)] }
  if (note) reply.note = note
  return reply
}

// Whether a feeling is the frustration detectFeelings infers from a length of wait alone (its one
// piece of evidence is the wait's), or the worry it infers from a wait before a time with no event
// ("The parcel has been sat at the depot for a week and I'm flying out on Thursday": its one piece
// of evidence is the time's). Neither is named back: the reply says sorry for the wait and turns to
// the time ("What matters now is getting this sorted before Thursday"), where a worry "about how this
// will turn out" would say less. A worry about an event ("the wedding is in 4 days") is named, and
// so is a lock-out before a time ("I've been locked out of my account and my payroll runs at 5pm
// today": "Being locked out of your account is worrying, especially when you need it").
const fromWait = ({ evidence: [e, ...more] }: FeelingFound, reading: FeelingReading): boolean =>
  more.length === 0 && (reading.signals.some((s) => s.signal === 'waiting' && sameFirst(s, e)) || (!reading.concerns.some((c) => c.concern === 'access') && reading.concerns.some((c) => c.concern === 'deadline' && !c.detail?.event && sameFirst(c, e))))
// Whether a concern's or a signal's first piece of evidence is `e`.
const sameFirst = ({ evidence: [w] }: { evidence: Evidence[] }, e: Evidence | undefined): boolean => w?.start === e?.start && w?.end === e?.end && w?.cue === e?.cue

// A churn threat said as a decision, not a condition: the customer says they are leaving.
const saysLeaving = (s: SignalFound): boolean => s.signal === 'churn-threat' && !s.detail?.conditional

// "she/her" gives "she"; anything the pack's notes do not inflect gives "other", which names the customer.
function pronounKey(pronouns: string | undefined): string {
  const first = pronouns?.trim().toLowerCase().split(/[\s/,]+/)[0]
  return first === 'she' || first === 'he' || first === 'they' ? first : 'other'
}

// (`leaving`: whether the reply heard the customer say they are leaving.)
function caseNote(reading: FeelingReading, input: ComposeReplyInput, pronouns: string | undefined, options: ComposeOptions, leaving: boolean): string | undefined {
  const name = input.customer?.name?.trim() || input.customer?.preferredName?.trim() || 'The customer'
  const internal: ComposeOptions = { ...options, channel: 'email', tone: 'neutral', plain: false }
  const sentences: string[] = []
  // The first sentence names the customer; the ones after it may use their pronouns.
  const pronoun = () => (sentences.length ? pronounKey(pronouns) : 'other')
  const repeat = reading.signals.find((s) => s.signal === 'repeat-contact')?.detail?.count
  if (repeat && repeat >= 2) sentences.push(renderWith(internal, 'note.contacts', { name, count: repeat }))
  const transfers = reading.signals.find((s) => s.signal === 'transferred')?.detail?.count
  if (transfers) sentences.push(renderWith(internal, 'note.transferred', { name, pronoun: pronoun(), count: transfers }))
  if (reading.signals.some((s) => s.signal === 'escalation-request')) sentences.push(renderWith(internal, 'note.escalation', { name, pronoun: pronoun() }))
  if (leaving) sentences.push(renderWith(internal, 'note.leaving', { name, pronoun: pronoun() }))
  const deadline = reading.concerns.find((c) => c.concern === 'deadline')?.detail
  if (deadline?.event && deadline.when && quotesCustomer(internal)) sentences.push(renderWith(internal, 'note.deadline', { name, pronoun: pronoun(), event: aboutCustomer(deadline.event, pronounKey(pronouns)), when: unshout(deadline.when) }))
  if (input.nextStep) sentences.push(renderWith(internal, 'note.promised', { name, pronoun: pronoun(), what: input.nextStep.what, by: input.nextStep.by }))
  return sentences.length ? sentences.join(' ') : undefined
}

// The customer's "my daughter's party", in a note about them: "her daughter's party" with their
// pronouns, "the daughter's party" without.
const POSSESSIVE: Record<string, string> = { she: 'her', he: 'his', they: 'their' }

function aboutCustomer(event: string, pronoun: string): string {
  return unshout(event).replace(/^(my|our|her|his|their|the)\s+/i, `${POSSESSIVE[pronoun] ?? 'the'} `)
}

// The reply's text, with where each part sits in it. Chat, SMS and social: the first part on its own
// line, the rest after it. Phone: one run of speech. Email: the greeting and the sign-off on their
// own, short paragraphs of at most two parts between them, the options as a list.
function assemble(channel: Channel, parts: readonly Omit<ReplyPart, 'span'>[]): { text: string; spans: { start: number; end: number }[] } {
  let text = ''
  const spans: { start: number; end: number }[] = []
  let inParagraph = 0
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as Omit<ReplyPart, 'span'>
    if (channel === 'email') {
      const alone = part.kind === 'greeting' || part.kind === 'sign-off' || part.kind === 'options'
      if (k > 0) text += alone || inParagraph === 0 ? '\n\n' : ' '
      inParagraph = alone || inParagraph === 1 ? 0 : 1
    } else if (k > 0) text += k === 1 && channel !== 'phone' ? '\n' : ' '
    spans.push({ start: text.length, end: text.length + part.text.length })
    text += part.text
  }
  return { text, spans }
}

/**
 * Writes a reply a good agent would be proud of: it greets the customer by the name they prefer,
 * owns an overdue promise first, sets a respectful boundary when the message is abusive, reflects the
 * feeling and the concern behind it, reframes from blame to the outcome, takes ownership, and
 * proposes a repair plan's options (and asks which) or one next step with the time of the next
 * update. Beside a problem (a concern, or a signal other than urgency), thanks and hope are taken as
 * courtesy ("Please help ...", "Thanks, Maria"): the reply names another feeling, or none, and turns
 * to the problem. With no problem in it, a faint bad feeling read from the pack's fitted words alone
 * ("Please don't send me any more emails") is not answered, and joy read only from a wish ("I would
 * love a refund") is not good news. An amount is said back as money owed only when it is: not a price
 * or a bill ("Not what I paid £1,200 for"). A deadline with the event it is for is said back with
 * the event ("I know you need this in time for your daughter's party, Saturday").
 * Each channel gets its form: email a letter with short paragraphs and the options as a list; chat
 * short turns without a letter's frame; phone a spoken script with pauses; SMS at most
 * 320 characters; public social at most 280, humble, with no personal details and an invitation to a
 * private channel. Warm data is used with consent: `screen-reader` removes emoji, `plain-language`
 * uses the pack's plain wordings (short sentences, no idioms), `no-phone` never offers a call.
 *
 * The same input and `seed` give the same reply; different seeds give different natural phrasings.
 * Every part carries its span in the text.
 *
 * @param input - {@link ComposeReplyInput}.
 * @returns The {@link Reply}.
 * @throws {@link AttuneError} with code `invalid-options` listing every problem with its path.
 *
 * @example
 * composeReply({
 *   message: "This is the third time I'm asking. My daughter's party is Saturday!",
 *   nextStep: { what: 'call the courier', by: '2026-11-20T21:00:00Z' },
 *   customer: { name: 'Dana' }, agent: { name: 'Sam' }, channel: 'chat', timeZone: 'America/Chicago',
 * }).text
 * //=> "Hi Dana!\nHaving to contact us 3 times about the same thing is frustrating, and it shouldn't have come to that. I know you need this in time for your daughter's party, Saturday. I'm taking this on myself and I'll see it through. I'll call the courier, and I'll update you by 3:00 PM on Friday."
 *
 * @category Compose
 */
export function composeReply(input: ComposeReplyInput): Reply {
  const checked = check(input)
  if (!checked.ok) throw new AttuneError('invalid-options', checked.issues)
  return build(checked.value)
}

/**
 * The non-throwing form of {@link composeReply}, for input from a bot or untrusted JSON.
 *
 * @param input - {@link ComposeReplyInput}.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * const result = tryComposeReply({ channel: 'fax' })
 * result.ok ? result.value.text : result.issues.map((i) => i.path.join('.'))
 * //=> ['message', 'channel']
 *
 * @category Compose
 */
export function tryComposeReply(input: unknown): Result<Reply> {
  const checked = check(input)
  return checked.ok ? { ok: true, value: build(checked.value) } : checked
}

