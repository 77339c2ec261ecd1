// Small helpers for builders that check their whole input and report every problem with its path.
import type { Channel, Issue } from '../types/core'
import { isTimeZone } from './intl'

export { localDate } from './intl'

export const CHANNEL_LIST: readonly Channel[] = ['chat', 'email', 'phone', 'social', 'sms']

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

const VAGUE = /^(?:soon|asap|shortly|later|eventually|in due course|as soon as possible|a\.?s\.?a\.?p\.?|tbd|tba|whenever|at some point|in a while|in a bit)$/i

export class Checker {
  readonly issues: Issue[] = []

  add(code: string, path: (string | number)[], message: string): void {
    this.issues.push({ code, path, message })
  }

  /** A non-empty string that says something concrete; returns it trimmed. */
  text(value: unknown, path: (string | number)[], what: string, optional = false): string | undefined {
    if (value === undefined && optional) return undefined
    if (typeof value !== 'string') {
      this.add(value === undefined ? 'required' : 'not-a-string', path, `Expected ${what} as a string`)
      return undefined
    }
    const trimmed = value.trim()
    if (!trimmed) {
      this.add('empty', path, `${what} is empty`)
      return undefined
    }
    if (VAGUE.test(trimmed)) {
      this.add('vague', path, `"${trimmed}" is vague: say what, concretely`)
      return undefined
    }
    return trimmed
  }

  /** An ISO 8601 date-time; returns epoch milliseconds. */
  time(value: unknown, path: (string | number)[], what: string): number | undefined {
    if (typeof value === 'string' && VAGUE.test(value.trim())) {
      this.add('vague-time', path, `"${value}" is not a time: give an ISO 8601 date-time`)
      return undefined
    }
    const time = value instanceof Date ? value.getTime() : typeof value === 'string' && /\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN
    if (!Number.isFinite(time)) {
      this.add('invalid-date', path, `Expected ${what} as an ISO 8601 date-time`)
      return undefined
    }
    return time
  }

  channel(value: unknown, path: (string | number)[]): Channel | undefined {
    if (typeof value === 'string' && (CHANNEL_LIST as readonly string[]).includes(value)) return value as Channel
    this.add('invalid-enum', path, `Expected one of ${CHANNEL_LIST.join(', ')}`)
    return undefined
  }

  timeZone(value: unknown, path: (string | number)[]): string | undefined {
    if (value === undefined) return undefined
    if (typeof value === 'string' && isTimeZone(value)) return value
    this.add('invalid-time-zone', path, `Unknown time zone ${JSON.stringify(value)}`)
    return undefined
  }

  number(value: unknown, path: (string | number)[], what: string, { min = -Infinity, optional = false, integer = false } = {}): number | undefined {
    if (value === undefined && optional) return undefined
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.add(value === undefined ? 'required' : 'not-a-number', path, `Expected ${what} as a number`)
      return undefined
    }
    if (value < min) {
      this.add('too-small', path, `${what} must be ${min} or more`)
      return undefined
    }
    if (integer && !Number.isInteger(value)) {
      this.add('not-an-integer', path, `${what} must be a whole number`)
      return undefined
    }
    return value
  }
}

/**
 * Joins the parts of a message for its channel: paragraphs in an email, one spoken run on the phone,
 * and in chat, SMS and social the greeting on its own line before the rest.
 */
export function joinParts(channel: Channel, texts: string[]): string {
  if (channel === 'email') return texts.join('\n\n')
  if (channel === 'phone') return texts.join(' ')
  const [first = '', ...rest] = texts
  return rest.length ? `${first}\n${rest.join(' ')}` : first
}
