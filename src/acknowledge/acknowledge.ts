import { Checker, isRecord, joinParts, localDate } from '../_lib/check'
import { detectFeelings } from '../detect/detectFeelings'
import { en } from '../packs/en'
import { renderMessage } from '../packs/renderMessage'
import type { RenderMessageOptions } from '../packs/renderMessage'
import { AttuneError } from '../types/AttuneError'
import type { Channel, CustomerContext, FeelingReading, Milestone, Result, Tone } from '../types/core'
import type { Pack } from '../types/pack'

/**
 * What {@link acknowledge} needs: who, what was received, the next milestone with its time, and
 * where the customer gets updates.
 *
 * @example
 * const input: AcknowledgeInput = {
 *   customer: { name: 'Dana Whitfield', preferredName: 'Dana', consent: { personalize: true } },
 *   topic: 'your order #A-20931',
 *   message: 'My daughter’s party is Saturday and the gift has not shipped!',
 *   nextMilestone: { what: 'a confirmed delivery date from the courier', by: '2026-11-20T21:00:00Z' },
 *   updates: { channel: 'email' },
 *   owner: { name: 'Sam', team: 'Orders' },
 *   now: '2026-11-20T15:00:00Z',
 *   channel: 'chat',
 * }
 *
 * @category Acknowledge
 */
export type AcknowledgeInput = {
  /** Warm data; without consent only the name is used. */
  customer?: CustomerContext
  /** What the customer wrote about, in words that fit "about {topic}". */
  topic?: string
  /** The customer's reading, when you have one. */
  reading?: FeelingReading
  /** Or the customer's message, read with `detectFeelings`. */
  message?: string
  /** The next thing that will happen, and when: in the future, within the horizon. */
  nextMilestone: Milestone
  /** Where updates go. */
  updates: UpdatesChannel
  /** Who owns the case. */
  owner?: CaseOwner
  /** The current time, ISO 8601: attune never reads the clock. */
  now: string
  /** The channel the acknowledgment goes out on. */
  channel: Channel
  /** The pack to write with. @defaultValue the `en` pack */
  pack?: Pack
}

/**
 * Where a customer gets updates.
 *
 * @example
 * const updates: UpdatesChannel = { channel: 'SMS', how: 'to the number ending 42' }
 *
 * @category Acknowledge
 */
export type UpdatesChannel = {
  /** The channel, in words ("email", "this chat", "SMS"). */
  channel: string
  /** How, if it needs saying ("to the number ending 42"). */
  how?: string
}

/**
 * Who owns a case.
 *
 * @example
 * const owner: CaseOwner = { name: 'Sam', team: 'Orders' }
 *
 * @category Acknowledge
 */
export type CaseOwner = {
  /** The owner's name, as the customer should call them. */
  name: string
  /** Their team. */
  team?: string
}

/**
 * The {@link acknowledge} function options.
 *
 * @example
 * const options: AcknowledgeOptions = { tone: 'warm', seed: 'ticket-48213', timeZone: 'America/Chicago' }
 *
 * @category Acknowledge
 */
export type AcknowledgeOptions = {
  /** The register. @defaultValue 'neutral' */
  tone?: Tone
  /** Picks among equivalent phrasings (a ticket id works well). */
  seed?: string | number
  /** Time zone for the milestone; the customer's, when their warm data has one. @defaultValue 'UTC' */
  timeZone?: string
  /** Output format, for escaping. @defaultValue 'text' */
  format?: RenderMessageOptions['format']
  /** How far ahead a milestone may be, in hours: a promise further out is not a next step. @defaultValue 168 */
  horizonHours?: number
}

/**
 * A part of an acknowledgment, by what it does.
 *
 * @example
 * const part: AcknowledgmentPart = { kind: 'milestone', text: 'Next step: a refund, by 3:00 PM today.' }
 *
 * @category Acknowledge
 */
export type AcknowledgmentPart = {
  /** What the part does. */
  kind: 'greeting' | 'received' | 'urgency' | 'deadline' | 'owner' | 'milestone' | 'updates'
  /** Its text. */
  text: string
}

/**
 * A micro-acknowledgment: who, what next, by when, and where to ask.
 *
 * @example
 * const ack: Acknowledgment = { text: 'Hi Dana! ...', parts: [], milestone: { what: 'a refund', by: '2026-11-20T21:00:00.000Z' } }
 *
 * @category Acknowledge
 */
