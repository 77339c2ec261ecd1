import { IntlMessageFormat } from 'intl-messageformat'
import { hashOf } from '../_lib/hash'
import { cachedIntl, isTimeZone } from '../_lib/intl'
import { AttuneError } from '../types/AttuneError'
import type { Channel, Issue, Tone } from '../types/core'
import type { Message, MessageVarType, Pack } from '../types/pack'

/**
 * A value for a message variable, by its declared type: text, a number, a date (Date, epoch
 * milliseconds or ISO 8601), an amount of money, or a list of strings.
 *
 * @example
 * const value: MessageValue = { amount: 18.5, currency: 'USD' }
 *
 * @category Packs
 */
export type MessageValue = string | number | Date | Money | readonly string[]

/**
 * An amount of money, for a `money` variable.
 *
 * @example
 * const refund: Money = { amount: 18.5, currency: 'USD' }
 *
 * @category Packs
 */
export type Money = {
  /** The amount, in the currency's major unit (18.5 for $18.50). */
  amount: number
  /** ISO 4217 code: "USD", "EUR", "BRL". */
  currency: string
}

/**
 * The {@link renderMessage} function options.
 *
 * @example
 * const options: RenderMessageOptions = { channel: 'sms', tone: 'warm', seed: 'ticket-48213', format: 'html', timeZone: 'America/Chicago' }
 *
 * @category Packs
 */
