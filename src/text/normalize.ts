import { invalidInput } from '../_lib/invalidInput'

/**
 * The {@link normalize} function options.
 *
 * @example
 * const options: NormalizeOptions = { foldCase: true }
 *
 * @category Text
 */
export type NormalizeOptions = {
  /** Lower-case the text too. @defaultValue false */
  foldCase?: boolean
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// C0 and C1 controls except tab and line feed, and invisible format characters (zero-width space,
// BOM, soft hyphen, word joiner, bidirectional controls). ZWJ and ZWNJ stay: emoji and scripts need them.
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g
const DASHES = /[\u2012\u2013\u2014\u2015\u2212]/g
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029]/g

/**
 * Puts text in the form attune matches against: Unicode NFKC (full-width letters, ligatures),
 * typographic quotes, apostrophes and dashes made ASCII, every line break made `\n`, exotic spaces
 * made plain, invisible and control characters removed, and lone surrogates replaced with U+FFFD.
 * Emoji sequences are kept whole. Idempotent: `normalize(normalize(s)) === normalize(s)`.
 *
 * The result can be shorter than the input, so its offsets are not the caller's: to find things in
 * the caller's own string, use {@link tokenize}, whose tokens carry a normalised `norm` and the
 * original offsets.
 *
 * @param text - Any string.
 * @param options - {@link NormalizeOptions}.
 * @returns The normalised text.
 * @throws {@link AttuneError} with code `invalid-input` when `text` is not a string.
 *
 * @example
 * normalize('I’m “fine”\r\nreally\u200B', { foldCase: true })
 * //=> 'i\'m "fine"\nreally'
 *
 * @category Text
 */
export function normalize(text: string, options: NormalizeOptions = {}): string {
  if (typeof text !== 'string') throw invalidInput('text', text)
  let out = text
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(LINE_BREAKS, '\n')
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
  if (options.foldCase) out = out.toLowerCase().normalize('NFKC')
  return out
}
