import { sameLanguage } from '../_lib/intl'
import { CHARGE } from '../_lib/topics'
import { sayDuration, toCustomer, unshout } from '../acknowledge/acknowledge'
import { VALENCE } from '../detect/valence'
import { en } from '../packs/en'
import { renderMessage } from '../packs/renderMessage'
import type { RenderMessageOptions } from '../packs/renderMessage'
import type { Channel, Concern, ConcernFound, Feeling, FeelingReading, Signal, Tone } from '../types/core'
import type { Pack } from '../types/pack'

/**
 * Options shared by the composers.
 *
 * @example
 * const options: ComposeOptions = { channel: 'email', tone: 'warm', seed: 'ticket-48213' }
 *
 * @category Compose
 */
export type ComposeOptions = {
  /** The pack to write with. @defaultValue the `en` pack */
  pack?: Pack
  /** The channel, for its variants. @defaultValue 'email' */
  channel?: Channel
  /** The register. @defaultValue 'neutral' */
  tone?: Tone
  /** Picks among equivalent phrasings: the same seed, the same reply. */
  seed?: string | number
  /** Time zone for dates and times. @defaultValue 'UTC' */
  timeZone?: string
  /** Output format, for escaping. @defaultValue 'text' */
  format?: RenderMessageOptions['format']
  /** Plain-language wording (short sentences, no idioms) where the pack has it. @defaultValue false */
  plain?: boolean
}

/**
 * A reflection: one sentence naming the customer's main feeling and the concern behind it.
 *
 * @example
 * const reflection: Reflection = { text: "It sounds like you're worried it won't be ready in time for your daughter's party, Saturday.", feeling: 'anxiety', concern: 'deadline', key: 'reflect.anxiety.deadline' }
 *
 * @category Compose
 */
export type Reflection = {
  /** The sentence. */
  text: string
  /** The feeling it names (always one the reading found). */
  feeling: Feeling
  /** The concern it names, when it names one. */
  concern?: Concern
  /** The signal it names, when it names one. */
  signal?: Signal
  /** The pack key it was written from. */
  key: string
}

/** Renders a pack message with the shared composer options. */
export function renderWith(options: ComposeOptions, key: string, values: Parameters<typeof renderMessage>[2]): string {
  const pack = options.pack ?? en
  return renderMessage(pack, key, values, {
    channel: options.channel ?? 'email',
    tone: options.tone ?? 'neutral',
    format: options.format ?? 'text',
    timeZone: options.timeZone ?? 'UTC',
    plain: options.plain ?? false,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  })
}

/** Whether the composers' pack has the message `key` (a pack may leave out the finer wordings). */
export function hasMessage(options: ComposeOptions, key: string): boolean {
  return Object.hasOwn((options.pack ?? en).messages, key)
}

/**
 * Whether a reply in this pack may quote the customer's own words from a reading (an event, a time,
 * a duration): they are in the language the pack's detection tables read, which must be the language
 * of its messages. The es, fr, de and pt-BR packs read with the English tables, so their replies say
 * "antes de Saturday" nowhere: they use the wordings without those details.
 */
export function quotesCustomer(options: ComposeOptions): boolean {
  const pack = options.pack ?? en
  return sameLanguage(pack.detect?.language, pack.locale)
}

// Feelings met with the trouble that caused them: a count of contacts, a transfer, a wait. (Not
// exhaustion: worn out, the customer hears that first, not the count of their contacts.)
const FRUSTRATED: ReadonlySet<Feeling> = new Set(['frustration', 'anger'])

/**
 * The amount a reply may quote for a money concern: the one the customer named, or none when they
 * named several ("gone up from £45 to £120": neither is the money to give back), or when the amount
 * is all there is of money, or that and a word for paying or a bill ("for £180 I expected better",
 * "Not what I paid £1,200 for", "My bill is £300 higher than it should be" name a price or a bill,
 * not money owed), or when it is one of several payments ("two payments of £79.99").
 */
