import { Checker, isRecord, localDate } from '../_lib/check'
import { isCurrency } from '../_lib/intl'
import { en } from '../packs/en'
import { renderMessage } from '../packs/renderMessage'
import type { RenderMessageOptions } from '../packs/renderMessage'
import { AttuneError } from '../types/AttuneError'
import type { Channel, FeelingReading, Result, Tone } from '../types/core'
import type { Pack } from '../types/pack'
import { inferPriority } from './inferPriority'
import type { Priority } from './inferPriority'

/**
 * How long a repair takes: a duration from now, or a date-time it is done by.
 *
 * @example
 * const timeline: RepairTimeline = { businessDays: 5 }
 *
 * @category Repair
 */
export type RepairTimeline =
  | {
      /** Hours from now. */
      hours?: number
      /** Calendar days from now. */
      days?: number
      /** Business days (Monday to Friday) from now. */
      businessDays?: number
    }
  | {
      /** ISO 8601 date-time it is done by. */
      by: string
    }

/**
 * One way to repair the problem, as the business can offer it.
 *
 * @example
 * const option: RepairOption = { id: 'courier', label: 'Overnight courier replacement', timeline: { days: 1 }, costToCustomer: 0, effort: 'none', businessCost: 32 }
 *
 * @category Repair
 */
export type RepairOption = {
  /** Stable id. */
  id: string
  /** What the customer would call it ("Replacement by overnight courier"). */
  label: string
  /** When it is done. */
  timeline: RepairTimeline
  /** What the customer pays, in the plan's currency (0 for nothing). */
  costToCustomer: number
  /** What the customer has to do. */
  effort: 'none' | 'low' | 'medium' | 'high'
  /** What it costs the business, for the policy. */
  businessCost?: number
  /** What the customer has to do, as a phrase that reads after "you would need to" ("drop the parcel at a post office"). */
  description?: string
}

/**
 * What the business can give.
 *
 * @example
 * const policy: RepairPolicy = { maxBusinessCost: 50, maxOptions: 3 }
 *
 * @category Repair
 */
export type RepairPolicy = {
  /** Options that cost the business more are dropped. */
  maxBusinessCost?: number
  /** Options that cost the customer more are dropped. */
  maxCostToCustomer?: number
  /** Only these option ids may be offered. */
  allowed?: string[]
  /** How many options to keep (2 or 3 is a real choice without overload). @defaultValue 3 */
  maxOptions?: number
}

/**
 * What {@link buildRepairPlan} needs.
 *
 * @example
 * const input: BuildRepairPlanInput = { options: [], now: '2026-11-20T15:00:00Z', priority: 'speed' }
 *
 * @category Repair
 */
export type BuildRepairPlanInput = {
  /** The options the business can offer. */
  options: RepairOption[]
  /** The customer's reading, to infer the priority from when none is given. */
  reading?: FeelingReading
  /** Or the customer's message, for the same (and for convenience cues). */
  message?: string
  /** What the customer values most; inferred when left out, `speed` when nothing points anywhere. */
  priority?: Priority
  /** What the business can give. */
  policy?: RepairPolicy
  /** ISO 4217 currency of all amounts. @defaultValue 'USD' */
  currency?: string
  /** The current time, ISO 8601: attune never reads the clock. */
  now: string
  /** The pack to write the trade-offs with. @defaultValue the `en` pack */
  pack?: Pack
  /** The channel, for wording. @defaultValue 'email' */
  channel?: Channel
  /** The register. @defaultValue 'neutral' */
  tone?: Tone
  /** Time zone for the arrival days. @defaultValue 'UTC' */
  timeZone?: string
  /** Output format, for escaping. @defaultValue 'text' */
  format?: RenderMessageOptions['format']
}

/**
 * An option kept in the plan, with its rank and its trade-off in words.
 *
 * @example
 * const option: PlannedOption = {
 *   id: 'courier', label: 'Overnight courier replacement', rank: 1, arrives: '2026-11-21T15:00:00.000Z',
 *   costToCustomer: 0, effort: 'none', strengths: ['fastest', 'cheapest', 'easiest'], tradeoff: 'fastest, arrives Saturday; no cost to you',
 * }
 *
 * @category Repair
 */