export type Acknowledgment = {
  /** The whole message. */
  text: string
  /** Its parts, in order. */
  parts: AcknowledgmentPart[]
  /** The milestone promised, normalised. */
  milestone: Milestone
}

type Checked = {
  name: string | undefined
  topic: string | undefined
  reading: FeelingReading | undefined
  what: string
  by: number
  updates: string
  owner: { name: string; team?: string } | undefined
  now: number
  channel: Channel
  pack: Pack
  timeZone: string
}

// Days, months and holidays, which English writes with a capital letter.
const PROPER_TIMES = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december|christmas|easter|hanukkah|diwali|eid|thanksgiving)\b/g

// Shorthand for a time, as a reply writes it out: "2 hrs" is "2 hours", "tmrw" "tomorrow".
const SHORTHAND: Readonly<Record<string, string>> = { hr: 'hour', hrs: 'hours', min: 'minute', mins: 'minutes', wk: 'week', wks: 'weeks', tmr: 'tomorrow', tmrw: 'tomorrow' }
// A count of more than one before a unit in the singular ("3 week", "two day"), which a reply says
// in the plural.
const SINGULAR_AFTER_COUNT = /\b((?!1\b)\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (minute|hour|day|week|month|year)\b/gi

/**
 * A phrase quoted from the customer, said back without the capitals they wrote it in: "3 WEEKS" is
 * "3 weeks" and "MY DAUGHTER'S PARTY" "my daughter's party", while English day, month and holiday
 * names keep their capital ("SATURDAY" is "Saturday"). A phrase with a lower-case letter in it keeps
 * its capitals. Shorthand for a time is written out ("2 hrs" is "2 hours", "tmrw" "tomorrow"), and a
 * unit after a count of more than one is plural ("3 week" is "3 weeks"). (Internal: the composers
 * quote events, times and durations through it.)
 */
export function unshout(phrase: string): string {
  const said = !/\p{Lu}/u.test(phrase) || /\p{Ll}/u.test(phrase) ? phrase : phrase.toLowerCase().replace(PROPER_TIMES, (word) => word.charAt(0).toUpperCase() + word.slice(1))
  return said.replace(/\b(?:hrs?|mins?|wks?|tmrw?)\b/gi, (word) => SHORTHAND[word.toLowerCase()] as string).replace(SINGULAR_AFTER_COUNT, '$1 $2s')
}

/**
 * A duration the customer wrote, as said in the middle of a sentence: no duration starts with a name,
 * so "Three weeks", capitalised because it opened the customer's sentence, is "three weeks".
 * (Internal, like `unshout`.)
 */
export function sayDuration(duration: string): string {
  const said = unshout(duration)
  return said.charAt(0).toLowerCase() + said.slice(1)
}

/**
 * Words the customer wrote about their own things, as the agent says them back: "My daughter's
 * party" becomes "your daughter's party", and a bare "trip" (or "Trip", opening a sentence) becomes
 * "the trip".
 */
export function toCustomer(phrase: string): string {
  const said = unshout(phrase).replace(/^(my|our|mine)\b/i, 'your').replace(/^(Her|His|Their|The)\b/, (word) => word.toLowerCase())
  // A bare noun ("trip") is said with "the", so the sentence stays grammatical, and without the
  // capital it had for opening the customer's sentence ("Wedding is Saturday": "the wedding").
  return /^(your|the|a|an|this|that|his|her|their|its)\b/i.test(said) || /^\S+'s\b/.test(said) ? said : `the ${said.charAt(0).toLowerCase() + said.slice(1)}`
}

/** The name to greet: the preferred one with consent to personalise, else the first name. */
export function nameOf(customer: CustomerContext | undefined): string | undefined {
  if (!customer) return undefined
  if (customer.consent?.personalize && customer.preferredName?.trim()) return customer.preferredName.trim()
  return customer.name?.trim().split(/\s+/)[0] || undefined
}

function check(input: unknown, options: AcknowledgeOptions): Result<Checked> {
  const c = new Checker()
  if (!isRecord(input)) return { ok: false, issues: [{ code: 'not-an-object', path: [], message: 'Expected the acknowledgment input object' }] }
  const now = c.time(input['now'], ['now'], 'now')
  const milestone = input['nextMilestone']
  let what: string | undefined
  let by: number | undefined
  if (!isRecord(milestone)) c.add('required', ['nextMilestone'], 'Expected nextMilestone: { what, by }')
  else {
    what = c.text(milestone['what'], ['nextMilestone', 'what'], 'What happens next')
    by = c.time(milestone['by'], ['nextMilestone', 'by'], 'the milestone time')
  }
  const horizon = c.number(options.horizonHours, ['options', 'horizonHours'], 'horizonHours', { min: 1, optional: true }) ?? 168
  if (now !== undefined && by !== undefined) {
    if (by <= now) {
      c.add('milestone-in-the-past', ['nextMilestone', 'by'], 'The milestone is not in the future: promise a time still ahead')
      by = undefined
    } else if (by - now > horizon * 3_600_000) {
      c.add('milestone-beyond-horizon', ['nextMilestone', 'by'], `The milestone is more than ${horizon} hours away: give a nearer next step`)
      by = undefined
    }
  }
  const updates = input['updates']
  let updatesChannel: string | undefined
  if (!isRecord(updates)) c.add('required', ['updates'], 'Expected updates: { channel, how? }')
  else {
    updatesChannel = c.text(updates['channel'], ['updates', 'channel'], 'The updates channel')
    if (updates['how'] !== undefined) {
      const how = c.text(updates['how'], ['updates', 'how'], 'How updates come')
      if (how && updatesChannel) updatesChannel = `${updatesChannel} (${how})`
    }
  }
  const channel = c.channel(input['channel'], ['channel'])
  const topic = input['topic'] === undefined ? undefined : c.text(input['topic'], ['topic'], 'The topic')
  let owner: Checked['owner']
  if (input['owner'] !== undefined) {
    if (!isRecord(input['owner'])) c.add('not-an-object', ['owner'], 'Expected owner: { name, team? }')
    else {
      const name = c.text(input['owner']['name'], ['owner', 'name'], "The owner's name")
      const team = c.text(input['owner']['team'], ['owner', 'team'], "The owner's team", true)
      if (name) owner = team ? { name, team } : { name }
    }
  }
  if (input['reading'] !== undefined && input['message'] !== undefined) c.add('conflict', ['reading'], 'Give reading or message, not both')
  if (input['message'] !== undefined && typeof input['message'] !== 'string') c.add('not-a-string', ['message'], 'Expected the message as a string')
  if (input['reading'] !== undefined && !isRecord(input['reading'])) c.add('not-an-object', ['reading'], 'Expected a FeelingReading')
  const customer = input['customer']
  if (customer !== undefined && !isRecord(customer)) c.add('not-an-object', ['customer'], 'Expected a CustomerContext')
  const pack = (input['pack'] as Pack | undefined) ?? en
  if (!isRecord(pack) || !isRecord((pack as Pack).messages)) c.add('invalid-pack', ['pack'], 'Expected a pack (see definePack)')
  const zone = c.timeZone(options.timeZone ?? (isRecord(customer) ? customer['timeZone'] : undefined), options.timeZone !== undefined ? ['options', 'timeZone'] : ['customer', 'timeZone']) ?? 'UTC'
  if (c.issues.length || now === undefined || by === undefined || what === undefined || updatesChannel === undefined || channel === undefined) return { ok: false, issues: c.issues }
  const reading = (input['reading'] as FeelingReading | undefined) ?? (typeof input['message'] === 'string' ? detectFeelings(input['message']) : undefined)
  return { ok: true, value: { name: nameOf(customer as CustomerContext | undefined), topic, reading, what, by, updates: updatesChannel, owner, now, channel, pack, timeZone: zone } }
}

function build(v: Checked, options: AcknowledgeOptions): Acknowledgment {
  const render = (key: string, values: Parameters<typeof renderMessage>[2]): string =>
    renderMessage(v.pack, key, values, { channel: v.channel, tone: options.tone ?? 'neutral', format: options.format ?? 'text', timeZone: v.timeZone, ...(options.seed === undefined ? {} : { seed: options.seed }) })
  const parts: AcknowledgmentPart[] = []
  const short = v.channel === 'sms' || v.channel === 'chat'
  parts.push({ kind: 'greeting', text: v.name ? render('greeting.named', { name: v.name }) : render('greeting.anonymous', {}) })
  parts.push({ kind: 'received', text: v.topic ? render('acknowledge.received', { topic: v.topic }) : render('acknowledge.received-generic', {}) })
  const deadline = v.reading?.concerns.find((concern) => concern.concern === 'deadline')
  const urgent = v.reading?.signals.some((signal) => signal.signal === 'urgency')
  if (deadline?.detail?.event && deadline.detail.when) parts.push({ kind: 'deadline', text: render('acknowledge.deadline', { event: toCustomer(deadline.detail.event), when: unshout(deadline.detail.when) }) })
  else if (urgent) parts.push({ kind: 'urgency', text: render('acknowledge.urgent', {}) })
  if (v.owner) parts.push({ kind: 'owner', text: v.owner.team && !short ? render('acknowledge.owner-team', { owner: v.owner.name, team: v.owner.team }) : render('acknowledge.owner', { owner: v.owner.name }) })
  const today = localDate(v.now, v.timeZone)
  const day = localDate(v.by, v.timeZone)
  const tomorrow = localDate(v.now + 86_400_000, v.timeZone)
  const key = day === today ? 'acknowledge.milestone-today' : day === tomorrow ? 'acknowledge.milestone-tomorrow' : 'acknowledge.milestone'
  parts.push({ kind: 'milestone', text: render(key, { what: v.what, by: v.by }) })
  parts.push({ kind: 'updates', text: render('acknowledge.updates', { channel: v.updates }) })
  const [greeting, ...rest] = parts
  // An email keeps the greeting on its own line and the rest as one short paragraph.
  const text = joinParts(v.channel, v.channel === 'email' ? [greeting?.text ?? '', rest.map((part) => part.text).join(' ')] : parts.map((part) => part.text))
  return { text, parts, milestone: { what: v.what, by: new Date(v.by).toISOString() } }
}

/**
 * Writes a micro-acknowledgment, never a bare "we received your message": it names the customer,
 * says what was received, recognises urgency or the customer's deadline when the reading has one,
 * gives the next milestone with a realistic time in the customer's time zone ("by 3:00 PM today",
 * "by 10:00 AM on Tuesday"), who owns the case, and where updates come. A milestone in the past,
 * beyond the horizon, or vague ("soon", "ASAP") is an issue, not a message.
 *
 * @param input - {@link AcknowledgeInput}.
 * @param options - {@link AcknowledgeOptions}.
 * @returns The {@link Acknowledgment}.
 * @throws {@link AttuneError} with code `invalid-options` listing every problem with its path.
 *
 * @example
 * acknowledge({
 *   customer: { name: 'Dana Whitfield' }, topic: 'your order #A-20931',
 *   nextMilestone: { what: 'a confirmed delivery date from the courier', by: '2026-11-20T21:00:00Z' },
 *   updates: { channel: 'email' }, now: '2026-11-20T15:00:00Z', channel: 'chat',
 * }, { timeZone: 'America/Chicago' }).text
 * //=> "Hi Dana!\nThanks for getting in touch about your order #A-20931. Next step: a confirmed delivery date from the courier, by 3:00 PM today. I'll keep you posted by email."
 *
 * @category Acknowledge
 */
export function acknowledge(input: AcknowledgeInput, options: AcknowledgeOptions = {}): Acknowledgment {
  const checked = check(input, options)
  if (!checked.ok) throw new AttuneError('invalid-options', checked.issues)
  return build(checked.value, options)
}

/**
 * The non-throwing form of {@link acknowledge}: the acknowledgment, or every issue with its path.
 *
 * @param input - {@link AcknowledgeInput}, possibly from untrusted JSON.
 * @param options - {@link AcknowledgeOptions}.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * const result = tryAcknowledge({ nextMilestone: { what: 'a reply', by: 'soon' }, updates: { channel: 'email' }, now: '2026-11-20T15:00:00Z', channel: 'email' })
 * result.ok ? result.value.text : result.issues.map((i) => i.code)
 * //=> ['vague-time']
 *
 * @category Acknowledge
 */
export function tryAcknowledge(input: unknown, options: AcknowledgeOptions = {}): Result<Acknowledgment> {
  const checked = check(input, options)
  return checked.ok ? { ok: true, value: build(checked.value, options) } : checked
}