export function amountToQuote(found: ConcernFound | undefined): string | undefined {
  const evidence = found?.evidence ?? []
  const named = new Set(evidence.filter((e) => e.cue === 'amount').map((e) => e.text))
  const priceOnly = evidence.length > 0 && evidence.every((e) => e.cue === 'amount' || PRICE_WORD.test(e.text))
  // (Nor one of several payments: "two payments of £79.99 leaving my account" owes more than £79.99.)
  if (evidence.some((e) => /^(?:payments|transactions|debits)$/i.test(e.text))) return undefined
  // (Never a sum of nothing: "a bill for £0.00 and then a late fee" owes no £0.00 back.)
  const amount = found?.detail?.amount
  return named.size <= 1 && !priceOnly && amount !== undefined && /[1-9]/.test(amount) ? amount : undefined
}

// A word that names a price or a bill, not money taken wrongly.
const PRICE_WORD = /^(?:paid|pay|bill|bills|cost|costs|price)$/i

/** Whether the reading raises something to put right: a concern, or a signal of trouble (any but urgency). */
export function raisesTrouble(reading: FeelingReading): boolean {
  return reading.concerns.length > 0 || reading.signals.some((s) => s.signal !== 'urgency')
}

// A message about a scam ("a text saying my account has been suspended and to click a link", "an
// email saying my account is locked, is this genuine?") is about the customer's data: what the scam
// claims, a locked account or a sum owed, is its bait, not their trouble.
const SCAM = /scam(?!med)|phish|genuine|legit|link|claiming|pretending|fake|impersonat|from you|really you|actually you/i
/** Whether the reading's privacy concern is a scam (its evidence says so). */
export const aboutScam = (reading: FeelingReading): boolean => reading.concerns.some((c) => c.concern === 'privacy' && c.evidence.some((e) => SCAM.test(e.text)))
/**
 * Whether the reading's privacy concern is money taken or spent without the customer's say ("three
 * payments on my statement I didn't make", "someone has taken £400 out of my account and it wasn't
 * me", "my card has been used"): money read beside a privacy concern told as what the customer did
 * not do or a card or account misused, and no scam's bait. (Not a data leak or someone else's bill:
 * "Someone leaked my address to a debt collector", "I've been sent a bill for someone else's
 * account", "a letter saying I owe £1,200 but I've never had an account with you".)
 */
export const aboutFraud = (reading: FeelingReading): boolean =>
  !aboutScam(reading) && reading.concerns.some((c) => c.concern === 'money') && reading.concerns.some((c) => c.concern === 'privacy' && c.evidence.some((e) => e.cue === 'not-me' || e.cue === 'card-freeze' || (FRAUD.test(e.text) && !/in my name/i.test(e.text))))
const FRAUD = /card|wallet|purse|drained|emptied|scammed|cloned|hacked|unauthori[sz]ed|fraud|never authori[sz]ed|didn't authori[sz]e|never made|not made by me|didn't make|didn't place/i

/**
 * The concern a worry was read from, when `detectFeelings` read it from the concern's own words
 * only (someone else in the customer's account: "Someone has bought two phones on my account"), so
 * every piece of its evidence is a piece of the concern's.
 */
export function worryFrom(reading: FeelingReading): Concern | undefined {
  const worry = reading.feelings.find((f) => f.feeling === 'anxiety')
  return worry && worry.evidence.length > 0 ? reading.concerns.find((c) => worry.evidence.every((e) => c.evidence.some((x) => x.start === e.start && x.end === e.end)))?.concern : undefined
}

/**
 * Whether the reading's money concern is a charge the customer tells of ("Charged for a cancelled
 * flight", "they've overcharged me", "double charged"): no good news, whatever the words around it.
 */
export const charged = (reading: FeelingReading): boolean => reading.concerns.some((c) => c.concern === 'money' && c.evidence.some((e) => CHARGE.test(e.text)))