export type PlannedOption = Pick<RepairOption, 'id' | 'label' | 'costToCustomer' | 'effort'> & {
  /** 1 for the best fit to the priority. */
  rank: number
  /** When it is done, ISO 8601. */
  arrives: string
  /** Where it leads the options kept. */
  strengths: ('fastest' | 'cheapest' | 'easiest')[]
  /** Its trade-off, in plain words, relative to the others. */
  tradeoff: string
  /** What the business pays, when given. */
  businessCost?: number
  /** What the customer would need to do, when given. */
  description?: string
}

/**
 * An option left out of the plan, and why.
 *
 * @example
 * const dropped: DroppedOption = { id: 'standard', reason: 'dominated', by: 'courier', message: '"Standard post" is beaten on every count by "Overnight courier"' }
 *
 * @category Repair
 */
export type DroppedOption = {
  /** The option's id. */
  id: string
  /** `dominated`: another option is at least as good on time, cost and effort, and better on one; `outside-policy`: the policy does not allow it; `over-limit`: more options than `maxOptions`. */
  reason: 'dominated' | 'outside-policy' | 'over-limit'
  /** The option that beats it. */
  by?: string
  /** Why, in a sentence for the agent. */
  message: string
}

/**
 * A repair plan: the options worth offering, ranked by the customer's priority, each with its
 * trade-off, and the question that hands the choice back.
 *
 * @example
 * const plan: RepairPlan = {
 *   priority: 'speed', priorityFrom: 'given', currency: 'USD', hasChoice: true, options: [], dropped: [],
 *   intro: 'Here are 2 options:', question: 'Which of these works best for you?',
 * }
 *
 * @category Repair
 */
export type RepairPlan = {
  /** The priority the options are ranked by. */
  priority: Priority
  /** Whether it was given, inferred from the customer's words, or the default. */
  priorityFrom: 'given' | 'inferred' | 'default'
  /** ISO 4217 currency of the amounts. */
  currency: string
  /** False when fewer than two credible options are left: the plan says so rather than pretend. */
  hasChoice: boolean
  /** The options kept, best first. */
  options: PlannedOption[]
  /** The options left out, and why. */
  dropped: DroppedOption[]
  /** The sentence that introduces the options (or says there is one way). */
  intro: string
  /** The question that hands the choice back (or asks whether the one option works). */
  question: string
  /**
   * The locale of the pack its sentences are written in (`en`): `composeReply` refuses a plan
   * written in another language than the reply, rather than send a reply in two languages.
   */
  locale?: string
}

const EFFORT = { none: 0, low: 1, medium: 2, high: 3 } as const
const DAY = 86_400_000

type Option = RepairOption & { at: number }

