// Intl objects are costly to build (tens of microseconds each) and are used on hot paths: these
// caches keep one per locale, options and time zone. They hold nothing a caller can observe, and
// are bounded.
const MAX = 5_000
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>()

export function cachedIntl<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat>(kind: string, locales: unknown, options: unknown, make: () => T): T {
  const key = `${kind}\u0000${JSON.stringify(locales)}\u0000${JSON.stringify(options)}`
  let made = formatters.get(key) as T | undefined
  if (!made) {
    if (formatters.size >= MAX) formatters.clear()
    made = make()
    formatters.set(key, made)
  }
  return made
}

const validTimeZones = new Set<string>(['UTC'])

/** Whether Intl knows the IANA time zone. */
export function isTimeZone(timeZone: string): boolean {
  if (validTimeZones.has(timeZone)) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone })
  } catch {
    return false
  }
  if (validTimeZones.size < MAX) validTimeZones.add(timeZone)
  return true
}

const validCurrencies = new Set<string>()

/** Whether Intl can format the ISO 4217 currency. */
export function isCurrency(code: string): boolean {
  if (validCurrencies.has(code)) return true
  if (!/^[A-Z]{3}$/.test(code)) return false
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code })
  } catch {
    return false
  }
  if (validCurrencies.size < MAX) validCurrencies.add(code)
  return true
}

/** The calendar date (YYYY-MM-DD) of an instant in a time zone. */
export function localDate(time: number, timeZone: string): string {
  const options = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' } as const
  return cachedIntl('date', 'en-CA', options, () => new Intl.DateTimeFormat('en-CA', options)).format(time)
}

/** The language of a BCP 47 tag: `pt` for `pt-BR`. */
export const languageOf = (tag: string): string => tag.split('-')[0]?.toLowerCase() ?? ''

/**
 * Whether text in `language` (tables' or a plan's, undefined when not said) is in the language of
 * `locale`: "en" and "en-GB" are, "en" and "es" are not. Unsaid is taken to match.
 */
export function sameLanguage(language: string | undefined, locale: string): boolean {
  return language === undefined || languageOf(language) === languageOf(locale)
}