/** Whether the reading found a feeling of negative valence. */
export function feelsBad(reading: FeelingReading): boolean {
  return reading.feelings.some((f) => VALENCE[f.feeling] === 'negative')
}

/** What the composers need to know of a pack's cues, by cue id. */
export type PackCues = {
  /** The ids of its feeling cues: evidence with one of these is something the customer said, not only a fitted word's lean. */
  feelingIds: ReadonlySet<string>
  /** The reframe message each concern cue asks for (`TopicCue.reframe`). */
  reframes: ReadonlyMap<string, string>
  /**
   * The ids of its easing cues, which lift joy while they take frustration and worry away ("no
   * worries", "no rush", "take your time"): kindness to the agent, not good news.
   */
  easing: ReadonlySet<string>
  /** The ids of its mishap cues (`FeelingCue.mishap`): something that went wrong ("arrived broken", "still not fixed"). */
  mishaps: ReadonlySet<string>
}

const packCues = new WeakMap<Pack, PackCues>()
/** {@link PackCues} of `pack`, worked out once per pack. */
export function cuesOf(pack: Pack): PackCues {
  let cues = packCues.get(pack)
  if (!cues) {
    const detect = pack.detect
    cues = {
      feelingIds: new Set((detect?.feelingCues ?? []).map((cue) => cue.id)),
      reframes: new Map((detect?.concernCues ?? []).flatMap((cue) => (typeof cue.reframe === 'string' ? [[cue.id, cue.reframe] as const] : []))),
      easing: new Set((detect?.feelingCues ?? []).filter(({ feelings: f }) => (f.joy ?? 0) > 0 && (f.frustration ?? 0) < 0 && (f.anxiety ?? 0) < 0).map((cue) => cue.id)),
      mishaps: new Set((detect?.feelingCues ?? []).filter((cue) => cue.mishap).map((cue) => cue.id)),
    }
    packCues.set(pack, cues)
  }
  return cues
}

/**
 * Names the customer's main feeling, without judgment, in one sentence, and the concern behind it
 * when the reading found one ("It sounds like you're worried it won't be ready in time for your
 * daughter's party, Saturday"). It names only a feeling the reading found, never a pseudo-feeling
 * that accuses ("ignored", "cheated"), and reflects positive feelings too. Disappointment or surprise
 * beside a safety concern is not named (it would make light of the danger), and worry beside one is
 * named before any other bad feeling. Confusion read only
 * from a question mark and question words is not named back (a question is not a confusing
 * experience), nor surprise read only from "wondering" ("I was wondering if you could ..."); the
 * next feeling is. Worry with relief beside it is over, so the relief is named.
 * A good feeling only just ahead of a bad one (within 0.05), or joy beside a failure the pack's cues
 * name at 0.5 or more, gives way to the bad feeling: the complaint is what a reply answers.
 * A death the customer mentions is met with condolences before any other feeling. With no feeling
 * found, it returns `null`: no reflection is better than an invented one.
 *
 * @param reading - What `detectFeelings` found in the customer's message.
 * @param options - {@link ComposeOptions}.
 * @returns The {@link Reflection}, or `null`.
 *
 * @example
 * reflect(detectFeelings("I'm so worried my daughter's party gift won't arrive before Saturday!"))?.text
 * //=> "It sounds like you're worried it won't be ready in time for your daughter's party, Saturday."
 *
 * @category Compose
 */
