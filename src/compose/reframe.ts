import { unshout } from '../acknowledge/acknowledge'
import type { Concern, FeelingReading } from '../types/core'
import { en } from '../packs/en'
import type { ComposeOptions } from './reflect'
import { VALENCE } from '../detect/valence'
import { aboutFraud, aboutScam, amountToQuote, charged, cuesOf, hasMessage, quotesCustomer, raisesTrouble, renderWith } from './reflect'

/**
 * A reframe: from blame to the outcome that matters now.
 *
 * @example
 * const reframing: Reframing = { text: 'What matters now is getting this sorted before Saturday.', concern: 'deadline', key: 'reframe.deadline' }
 *
 * @category Compose
 */
export type Reframing = {
  /** The sentence. */
  text: string
  /** The concern it turns to, when there is one. */
  concern?: Concern
  /** The pack key it was written from. */
  key: string
}

// What matters most first: a person's safety, then what they cannot reach, then a date, money,
// their business, their data.
const ORDER: Concern[] = ['safety', 'access', 'deadline', 'money', 'livelihood', 'privacy']
// About a scam, the customer's data comes straight after safety (`aboutScam`).
const SCAM_ORDER: Concern[] = ['safety', 'privacy', 'deadline', 'access', 'money', 'livelihood']
// Words of money to be given back: a refund, money back, a double charge, an overcharge, money
// still being taken ("you keep taking money", "still charging me").
const MONEY_BACK = /refund|money back|twice|double\b|overcharg|(?:still|keep|kept|keeps) (?:taking|charging)|taking money/i
// What the customer cancelled, in a feeling's evidence: "a service I cancelled", "after I cancelled".
const CANCELLED_BY_CUSTOMER = /\b(?:i|we)(?:'ve| have)? cancell?ed\b|\bafter cancell?ing\b/i

// "before Saturday", "today" (not "before today"), or, for a span ahead, "within nine days" (not "before in nine days"): the
// sentence and the pack key it was written from. As a reframe ("What matters now is getting this
// sorted before Saturday"), or acknowledged after a reframe to something else ("I know you need this
// before Saturday").
export function deadlineSentence(options: ComposeOptions, detail: { when?: string; within?: string }, as: 'reframe' | 'acknowledge'): { text: string; key: string } {
  const [whenKey, withinKey] = as === 'reframe' ? ['reframe.deadline', 'reframe.deadline-within'] : ['acknowledge.deadline-when', 'acknowledge.deadline-within']
  if (detail.within) return { text: renderWith(options, withinKey, { within: unshout(detail.within) }), key: withinKey }
  // Not "before today" or "before this morning": a customer who needs it today hears "today", where
  // the pack has it.
  const today = `${as}.deadline-today`
  if (/^(?:today|this morning)$/i.test(detail.when ?? '') && hasMessage(options, today)) return { text: renderWith(options, today, {}), key: today }
  // Not "before this month" either: "before the end of this month" (this week, this year).
  const when = unshout(detail.when ?? '')
  return { text: renderWith(options, whenKey, { when: /^this (?:week|month|year)$/i.test(when) ? `the end of ${when}` : when }), key: whenKey }
}

/**
 * Turns from what went wrong to what matters now ("What matters now is getting this sorted before
 * Saturday"), picking the most pressing concern the reading found: safety first, then access, a
 * deadline, money, a livelihood, privacy; or the fix itself when none was found. A pack's concern
 * cue may name the reframe its concern gets (`TopicCue.reframe`): the `en` pack asks a customer to
 * stop using a product that sparks or smokes, and turns to getting a service that is down working
 * again rather than to getting them back into an account.
 *
 * @param reading - What `detectFeelings` found.
 * @param options - {@link ComposeOptions}.
 * @returns The {@link Reframing}.
 *
 * @example
 * reframe(detectFeelings('I need the dress by Friday for the wedding')).text
 * //=> 'What matters now is getting this sorted before Friday.'
 *
 * @category Compose
 */
export function reframe(reading: FeelingReading, options: ComposeOptions = {}): Reframing {
  const pack = options.pack ?? en
  const reframes = cuesOf(pack).reframes
  let puzzled = false
  for (const concern of aboutScam(reading) ? SCAM_ORDER : ORDER) {
    const found = reading.concerns.find((c) => c.concern === concern)
    if (!found) continue
    if (concern === 'deadline') {
      if (found.detail?.when && quotesCustomer(options)) return { ...deadlineSentence(options, found.detail, 'reframe'), concern }
      continue
    }
    // The reframe a cue behind the concern asks for, when the pack has it: "stop using it" for a
    // product that sparks, "working again" for a service that is down.
    const asked = found.evidence.map((e) => reframes.get(e.cue)).find((key) => key !== undefined && hasMessage(options, key))
    if (asked) return { text: renderWith(options, asked, {}), concern, key: asked }
    // Otherwise a person's safety, without asking them to stop using anything: a reckless driver
    // or a missing medicine is no product to put down.
    if (concern === 'safety') return { text: renderWith(options, 'reframe.safety-person', {}), concern, key: 'reframe.safety-person' }
    if (concern === 'money') {
      // A message that only asks about money ("Why was I charged £20 this month?", "could you check
      // whether my refund went through?") wants an answer, not a promise of the money back: the charge
      // may be right. (Unless what it asks about is money owed back: "why was I charged twice?") So
      // does one whose confusion outweighs any bad feeling beside it ("I don't understand my bill,
      // what is this £8.50 charge?", "Why is there a $12 fee on my invoice? Nobody told me about it.").
      const confusion = reading.feelings.find((f) => f.feeling === 'confusion')?.intensity ?? 0
      const worst = Math.max(0, ...reading.feelings.filter((f) => VALENCE[f.feeling] === 'negative').map((f) => f.intensity))
      const asksOnly = confusion > 0 && worst === 0
      const asksMostly = confusion > worst
      // (So is a charge for what the customer cancelled: "Why am I being charged for a service I
      // cancelled?")
      const owedBack = found.evidence.some((e) => MONEY_BACK.test(e.text)) || reading.feelings.some((f) => f.evidence.some((e) => CANCELLED_BY_CUSTOMER.test(e.text) || (e.cue === 'service-failure' && MONEY_BACK.test(e.text))))
      const amount = asksMostly && !owedBack ? undefined : amountToQuote(found)
      if (amount) return { text: renderWith(options, 'reframe.money', { amount }), concern, key: 'reframe.money' }
      // Money owed back without a sum ("charged me double, want a refund"): the money, not "this".
      // Not when the message is good news ("I did not expect a refund that quickly") or only asks.
      // (A charge told with a "wow" read as joy is no good news: "Wow. Just wow. Charged for a
      // cancelled flight and no refund.")
      if ((reading.polarity.label !== 'positive' || charged(reading)) && !asksOnly && owedBack && hasMessage(options, 'reframe.money-back')) {
        return { text: renderWith(options, 'reframe.money-back', {}), concern, key: 'reframe.money-back' }
      }
      // A price that went up ("My bill went up £20 and nobody told me why", "the renewal price has
      // doubled"), however the customer feels about it, wants the reason: nothing is broken to be
      // fixed. (Unless they cannot afford it: then the way through comes first, below. So does a
      // price that a business or a charity may have to leave over: "We're a small charity and your
      // price increase means we may have to cancel", not "getting your work back on track".)
      if (!owedBack && found.evidence.some((e) => e.cue === 'amount-difference' || e.cue === 'price-rise')) {
        if (!reading.concerns.some((c) => c.concern === 'livelihood')) return { text: renderWith(options, 'reframe.answer', {}), concern, key: 'reframe.answer' }
        if (hasMessage(options, 'reframe.hardship')) return { text: renderWith(options, 'reframe.hardship', {}), concern: 'livelihood', key: 'reframe.hardship' }
      }
      // A customer who says outright that they do not understand the money ("I don't understand my
      // bill, what is this £8.50 charge?", "My account shows -£400, I don't understand how") wants
      // the answer too, when no other concern asks for more ("someone else's name on my invoice" is
      // their information to secure).
      puzzled = !owedBack && asksMostly && reading.feelings.some((f) => f.feeling === 'confusion' && f.evidence.some((e) => e.cue === 'confused'))
      continue
    }
    // Money taken with the customer's data at risk ("payments I didn't make"): their account made
    // secure, not only their information.
    const key = concern === 'privacy' && aboutFraud(reading) && hasMessage(options, 'reframe.fraud') ? 'reframe.fraud' : `reframe.${concern}`
    return { text: renderWith(options, key, {}), concern, key }
  }
  // A question with nothing broken in it ("can I return this in store?") needs an answer, not a fix;
  // a request with nothing wrong in it ("can I swap them for a 9?"), to be done, even after the
  // customer's own slip ("I ordered the wrong size, sorry! Can I exchange it?").
  if (!reading.feelings.some((f) => f.feeling !== 'embarrassment' && VALENCE[f.feeling] === 'negative')) {
    // (Surprise at something with nothing broken asks for an answer too: "Wait, you're telling me
    // my order shipped to Canada?"; not surprise at a wait, "Wow. Just wow. Three hours for a
    // 'quick' repair.", which asks for the thing to be done.)
    if (reading.feelings.some((f) => f.feeling === 'confusion' || (f.feeling === 'surprise' && !reading.signals.some((s) => s.signal === 'waiting')))) return { text: renderWith(options, 'reframe.answer', {}), key: 'reframe.answer' }
    if (!raisesTrouble(reading)) return { text: renderWith(options, 'reframe.request', {}), key: 'reframe.request' }
  }
  if (puzzled) return { text: renderWith(options, 'reframe.answer', {}), concern: 'money', key: 'reframe.answer' }
  return { text: renderWith(options, 'reframe.generic', {}), key: 'reframe.generic' }
}