function addBusinessDays(now: number, count: number, timeZone: string): number {
  let time = now
  let left = count
  while (left > 0) {
    time += DAY
    const weekday = new Date(`${localDate(time, timeZone)}T12:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6) left--
  }
  return time
}

function check(input: unknown): Result<{ options: Option[]; v: Record<string, unknown>; now: number; timeZone: string; currency: string; pack: Pack; channel: Channel }> {
  if (!isRecord(input)) return { ok: false, issues: [{ code: 'not-an-object', path: [], message: 'Expected the repair plan input object' }] }
  const c = new Checker()
  const now = c.time(input['now'], ['now'], 'now')
  const timeZone = c.timeZone(input['timeZone'], ['timeZone']) ?? 'UTC'
  const channel = input['channel'] === undefined ? 'email' : c.channel(input['channel'], ['channel'])
  const currency = input['currency'] ?? 'USD'
  if (typeof currency !== 'string' || !isCurrency(currency)) c.add('invalid-currency', ['currency'], 'Expected an ISO 4217 code that Intl knows, such as "USD"')
  if (input['priority'] !== undefined && !['speed', 'savings', 'convenience'].includes(input['priority'] as string)) c.add('invalid-enum', ['priority'], "Expected 'speed', 'savings' or 'convenience'")
  const policy = input['policy']
  if (policy !== undefined) {
    if (!isRecord(policy)) c.add('not-an-object', ['policy'], 'Expected policy: { maxBusinessCost?, maxCostToCustomer?, allowed?, maxOptions? }')
    else {
      c.number(policy['maxBusinessCost'], ['policy', 'maxBusinessCost'], 'maxBusinessCost', { min: 0, optional: true })
      c.number(policy['maxCostToCustomer'], ['policy', 'maxCostToCustomer'], 'maxCostToCustomer', { min: 0, optional: true })
      c.number(policy['maxOptions'], ['policy', 'maxOptions'], 'maxOptions', { min: 1, optional: true, integer: true })
      if (policy['allowed'] !== undefined && !(Array.isArray(policy['allowed']) && policy['allowed'].every((id) => typeof id === 'string'))) c.add('invalid-type', ['policy', 'allowed'], 'Expected a list of option ids')
    }
  }
  if (input['message'] !== undefined && typeof input['message'] !== 'string') c.add('not-a-string', ['message'], 'Expected the message as a string')
  if (input['reading'] !== undefined && !isRecord(input['reading'])) c.add('not-an-object', ['reading'], 'Expected a FeelingReading')
  const pack = (input['pack'] as Pack | undefined) ?? en
  if (!isRecord(pack) || !isRecord((pack as Pack).messages)) c.add('invalid-pack', ['pack'], 'Expected a pack (see definePack)')
  const options: Option[] = []
  const raw = input['options']
  if (!Array.isArray(raw)) c.add('required', ['options'], 'Expected options: a list of repair options')
  else {
    const ids = new Set<string>()
    raw.forEach((option: unknown, i) => {
      const path = ['options', i]
      if (!isRecord(option)) return c.add('not-an-object', path, 'Expected a repair option')
      const id = c.text(option['id'], [...path, 'id'], 'The id')
      if (id && ids.has(id)) c.add('duplicate-id', [...path, 'id'], `"${id}" is already the id of another option`)
      if (id) ids.add(id)
      const label = c.text(option['label'], [...path, 'label'], 'The label')
      const cost = c.number(option['costToCustomer'], [...path, 'costToCustomer'], 'costToCustomer', { min: 0 })
      c.number(option['businessCost'], [...path, 'businessCost'], 'businessCost', { min: 0, optional: true })
      const effort = option['effort']
      if (!(typeof effort === 'string' && effort in EFFORT)) c.add('invalid-enum', [...path, 'effort'], "Expected 'none', 'low', 'medium' or 'high'")
      if (option['description'] !== undefined) c.text(option['description'], [...path, 'description'], 'The description')
      const timeline = option['timeline']
      let at: number | undefined
      if (!isRecord(timeline)) c.add('required', [...path, 'timeline'], 'Expected timeline: { hours?, days?, businessDays? } or { by }')
      else if (timeline['by'] !== undefined) {
        at = c.time(timeline['by'], [...path, 'timeline', 'by'], 'the time it is done by')
        if (at !== undefined && now !== undefined && at <= now) {
          c.add('end-before-start', [...path, 'timeline', 'by'], 'It is done before now: a repair ends after it starts')
          at = undefined
        }
      } else {
        const hours = c.number(timeline['hours'], [...path, 'timeline', 'hours'], 'hours', { min: 0, optional: true }) ?? 0
        const days = c.number(timeline['days'], [...path, 'timeline', 'days'], 'days', { min: 0, optional: true }) ?? 0
        const businessDays = c.number(timeline['businessDays'], [...path, 'timeline', 'businessDays'], 'businessDays', { min: 0, optional: true, integer: true }) ?? 0
        if (hours + days + businessDays <= 0) c.add('empty-timeline', [...path, 'timeline'], 'Give hours, days or businessDays above 0, or by')
        else if (now !== undefined) at = addBusinessDays(now + hours * 3_600_000 + days * DAY, businessDays, timeZone)
      }
      if (id && label && cost !== undefined && at !== undefined && typeof effort === 'string' && effort in EFFORT) options.push({ ...(option as RepairOption), id, label, at })
    })
    if (raw.length === 0) c.add('empty', ['options'], 'Give at least one option')
  }
  if (c.issues.length || now === undefined || !channel) return { ok: false, issues: c.issues }
  return { ok: true, value: { options, v: input, now, timeZone, currency: currency as string, pack, channel } }
}

function beats(a: Option, b: Option): boolean {
  const ea = EFFORT[a.effort]
  const eb = EFFORT[b.effort]
  const noWorse = a.at <= b.at && a.costToCustomer <= b.costToCustomer && ea <= eb
  const better = a.at < b.at || a.costToCustomer < b.costToCustomer || ea < eb
  return noWorse && better
}

function same(a: Option, b: Option): boolean {
  return a.at === b.at && a.costToCustomer === b.costToCustomer && a.effort === b.effort
}

const ORDER: Record<Priority, ((o: Option) => number)[]> = {
  speed: [(o) => o.at, (o) => o.costToCustomer, (o) => EFFORT[o.effort]],
  savings: [(o) => o.costToCustomer, (o) => o.at, (o) => EFFORT[o.effort]],
  convenience: [(o) => EFFORT[o.effort], (o) => o.at, (o) => o.costToCustomer],
}

function build(checked: { options: Option[]; v: Record<string, unknown>; now: number; timeZone: string; currency: string; pack: Pack; channel: Channel }): RepairPlan {
  const { v, now, timeZone, currency, pack, channel } = checked
  const policy = (v['policy'] as RepairPolicy | undefined) ?? {}
  const given = v['priority'] as Priority | undefined
  const inferred = given ? null : inferPriority((v['message'] as string | undefined) ?? (v['reading'] as FeelingReading | undefined) ?? '')
  const priority: Priority = given ?? inferred ?? 'speed'
  const dropped: DroppedOption[] = []
  let candidates = checked.options.filter((option) => {
    const reasons: string[] = []
    if (policy.allowed && !policy.allowed.includes(option.id)) reasons.push('the policy does not list it')
    if (policy.maxBusinessCost !== undefined && (option.businessCost ?? 0) > policy.maxBusinessCost) reasons.push(`it costs the business ${option.businessCost}, over the limit of ${policy.maxBusinessCost}`)
    if (policy.maxCostToCustomer !== undefined && option.costToCustomer > policy.maxCostToCustomer) reasons.push(`it costs the customer ${option.costToCustomer}, over the limit of ${policy.maxCostToCustomer}`)
    if (reasons.length) dropped.push({ id: option.id, reason: 'outside-policy', message: `"${option.label}" is outside policy: ${reasons.join('; ')}` })
    return reasons.length === 0
  })
  candidates = candidates.filter((option, i) => {
    const winner = candidates.find((other, j) => other !== option && (beats(other, option) || (same(other, option) && j < i)))
    if (winner) dropped.push({ id: option.id, reason: 'dominated', by: winner.id, message: same(winner, option) ? `"${option.label}" is no different from "${winner.label}" on time, cost and effort` : `"${option.label}" is beaten on time, cost and effort by "${winner.label}"` })
    return !winner
  })
  const keys = ORDER[priority]
  candidates.sort((a, b) => {
    for (const key of keys) {
      const d = key(a) - key(b)
      if (d !== 0) return d
    }
    return 0
  })
  const max = policy.maxOptions ?? 3
  for (const option of candidates.slice(max)) dropped.push({ id: option.id, reason: 'over-limit', message: `"${option.label}" is left out to keep the choice to ${max}` })
  const kept = candidates.slice(0, max)

  const render = (key: string, values: Parameters<typeof renderMessage>[2]): string =>
    renderMessage(pack, key, values, { channel, tone: (v['tone'] as Tone | undefined) ?? 'neutral', format: (v['format'] as RenderMessageOptions['format']) ?? 'text', timeZone })
  const minAt = Math.min(...kept.map((o) => o.at))
  const minCost = Math.min(...kept.map((o) => o.costToCustomer))
  const minEffort = Math.min(...kept.map((o) => EFFORT[o.effort]))
  const several = kept.length > 1
  const uniqueMin = (value: number, all: number[]) => all.filter((x) => x === value).length === 1
  // Said the way the option was given: "5 business days" stays business days.
  const duration = (o: Option): string => {
    const t = o.timeline as { hours?: number; days?: number; businessDays?: number; by?: string }
    if (t.by === undefined && t.businessDays && !t.hours && !t.days) return render('time.business-days', { count: t.businessDays })
    const hours = (o.at - now) / 3_600_000
    return hours < 48 ? render('time.hours', { count: Math.ceil(hours) }) : render('time.days', { count: Math.ceil(hours / 24) })
  }
  // Within a day, how long it takes; within a week, the day it arrives; further out, how long.
  const when = (o: Option): string => (o.at - now >= DAY && o.at - now < 7 * DAY ? render('tradeoff.arrives', { by: o.at }) : render('tradeoff.takes', { duration: duration(o) }))
  const options: PlannedOption[] = kept.map((o, index) => {
    const strengths: PlannedOption['strengths'] = []
    if (several && o.at === minAt && uniqueMin(minAt, kept.map((k) => k.at))) strengths.push('fastest')
    if (several && o.costToCustomer === minCost && uniqueMin(minCost, kept.map((k) => k.costToCustomer))) strengths.push('cheapest')
    if (several && EFFORT[o.effort] === minEffort && uniqueMin(minEffort, kept.map((k) => EFFORT[k.effort]))) strengths.push('easiest')
    const parts: string[] = []
    const free = o.costToCustomer === 0
    if (strengths.includes('fastest')) parts.push(render('tradeoff.fastest', { when: when(o) }))
    if (free && several && !strengths.includes('fastest') && o.at > minAt) parts.push(render('tradeoff.free-but-slower', { duration: duration(o) }))
    else {
      if (!strengths.includes('fastest')) parts.push(when(o))
      parts.push(free ? render('tradeoff.free', {}) : render('tradeoff.costs', { amount: { amount: o.costToCustomer, currency } }))
    }
    if (o.effort === 'none') {
      if (several && kept.some((k) => k.effort !== 'none')) parts.push(render('tradeoff.no-effort', {}))
    } else if (o.description) parts.push(render('tradeoff.effort', { what: o.description }))
    const tradeoff = parts.reduce((first, second) => render('tradeoff.join', { first, second }))
    const planned: PlannedOption = { id: o.id, label: o.label, rank: index + 1, arrives: new Date(o.at).toISOString(), costToCustomer: o.costToCustomer, effort: o.effort, strengths, tradeoff }
    if (o.businessCost !== undefined) planned.businessCost = o.businessCost
    if (o.description !== undefined) planned.description = o.description
    return planned
  })
  const hasChoice = options.length >= 2
  const first = options[0]
  const intro = hasChoice ? render('propose.options-intro', { count: options.length }) : render('repair.no-choice', {})
  const question = hasChoice ? render('propose.ask', {}) : first ? render('propose.single', { label: first.label, tradeoff: first.tradeoff }) : render('repair.no-choice', {})
  return { priority, priorityFrom: given ? 'given' : inferred ? 'inferred' : 'default', currency, hasChoice, options, dropped, intro, question, locale: pack.locale }
}

/**
 * Builds a repair plan that offers real choices with honest trade-offs. It drops options outside
 * the policy and options another option beats on every count (time, cost to the customer, effort),
 * saying which and why; keeps the best two or three, ordered by the customer's priority (given, or
 * found by {@link inferPriority} in what they wrote); gives each its trade-off in plain words
 * relative to the others ("fastest, arrives Thursday", "no cost to you, but it takes 6 days"); and
 * ends with the question that hands the choice back. With fewer than two credible options left, it
 * says so instead of pretending there is a choice.
 *
 * @param input - {@link BuildRepairPlanInput}.
 * @returns The {@link RepairPlan}.
 * @throws {@link AttuneError} with code `invalid-options` listing every problem with its path
 *   (negative costs, a timeline that ends before now, an unknown currency or time zone, ...).
 *
 * @example
 * const plan = buildRepairPlan({
 *   now: '2026-11-23T15:00:00Z', message: 'I need it by Friday!',
 *   options: [
 *     { id: 'courier', label: 'Overnight courier', timeline: { days: 1 }, costToCustomer: 12, effort: 'none' },
 *     { id: 'post', label: 'Free standard post', timeline: { businessDays: 5 }, costToCustomer: 0, effort: 'none' },
 *   ],
 * })
 * plan.options.map((o) => `${o.label}: ${o.tradeoff}`)
 * //=> ['Overnight courier: fastest, arrives Tuesday; costs $12.00', 'Free standard post: no cost to you, but it takes 7 days']
 *
 * @category Repair
 */
export function buildRepairPlan(input: BuildRepairPlanInput): RepairPlan {
  const checked = check(input)
  if (!checked.ok) throw new AttuneError('invalid-options', checked.issues)
  return build(checked.value)
}

/**
 * The non-throwing form of {@link buildRepairPlan}.
 *
 * @param input - {@link BuildRepairPlanInput}, possibly from untrusted JSON.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * const result = tryBuildRepairPlan({ now: '2026-11-23T15:00:00Z', options: [{ id: 'a', label: 'A', timeline: { days: 1 }, costToCustomer: -5, effort: 'none' }] })
 * result.ok ? result.value.options : result.issues.map((i) => i.code)
 * //=> ['too-small']
 *
 * @category Repair
 */
export function tryBuildRepairPlan(input: unknown): Result<RepairPlan> {
  const checked = check(input)
  return checked.ok ? { ok: true, value: build(checked.value) } : checked
}