export function reflect(reading: FeelingReading, options: ComposeOptions = {}): Reflection | null {
  // Confusion read only from a question mark and question words, with none of the pack's cues
  // ("confusing", "I don't understand", 😕) but the one for a question that asks to know something
  // ('asks-about'), is a question, not a feeling to name back ("Do you ship to Canada?", "could you
  // confirm whether ..."): the next feeling is reflected, if any. So is surprise read only from
  // "wondering" or "wonder" (on Reddit, mostly surprise): "Hi, just wondering if my order has
  // shipped yet?" asks, and hears no "this came as a surprise".
  const { feelingIds: cues, easing } = cuesOf(options.pack ?? en)
  const first = reading.feelings.find((f) =>
    f.feeling === 'confusion' ? f.evidence.some((e) => cues.has(e.cue) && e.cue !== 'asks-about') : f.feeling !== 'surprise' || !f.evidence.every((e) => /^wonder/i.test(e.text)),
  )
  if (!first) return null
  let feeling = first.feeling
  // A good feeling only just ahead of a bad one ("lol your chatbot told me to contact customer
  // service"), or joy beside a failure the customer tells in the pack's words ("Haha great, my parcel
  // went to the wrong house again", "Great phone, terrible battery life"): the complaint is what the
  // reply must answer, so the bad feeling is named.
  if (VALENCE[feeling] === 'positive') {
    const bad = reading.feelings.find((f) => VALENCE[f.feeling] === 'negative' && (f.intensity >= first.intensity - 0.05 || (feeling === 'joy' && f.intensity >= 0.3 && (f.evidence.some((e) => cues.has(e.cue)) || !first.evidence.some((e) => cues.has(e.cue))))))
    if (bad) feeling = bad.feeling
  }
  const has = (signal: Signal) => reading.signals.find((s) => s.signal === signal)
  const concern = (c: Concern) => reading.concerns.find((found) => found.concern === c)
  // Beside a danger, a livelihood or an event's date at stake, a worry the customer names leads any
  // other bad feeling ("the alarm keeps going off at 3am and my mother is terrified", "I can't afford
  // another month of this, my business is losing customers", "My son's school trip is on Friday and
  // his passport still hasn't arrived. We're panicking."), and any puzzlement ("My cat is going into
  // surgery tomorrow morning and I still don't know if you'll cover it. I'm so anxious."): the fear is
  // what the reply answers first.
  // (Not a worry read only from the deadline's own words beside the bad feeling: `detectFeelings`
  // reads one there, mild, and the customer said the frustration or the sadness.)
  if ((VALENCE[feeling] === 'negative' || feeling === 'confusion') && feeling !== 'anxiety' && (concern('safety') || concern('livelihood') || concern('deadline')?.detail?.event) && reading.feelings.some((f) => f.feeling === 'anxiety') && worryFrom(reading) !== 'deadline') feeling = 'anxiety'
  // Surprise beside a bad feeling read at 0.3 or more ("Wow. Just wow. Two hours on hold to be told
  // to call back tomorrow.", "Can't believe I've been charged £45 for a missed appointment when YOUR
  // engineer didn't turn up", "I can't believe how rude your driver was.", "I'm genuinely shocked at
  // how badly this has been handled.") is exasperation: the bad feeling is named.
  if (feeling === 'surprise') {
    // A customer who says they are leaving over it ("honestly can't believe how bad this has been.
    // never ordering again") is let down, not surprised.
    // So is surprise at a wait ("Wow. Just wow. Three hours for a 'quick' repair.") or at a charge
    // ("Wow. Just wow. Charged for a cancelled flight and no refund."): frustration.
    feeling = reading.feelings.find((f) => VALENCE[f.feeling] === 'negative' && f.intensity >= 0.3)?.feeling ?? (has('churn-threat') ? 'disappointment' : has('waiting') || charged(reading) ? 'frustration' : feeling)
  }
  // Relief is the end of a worry: "I was so nervous ... what a relief" is met with the relief. So is
  // thanks with a worry said to be lifted ("Oh that's such a relief, thank you!"): the relief is
  // what the customer feels, the thanks their courtesy. (After surprise has given way to a worry:
  // "omg thank god it's arrived, was panicking it wouldn't come in time" is relief too.)
  if ((feeling === 'anxiety' && reading.feelings.some((f) => f.feeling === 'relief')) || (feeling === 'gratitude' && reading.feelings.some((f) => f.feeling === 'relief' && f.evidence.some((e) => WORRY_LIFTED.test(e.text))))) feeling = 'relief'
  // An apology for writing at all ("Sorry for the long email. I'm just so stressed about all of this,
  // the move is on Friday") is courtesy: a bad feeling beside it is what the reply answers (not one
  // read from the apology's own words: the sorrow of "Sorry to be a pain!").
  // (Not an apology for the customer's own conduct, told just after it: "I'm so sorry for the rude
  // message yesterday", "Apologies for my angry email": the rudeness is theirs, owned, and the
  // apology is what the reply answers.)
  if (feeling === 'embarrassment' && bothers(reading) && !reading.feelings.some((f) => f.evidence.some((e) => CONDUCT.test(e.text) && first.evidence.some((s) => e.start > s.end && e.start - s.end < 12)))) {
    const sorry = new Set(first.evidence.map((e) => e.start))
    feeling = reading.feelings.find((f) => f.feeling !== feeling && VALENCE[f.feeling] === 'negative' && f.intensity >= 0.3 && !f.evidence.some((e) => sorry.has(e.start)))?.feeling ?? feeling
  }
  // Beside a danger ("the charger caught fire, my son could have been hurt"), "this isn't what you
  // expected" or "this came as a surprise" would make light of it: disappointment and surprise are
  // not named, and the reply turns to safety.
  if ((feeling === 'disappointment' || feeling === 'surprise') && concern('safety')) return null
  // A customer who has lost someone ("my late father's account", "passed away") hears condolences,
  // before any frustration with us ("Since my father passed I've been trying to cancel his broadband
  // for six weeks"): the pack's `bereaved` cue is the one cue for a death.
  if (reading.feelings.some((f) => f.feeling === 'sadness' && f.evidence.some((e) => e.cue === 'bereaved'))) {
    return { text: renderWith(options, 'reflect.sadness.bereaved', {}), feeling: 'sadness', key: 'reflect.sadness.bereaved' }
  }
  if (feeling === 'anxiety') {
    const deadline = concern('deadline')
    if (deadline?.detail?.event && deadline.detail.when && quotesCustomer(options)) {
      // (Locked out or cut off before it, "the app won't let me check in and the flight is in 2
      // hours": what may not be ready is their access: "this won't be sorted in time".)
      const key = concern('access') && hasMessage(options, 'reflect.anxiety.deadline-access') ? 'reflect.anxiety.deadline-access' : 'reflect.anxiety.deadline'
      return { text: renderWith(options, key, { event: toCustomer(deadline.detail.event), when: unshout(deadline.detail.when) }), feeling, concern: 'deadline', key }
    }
    const scam = aboutScam(reading)
    const amount = scam ? undefined : amountToQuote(concern('money'))
    if (amount) return { text: renderWith(options, 'reflect.anxiety.money', { amount }), feeling, concern: 'money', key: 'reflect.anxiety.money' }
    const pack = options.pack ?? en
    // A worry read from a concern's own words (someone in the account: "My account got hacked") is
    // met as that concern's worry first, not as being locked out of it.
    const from = worryFrom(reading)
    const order: Concern[] = scam ? ['safety', 'privacy'] : ['safety', 'access', 'privacy', 'livelihood']
    for (const c of from && order.includes(from) ? [from, ...order] : order) {
      const found = concern(c)
      if (!found) continue
      // A cue that asks for its own reframe reads the concern in another sense: a boiler that is down
      // is no account to be locked out of, a lost job no business. Its reflection is the one for that
      // sense ("reframe.hardship" asks for "reflect.anxiety.hardship"), or the plain worry. A danger
      // of any kind (a smell of gas asks for "reframe.gas") is still a danger: with no reflection of
      // its own, the one for safety is used.
      const { reframes } = cuesOf(pack)
      // A livelihood told only as the customer's job ("I'm afraid I'll lose my job over this", "I need
      // it for work") is their work, not a business of theirs.
      // Data at risk beside money taken ("payments I didn't make") is a worry for their money.
      const sense = found.evidence.map((e) => reframes.get(e.cue)).find((key) => key !== undefined)?.slice('reframe.'.length) ?? (c === 'livelihood' && found.evidence.every((e) => JOB.test(e.text)) ? 'job' : c === 'privacy' && aboutFraud(reading) && hasMessage(options, 'reflect.anxiety.fraud') ? 'fraud' : c)
      const key = [`reflect.anxiety.${sense}`, ...(c === 'safety' ? ['reflect.anxiety.safety'] : [])].find((k) => hasMessage(options, k))
      if (key) return { text: renderWith(options, key, {}), feeling, concern: c, key }
      break
    }
  }
  if (FRUSTRATED.has(feeling)) {
    const repeat = has('repeat-contact')
    if (repeat?.detail?.count && repeat.detail.count >= 2) return { text: renderWith(options, 'reflect.frustration.repeat-contact', { count: repeat.detail.count }), feeling, signal: 'repeat-contact', key: 'reflect.frustration.repeat-contact' }
    if (has('transferred')) return { text: renderWith(options, 'reflect.frustration.transferred', {}), feeling, signal: 'transferred', key: 'reflect.frustration.transferred' }
    const waiting = has('waiting')
    if (waiting?.detail?.duration && feeling === 'frustration' && quotesCustomer(options)) return { text: renderWith(options, 'reflect.frustration.waiting', { duration: sayDuration(waiting.detail.duration) }), feeling, signal: 'waiting', key: 'reflect.frustration.waiting' }
  }
  // "There's nothing to apologise for" answers a customer who apologises or owns a slip ("Sorry, I
  // entered the wrong address"). Embarrassment from what happened to them ("my card was declined
  // in front of a client") is met with sympathy instead.
  if (feeling === 'embarrassment' && !apologises(reading)) {
    return { text: renderWith(options, 'reflect.embarrassment.caused', {}), feeling, key: 'reflect.embarrassment.caused' }
  }
  // A slip only told, with no apology nor shame said ("Please cancel my order, I ordered the wrong
  // colour", "I accidentally ordered two of the same item"), is met without "There's nothing to
  // apologise for": nobody apologised.
  if (feeling === 'embarrassment' && reading.feelings.some((f) => f.feeling === 'embarrassment' && f.evidence.every((e) => e.cue === 'own-mistake')) && hasMessage(options, 'reflect.embarrassment.slip')) {
    return { text: renderWith(options, 'reflect.embarrassment.slip', {}), feeling, key: 'reflect.embarrassment.slip' }
  }
  // A question the customer calls silly ("Sorry if this is a silly question, but how do I turn off the
  // beep?"), with no slip owned beside it, is met as a question: nothing has gone wrong that "happens
  // more often than you'd think".
  if (feeling === 'embarrassment' && callsQuestionSilly(reading) && hasMessage(options, 'reflect.embarrassment.question')) {
    return { text: renderWith(options, 'reflect.embarrassment.question', {}), feeling, key: 'reflect.embarrassment.question' }
  }
  // An apology for asking at all ("Sorry to bother you, do you ship to Ireland?") owns no slip: it
  // is not told that "this happens more often than you'd think".
  if (feeling === 'embarrassment' && bothers(reading) && hasMessage(options, 'reflect.embarrassment.bother')) {
    return { text: renderWith(options, 'reflect.embarrassment.bother', {}), feeling, key: 'reflect.embarrassment.bother' }
  }
  // Relief read only from something put right ("nvm, sorted it myself", "finally arrived"), with no
  // worry named and none said to be lifted ("what a relief", "phew"): the customer is glad it is
  // sorted, not freed of a worry they never told of.
  if (feeling === 'relief' && !reading.feelings.some((f) => f.feeling === 'anxiety' || (f.feeling === 'relief' && f.evidence.some((e) => WORRY_LIFTED.test(e.text)))) && hasMessage(options, 'reflect.relief.sorted')) {
    return { text: renderWith(options, 'reflect.relief.sorted', {}), feeling, key: 'reflect.relief.sorted' }
  }
  // Joy read only from an easing cue ("No problem at all, take your time", "no rush, the wrong colour
  // came") is patience the customer offers: it is thanked, not met with "That's great to hear".
  if (feeling === 'joy' && first.feeling === 'joy' && first.evidence.every((e) => easing.has(e.cue))) {
    return { text: renderWith(options, 'reflect.gratitude', {}), feeling, key: 'reflect.gratitude' }
  }
  // Disappointment read from the customer's own "upset" or "hurt" ("missed my mum's birthday dinner.
  // really upset.", "I'm really hurt by how I was treated") is met as that: an upset, not an
  // expectation let down.
  const said = reading.feelings.find((f) => f.feeling === feeling)?.evidence[0]?.cue
  const key = feeling === 'disappointment' && (said === 'upset' || said === 'hurt') ? 'reflect.anger' : `reflect.${feeling}`
  return { text: renderWith(options, key, {}), feeling, key }
}

