import { invalidInput } from '../_lib/invalidInput'
import { Flag, KIND_NAMES, Scan, scanText } from '../_lib/scan'

/**
 * What a token is.
 *
 * @example
 * const kind: TokenKind = 'emoji'
 *
 * @category Text
 */
export type TokenKind =
  | 'word'
  | 'number'
  | 'emoji'
  | 'emoticon'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'

/**
 * One token, with its offsets into the caller's original string.
 *
 * @example
 * const token: Token = { kind: 'word', text: 'Don’t', norm: "don't", start: 0, end: 5 }
 *
 * @category Text
 */
export type Token = {
  /** What the token is. */
  kind: TokenKind
  /** `original.slice(start, end)`, exactly. */
  text: string
  /**
   * The form used for matching: lower case, compatibility forms folded (NFKC), curly apostrophes
   * made straight; for emoji, the sequence without variation selectors and skin tones; for a hashtag,
   * the word after `#`.
   */
  norm: string
  /** UTF-16 offset of the first code unit. */
  start: number
  /** UTF-16 offset one past the last code unit. */
  end: number
}

// The scan `tokenize` reuses.
// (Marked pure, so a bundle that never tokenizes leaves the scan out.)
const shared = /* @__PURE__ */ new Scan({ hashed: false })

/**
 * Splits a string into tokens in one linear pass: words (with inner apostrophes and marks), numbers
 * ("49.99", "1,000", "3:30"), emoji sequences (ZWJ, skin tones, flags, keycaps), emoticons, URLs,
 * email addresses, @mentions, #hashtags, punctuation runs ("!!!", "?!", "...") and symbols. White
 * space and invisible characters are skipped. Every token keeps its offsets into `text`.
 *
 * @param text - Any string; lone surrogates and control characters are handled, never thrown on.
 * @returns The tokens in order.
 * @throws {@link AttuneError} with code `invalid-input` when `text` is not a string.
 *
 * @example
 * tokenize('I’m SO done 😤!!').map((t) => [t.kind, t.norm])
 * //=> [['word', "i'm"], ['word', 'so'], ['word', 'done'], ['emoji', '😤'], ['punct', '!!']]
 *
 * @category Text
 */
export function tokenize(text: string): Token[] {
  if (typeof text !== 'string') throw invalidInput('text', text)
  // The scan's arrays are reused from one call to the next (the tokens are copied out before
  // this returns), except for a huge text, whose arrays are left to the garbage collector.
  const scan = scanText(text, shared)
  const tokens: Token[] = []
  for (let k = 0; k < scan.n; k++) {
    const start = scan.starts[k] as number
    const end = scan.ends[k] as number
    const norm = scan.norms[k] as string
    // (A normal form that is the text as written serves as the text too: no second slice.)
    tokens.push({ kind: KIND_NAMES[scan.kindAt[k] as number] as TokenKind, text: ((scan.flags[k] as number) & Flag.AS_WRITTEN) !== 0 ? norm : text.slice(start, end), norm, start, end })
  }
  scan.clear()
  return tokens
}