export type RenderMessageOptions = {
  /** Use the message's variant for this channel, if it has one. */
  channel?: Channel
  /** Use the message's variant for this tone, if it has one (after the channel). */
  tone?: Tone
  /** Use the message's plain-language wording, if it has one (after the channel, before the tone). @defaultValue false */
  plain?: boolean
  /** Picks among the message's phrasings: the same seed, the same phrasing. @defaultValue 0 */
  seed?: string | number
  /** What the text goes into: values are escaped for it. @defaultValue 'text' */
  format?: 'text' | 'markdown' | 'html'
  /** IANA time zone for dates and times. @defaultValue 'UTC' */
  timeZone?: string
  /** The current time (ISO 8601, epoch ms or Date), for a date variable used plainly (`{due}`), which is said relative to it ("in 3 hours", "tomorrow"). */
  now?: string | number | Date
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escape(value: string, format: RenderMessageOptions['format']): string {
  if (format === 'html') return value.replace(/[&<>"']/g, (c) => HTML[c] as string)
  if (format === 'markdown') return value.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, '\\$&')
  return value
}

// The seed's hash, kept for the last seed: a reply renders a dozen messages with the same seed.
let lastSeed: string | undefined
let lastHash = 0

function seedIndex(seed: string | number | undefined, count: number): number {
  if (count <= 1 || seed === undefined) return 0
  const text = String(seed)
  if (text !== lastSeed) {
    lastHash = hashOf(text) >>> 0
    lastSeed = text
  }
  return lastHash % count
}

/**
 * Which text of a message is used: its variant for `channel` if it has one, else its plain-language
 * wording when `plain` is asked for, else its variant for `tone`, else one of `text` and its
 * `alternatives`, picked by `seed` (the same seed, the same one).
 */
export function pickText(message: Message, options: RenderMessageOptions): string {
  const byChannel = options.channel ? message.variants?.channel?.[options.channel] : undefined
  if (byChannel !== undefined) return byChannel
  if (options.plain && message.variants?.plain !== undefined) return message.variants.plain
  const byTone = options.tone ? message.variants?.tone?.[options.tone] : undefined
  if (byTone !== undefined) return byTone
  const alternatives = message.variants?.alternatives
  const index = alternatives ? seedIndex(options.seed, alternatives.length + 1) : 0
  return index === 0 ? message.text : (alternatives?.[index - 1] as string)
}

// Compiled formats, by message text, then locale and time zone: parsing ICU is the slow part, and a
// message is rendered many times. Pack texts are long-lived strings whose hashes V8 keeps, so the
// lookup by text costs no more than by a short key. The cache holds nothing a caller can observe.
type Compiled = { format: IntlMessageFormat; plain: ReadonlySet<string> }
const compiled = new Map<string, Map<string, Compiled>>()
const MAX_COMPILED = 5_000
let compiledCount = 0

// The Intl formatter for each style object of one compiled message. intl-messageformat asks for a
// formatter on every render, passing the same style object each time (from the parsed message or
// its formats), so remembering by identity skips building a cache key per render.
function remembered<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(kind: string, locale: string, timeZone: string | undefined, make: (options: object | undefined) => T): (locales: unknown, options?: unknown) => T {
  const byStyle = new WeakMap<object, T>()
  let unstyled: T | undefined
  const build = (options: object | undefined): T => {
    const full = timeZone === undefined ? options : { ...options, timeZone }
    return cachedIntl(kind, locale, full, () => make(full))
  }
  return (_locales, options) => {
    if (typeof options !== 'object' || options === null) return (unstyled ??= build(undefined))
    let made = byStyle.get(options)
    if (!made) {
      made = build(options)
      byStyle.set(options, made)
    }
    return made
  }
}

// A reply often says the same moment twice in the same style (the next step, then the case note):
// each date formatter keeps its last result, so the second costs nothing. It is a pure function of
// the time, so keeping it changes no output.
function lastOneKept(format: Intl.DateTimeFormat): Intl.DateTimeFormat {
  let lastTime = NaN
  let lastText = ''
  // intl-messageformat calls only `format` on what getDateTimeFormat returns.
  const kept = {
    format: (value?: Date | number): string => {
      const time = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : NaN
      if (time === lastTime) return lastText
      lastText = format.format(value)
      lastTime = time
      return lastText
    },
  }
  return kept as unknown as Intl.DateTimeFormat
}

function compile(text: string, locale: string, timeZone: string): Compiled {
  let byPlace = compiled.get(text)
  const place = `${locale}\u0000${timeZone}`
  const found = byPlace?.get(place)
  if (found) return found
  if (compiledCount >= MAX_COMPILED) {
    compiled.clear()
    compiledCount = 0
    byPlace = undefined
  }
  const format = new IntlMessageFormat(text, locale, undefined, {
    ignoreTag: true,
    formatters: {
      getNumberFormat: remembered('number', locale, undefined, (o) => new Intl.NumberFormat(locale, o as Intl.NumberFormatOptions)),
      getDateTimeFormat: remembered('message-date', locale, timeZone, (o) => lastOneKept(new Intl.DateTimeFormat(locale, o as Intl.DateTimeFormatOptions))),
      getPluralRules: remembered('plural', locale, undefined, (o) => new Intl.PluralRules(locale, o as Intl.PluralRulesOptions)),
    },
  })
  const made = { format, plain: plainVariables(format) }
  if (!byPlace) {
    byPlace = new Map()
    compiled.set(text, byPlace)
  }
  byPlace.set(place, made)
  compiledCount++
  return made
}

// Variables a text uses plainly ({due} rather than {due, date, medium}).
function plainVariables(format: IntlMessageFormat): Set<string> {
  const found = new Set<string>()
  type Node = { type: number; value?: unknown; options?: Record<string, { value: Node[] }> }
  const walk = (nodes: Node[]): void => {
    for (const node of nodes) {
      if (node.type === 1 && typeof node.value === 'string') found.add(node.value)
      if (node.options) for (const option of Object.values(node.options)) walk(option.value)
    }
  }
  walk(format.getAst() as unknown as Node[])
  return found
}

// "in 3 hours", "tomorrow", "2 weeks ago": the largest unit that keeps the number readable.
function relative(time: number, now: number, locale: string): string {
  const seconds = (time - now) / 1000
  const abs = Math.abs(seconds)
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    abs < 3600 ? [seconds / 60, 'minute'] : abs < 86_400 ? [seconds / 3600, 'hour'] : abs < 7 * 86_400 ? [seconds / 86_400, 'day'] : abs < 30 * 86_400 ? [seconds / (7 * 86_400), 'week'] : [seconds / (30 * 86_400), 'month']
  const options = { numeric: 'auto' } as const
  return new Intl.RelativeTimeFormat(locale, options).format(Math.round(value), unit)
}

function prepare(name: string, type: MessageVarType, value: unknown, locale: string, format: RenderMessageOptions['format'], issues: Issue[]): string | number | Date | undefined {
  const wrong = (expected: string): undefined => {
    issues.push({ code: 'invalid-value', path: [name], message: `{${name}} is ${type}: expected ${expected}` })
    return undefined
  }
  switch (type) {
    case 'string':
      return typeof value === 'string' ? escape(value, format) : wrong('a string')
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : wrong('a finite number')
    case 'date': {
      const time = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN
      return Number.isFinite(time) ? new Date(time) : wrong('a Date, epoch milliseconds or an ISO 8601 string')
    }
    case 'money': {
      const money = value as { amount?: unknown; currency?: unknown } | null
      if (typeof money !== 'object' || money === null || typeof money.amount !== 'number' || !Number.isFinite(money.amount) || typeof money.currency !== 'string') return wrong('{ amount, currency }')
      try {
        const options = { style: 'currency', currency: money.currency } as const
        return escape(cachedIntl('number', locale, options, () => new Intl.NumberFormat(locale, options)).format(money.amount), format)
      } catch {
        return wrong('an ISO 4217 currency code')
      }
    }
    case 'list':
      if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) return wrong('an array of strings')
      return escape(cachedIntl('list', locale, 'conjunction', () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(value as string[]), format)
  }
}

/**
 * Renders one message of a pack, strictly: every declared variable must be given a value of its
 * type (an error names each one that is missing or wrong, and each value that the message does not
 * take), never a blank in front of a customer. Values are escaped for `format` (HTML, Markdown, or
 * none for plain text); the message's own text is the pack author's and is not escaped. Numbers,
 * plurals, dates and times go through Intl in the pack's locale and `timeZone`; money and lists are
 * formatted in the pack's locale; a date variable used plainly (`{due}`) is said relative to
 * `options.now` ("in 3 hours", "tomorrow").
 *
 * Which wording is used: the message's variant for `channel`, else its plain-language wording when
 * `plain` is set, else its variant for `tone`, else one of its text and alternatives picked by `seed`.
 *
 * @param pack - The pack.
 * @param key - The message key (`acknowledge.received`).
 * @param values - A value for each of the message's variables.
 * @param options - {@link RenderMessageOptions}.
 * @returns The text.
 * @throws {@link AttuneError} with code `missing-value` listing every missing, wrong or unknown value,
 *   or `invalid-options` for a key the pack does not have or a bad time zone.
 *
 * @example
 * renderMessage(en, 'acknowledge.milestone', { what: 'a courier pickup', by: '2026-11-24T21:00:00Z' }, { timeZone: 'America/Chicago' })
 * //=> 'Next step: a courier pickup, by 3:00 PM on Tuesday.'
 *
 * @category Packs
 */
export function renderMessage(pack: Pack, key: string, values: Record<string, MessageValue>, options: RenderMessageOptions = {}): string {
  const message = Object.hasOwn(pack.messages, key) ? pack.messages[key] : undefined
  if (!message) throw new AttuneError('invalid-options', [{ code: 'unknown-key', path: ['key'], message: `The pack "${pack.id}" has no message "${key}"` }])
  const timeZone = options.timeZone ?? 'UTC'
  if (!isTimeZone(timeZone)) {
    throw new AttuneError('invalid-options', [{ code: 'invalid-time-zone', path: ['timeZone'], message: `Unknown time zone ${JSON.stringify(timeZone)}` }])
  }
  const issues: Issue[] = []
  const prepared: Record<string, string | number | Date> = {}
  const given = values ?? {}
  const vars = Object.entries(message.vars)
  for (const [name, type] of vars) {
    if (!Object.hasOwn(given, name) || given[name] === undefined || given[name] === null) {
      issues.push({ code: 'missing-value', path: [name], message: `"${key}" needs a value for {${name}} (${type})` })
      continue
    }
    const value = prepare(name, type, given[name], pack.locale, options.format, issues)
    if (value !== undefined) prepared[name] = value
  }
  for (const name of Object.keys(given)) {
    if (!Object.hasOwn(message.vars, name)) issues.push({ code: 'unknown-value', path: [name], message: `"${key}" takes no {${name}}` })
  }
  const { format: formatter, plain } = compile(pickText(message, options), pack.locale, timeZone)
  for (const [name, type] of vars) {
    const value = prepared[name]
    if (type !== 'date' || !plain.has(name) || !(value instanceof Date)) continue
    const now = options.now instanceof Date ? options.now.getTime() : typeof options.now === 'number' ? options.now : typeof options.now === 'string' ? Date.parse(options.now) : NaN
    if (!Number.isFinite(now)) issues.push({ code: 'missing-now', path: ['now'], message: `{${name}} is said relative to now: give options.now` })
    else prepared[name] = escape(relative(value.getTime(), now, pack.locale), options.format)
  }
  if (issues.length) throw new AttuneError('missing-value', issues)
  return formatter.format(prepared) as string
}