// A livelihood's evidence that is the customer's employment: "my job", "my employer", "my shifts",
// "can't work", "my wages" (not "my business", "my shop", "my clients", "payroll").
const JOB = /\b(?:job|employer|shifts|wages|work|salary|pay)\b/i

// Relief told as a worry lifted, in its evidence: "relieved", "what a relief", "phew", "thank god",
// "a weight off", "I can breathe again".
const WORRY_LIFTED = /reliev|relief|phew|thank (?:god|goodness)|weight off|breathe/i

/**
 * Whether embarrassment is read from an apology alone, with no slip owned anywhere in the reading
 * ("Sorry to bother you, do you ship to Ireland?"; not "Sorry, I entered the wrong address", nor
 * "sorry, I've locked myself out"). (Internal.)
 */
export function bothers(reading: FeelingReading): boolean {
  const found = reading.feelings.find((f) => f.feeling === 'embarrassment')
  const evidence = [...reading.feelings, ...reading.concerns].flatMap((f) => f.evidence)
  return found !== undefined && found.evidence.every((e) => SAYS_SORRY.test(e.text)) && !evidence.some((e) => e.cue === 'own-mistake' || SLIP.test(e.text))
}
// The customer's own conduct, in a feeling's evidence: "rude", "angry", "snapping", "shouting",
// "swearing", "temper".
const CONDUCT = /rude|angry|snap|shout|swear|temper|harsh/i
const SLIP = /my (?:fault|bad|mistake)|silly|stupid|dumb|idiot|fool|myself|forg[eo]t|wrong/i
// Evidence that is an apology and nothing more: "sorry", "so sorry", "apologies", and shame at
// asking ("embarrassed to ask", which the en pack's 'embarrassed' cue reads whole).
const SAYS_SORRY = /^(?:really |so )?(?:sorry|apolog)| to ask$/i

// Whether embarrassment is read from a question the customer calls silly ("silly question", "stupid
// question"), with nothing beside it but an apology: no slip owned ("My mistake, I typed it wrong").
function callsQuestionSilly(reading: FeelingReading): boolean {
  const found = reading.feelings.find((f) => f.feeling === 'embarrassment')
  const question = (e: { text: string }) => / question/i.test(e.text)
  return found !== undefined && found.evidence.some(question) && found.evidence.every((e) => question(e) || SAYS_SORRY.test(e.text))
}

// An apology or a slip owned, in the evidence of embarrassment: "sorry", "my apologies", "my
// mistake", "my bad", "silly question", "I feel like an idiot", "I entered the wrong ..." (the
// `own-mistake` cue), or shame at asking ("embarrassed to ask").
const APOLOGY = /sorry|apolog|my (?:fault|bad|mistake)|silly|stupid|dumb|idiot|fool|forgot| to ask$/i
function apologises(reading: FeelingReading): boolean {
  const found = reading.feelings.find((f) => f.feeling === 'embarrassment')
  return found !== undefined && found.evidence.some((e) => e.cue === 'own-mistake' || APOLOGY.test(e.text))
}
