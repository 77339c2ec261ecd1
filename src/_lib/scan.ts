// The tokenizer's scan, shared by `tokenize` and by the readers. It writes tokens into parallel
// arrays (kind, normal form, offsets, a hash of the normal form and, given a word table, the word's
// entry in it) rather than objects: `detectFeelings` and `scoreLoyalty` walk them directly, and
// `tokenize` builds its Token objects from them.
import {
  codePointAt,
  isApostrophe,
  isAsciiDigit,
  isAsciiLetter,
  isIgnorable,
  isLetterAt,
  isPictographicAt,
  isPunctuationAt,
  isRegionalIndicator,
  isSkinTone,
  isWhitespace,
  isWordCharAt,
  isWordStartAt,
  widthAt,
} from './chars'
import { Check, Fnv, checkOf, hashOf } from './hash'

/**
 * Token kinds as small integers, in the order of `KIND_NAMES`. (A const enum, as are the other small
 * numbers the scan and the readers test in their loops: the build writes each value where it is
 * used, so a loop compares with a constant rather than loading one from the module at every token.)
 */
export const enum Kind {
  WORD = 0,
  NUMBER = 1,
  EMOJI = 2,
  EMOTICON = 3,
  PUNCT = 4,
  SYMBOL = 5,
  URL = 6,
  EMAIL = 7,
  MENTION = 8,
  HASHTAG = 9,
}
export const KIND_NAMES = ['word', 'number', 'emoji', 'emoticon', 'punct', 'symbol', 'url', 'email', 'mention', 'hashtag'] as const

/**
 * A set of words in an open-addressing table by `hashOf`: `keys[slots[s]]` is the word in slot `s`
 * (-1: empty). The scan looks each plain word up as it reads it.
 */
export type WordTable = {
  slots: Int32Array
  keys: string[]
  /** `Mark` bits of each key, by index in `keys`, set by the reader the table is made for (`Mark.CONTRAST`). */
  marks: Uint8Array
  /**
   * Each key's `hashOf` and `checkOf`, by index in `keys`. A word is found by these two numbers
   * rather than by comparing its characters: two different words agree on both 32-bit hashes only
   * by a chance of about one in 2^64 per word looked up (and no two of the table's own keys do,
   * which the tests check).
   */
  hashes: Int32Array
  checks: Int32Array
}


/** Builds a `WordTable` of `words`, at most a third full so a miss usually stops at the first empty slot. */
export function wordTable(words: Iterable<string>): WordTable {
  const keys = [...words]
  let size = 1024
  while (size < keys.length * 3) size *= 2
  const slots = new Int32Array(size).fill(-1)
  const marks = new Uint8Array(keys.length)
  const hashes = new Int32Array(keys.length)
  const checks = new Int32Array(keys.length)
  keys.forEach((word, index) => {
    const hash = hashOf(word)
    hashes[index] = hash
    checks[index] = checkOf(word)
    // (The high bits of the hash pick the slot, as in `findHashed`: they depend on every character.)
    let slot = (hash ^ (hash >>> 16)) & (size - 1)
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1)
    slots[slot] = index
  })
  return { slots, keys, marks, hashes, checks }
}

/** The bits of `WordTable.marks` and `Scan.marks`. */
export const enum Mark {
  /** A contrast word ("but"), set by `compileTables`: the walk weighs a sentence's clauses only when the scan met one. */
  CONTRAST = 1,
  /** (`Scan.marks` only.) A word the scan did not look up in its table, which may be any word. */
  UNLOOKED = 2,
}

/** The index in `table.keys` of `word` (whose `hashOf` is `hash`), or -1. */
export function findWord(table: WordTable, hash: number, word: string): number {
  return findHashed(table.slots, table.hashes, table.checks, hash, checkOf(word))
}

// The index in a word table's keys of the word whose `hashOf` and `checkOf` are `hash` and `check`,
// or -1 (see `WordTable.hashes`). No string is made or compared. (The table's arrays are passed in:
// the scan reads them once.)
function findHashed(slots: Int32Array, hashes: Int32Array, checks: Int32Array, hash: number, check: number): number {
  const mask = slots.length - 1
  // (The slot's formula is written out here and in `wordTable`: in the scan's loop the engine does
  // not inline a call.)
  let slot = (hash ^ (hash >>> 16)) & mask
  for (;;) {
    const entry = slots[slot] as number
    if (entry < 0 || (hashes[entry] === hash && checks[entry] === check)) return entry
    slot = (slot + 1) & mask
  }
}

/** The flags of `Scan.flags`. */
export const enum Flag {
  /**
   * A word in lower case with no letter three times running, so neither shouted nor stretched (the
   * scan's fast path knows it; other tokens are tested when read).
   */
  PLAIN = 1,
  /** The normal form has the same characters as the text of the token. */
  AS_WRITTEN = 2,
  /**
   * The scan's fast path read the word (ASCII letters and apostrophes) in a scan that keeps hashes,
   * and knows whether it is in capitals and stretched: `CAPS` and `STRETCHED` are then set or not,
   * and a reader need not test the word's text again.
   */
  READ = 4,
  /** Two letters or more, all capitals ("NOW", "I'M"): shouted, unless an acronym. (With `READ`.) */
  CAPS = 8,
  /** A letter three times running, in any case ("sooo", "NOOO"). (With `READ`.) */
  STRETCHED = 16,
}

// `into`, with `from` copied to its start.
function copied<T extends Uint8Array | Int32Array>(from: T, into: T): T {
  into.set(from)
  return into
}

// The table of no word, whose arrays a scan without a table reads (it looks nothing up in them).
const NO_TABLE = /* @__PURE__ */ wordTable([])

export const enum Entry {
  /** `entryAt[k]` when token `k` was not looked up in the scan's table. */
  NOT_LOOKED_UP = -2,
}

/**
 * Tokens as parallel arrays: token `k` is of kind `kindAt[k]`, with normal form `norms[k]`, at
 * `text.slice(starts[k], ends[k])`. `n` is the number of tokens; the arrays may be longer, and are
 * reused from one scan to the next.
 */
export class Scan {
  n = 0
  kindAt = new Uint8Array(0)
  /** `Flag.PLAIN` and `Flag.AS_WRITTEN`, for what the scan knows of a token without testing it again. */
  flags = new Uint8Array(0)
  starts = new Int32Array(0)
  ends = new Int32Array(0)
  /** `hashOf(norms[k])`, so a reader looks a word up without hashing it again. */
  hashes = new Int32Array(0)
  /**
   * Where the scan found token `k` in `table.keys` (-1: not there), or `Entry.NOT_LOOKED_UP`.
   * `walkFeatures` then looks up the rest, and writes -1 for the tokens it gives no role
   * (punctuation and other tokens that are not word-like).
   */
  entryAt = new Int32Array(0)
  norms: string[] = []
  /** The words to look up while scanning, or null. */
  table: WordTable | null = null
  /**
   * Whether `hashes` (and the `Flag.PLAIN` flag) are kept. A reader that looks nothing up by hash
   * (`tokenize`, `scoreLoyalty`) turns this off and is spared the work; `hashes` then holds zeros.
   */
  hashed = true
  /** Whether the text scanned has a line break (a reader of emails looks closer only then). */
  lines = false
  /**
   * The `Mark` bits of the words found in the table, or'ed together, and `Mark.UNLOOKED` when a word
   * was not looked up: `walkFeatures` looks for contrast words only when this may have one.
   */
  marks = 0
  /** Where the next "@" is (-1: none left; -2: not looked for yet), for `mayHaveEmail`. */
  atSign = -2
  /** Where the next white space is, for `mayHaveEmail`. */
  spaceAt = -1
  /**
   * Where the last failed email scan stopped: any start before it would fail the same way, so the
   * scan is not repeated (keeps the pass linear on "a.a.a.a...").
   */
  emailFailUntil = -1

  /** @param options - `hashed: false` for a reader that looks nothing up by hash. */
  constructor(options: { hashed?: boolean } = {}) {
    this.hashed = options.hashed ?? true
    // The arrays are replaced when they grow; made here in a second step, so the engine treats
    // them as replaceable from the start, rather than compiling code that assumes they never
    // change and throwing it away when a huge text first makes them grow.
    this.reserve(64)
  }

  push(kind: number, norm: string, start: number, end: number): void {
    this.pushFound(kind, norm, start, end, this.hashed ? hashOf(norm) : 0, Entry.NOT_LOOKED_UP, 0)
  }

  pushFound(kind: number, norm: string, start: number, end: number, hash: number, entry: number, flags: number): void {
    const k = this.n
    if (k === this.kindAt.length) this.grow()
    this.kindAt[k] = kind
    this.flags[k] = flags
    this.starts[k] = start
    this.ends[k] = end
    this.hashes[k] = hash
    this.entryAt[k] = entry
    this.norms[k] = norm
    this.n = k + 1
  }

  private grow(): void {
    this.reserve(this.kindAt.length * 2)
  }

  /**
   * Forgets the last text's words, so a reused scan holds no string of a customer's message between
   * calls (only the numbers in the typed arrays are left, until the next scan overwrites them).
   */
  clear(): void {
    for (let k = 0; k < this.n; k++) this.norms[k] = ''
    this.n = 0
  }

  /** Makes room for `size` tokens without growing again (a huge text says how many it expects). */
  reserve(size: number): this {
    if (size <= this.kindAt.length) return this
    this.kindAt = copied(this.kindAt, new Uint8Array(size))
    this.flags = copied(this.flags, new Uint8Array(size))
    this.starts = copied(this.starts, new Int32Array(size))
    this.ends = copied(this.ends, new Int32Array(size))
    this.hashes = copied(this.hashes, new Int32Array(size))
    this.entryAt = copied(this.entryAt, new Int32Array(size))
    return this
  }
}

// Emoticons, longest first within each leading character so the scan takes the longest match (one
// string, split at spaces: fewer bytes in the bundle than an array of strings).
const EMOTICONS = /* @__PURE__ */ ">:-( >:( :'-( :'( :’( :-) :-( :-D :-P :-p :-/ :-| :-O :-o :-* ;-) </3 ^_^ -_- T_T :) :( :D :P :p :/ :\\ :| :O :o :@ :$ :* :] :[ :S :s :c ;) ;D ;( =) =( =D =/ <3 xD XD D: ^^ 8) (: ):".split(' ')
// Emoticons whose first character can also end a word or a clause need a boundary before them (a
// set of the string's characters).
const NEEDS_BOUNDARY_BEFORE = new Set('<xXD^-T8()>')
const EMOTICONS_BY_FIRST = new Map<string, string[]>()
for (const e of EMOTICONS) {
  const list = EMOTICONS_BY_FIRST.get(e.charAt(0)) ?? []
  list.push(e)
  EMOTICONS_BY_FIRST.set(e.charAt(0), list)
}
const EMOTICON_START = new Uint8Array(128)
for (const e of EMOTICONS) EMOTICON_START[e.charCodeAt(0)] = 1
// ASCII characters that always make a one-character punctuation (1) or symbol (2) token, whatever
// surrounds them: not a letter, digit or space, and nothing longer (an emoticon, "#tag", "@name",
// a keycap, "!!!", "...") can start with them. Worked out from the same tests the general path uses.
const ASCII_SINGLE = new Uint8Array(128)
const ASCII_CHARS: string[] = []
const ASCII_HASHES = new Int32Array(128)
for (let c = 33; c < 127; c++) {
  const ch = String.fromCharCode(c)
  ASCII_CHARS[c] = ch
  ASCII_HASHES[c] = hashOf(ch)
  if (isAsciiLetter(c) || isAsciiDigit(c) || EMOTICON_START[c] === 1 || '#@*!?.'.includes(ch) || isWordStartAt(ch, 0)) continue
  ASCII_SINGLE[c] = isPunctuationAt(ch, 0) ? 1 : 2
}

// The normal form of the word of ASCII letters and apostrophes from `i` to `j`.
function asciiWordNorm(text: string, i: number, j: number, upper: boolean, curly: boolean): string {
  const raw = text.slice(i, j)
  const norm = upper ? raw.toLowerCase() : raw
  return curly ? norm.replace(APOSTROPHES, "'") : norm
}

// Pushes the token of one ASCII character `c` at `i` (its own normal form), with its string and hash
// made once for all texts.
function pushAscii(tokens: Scan, kind: number, c: number, i: number): void {
  tokens.pushFound(kind, ASCII_CHARS[c] as string, i, i + 1, tokens.hashed ? (ASCII_HASHES[c] as number) : 0, Entry.NOT_LOOKED_UP, Flag.AS_WRITTEN)
}

// Above this length a text gets arrays of its own, left to the garbage collector afterwards, so the
// reused arrays never grow to a huge text's size.
const HUGE = 100_000

/** Whether `text` is too long for a reused scan (see `scanText`). */
export const isHuge = (text: string): boolean => text.length > HUGE

/**
 * Scans `text` with the reused scan `reused` (set to look words up in `table`), or, for a huge text,
 * with a scan of its own sized once for it. Returns the scan used.
 */
export function scanText(text: string, reused: Scan, table: WordTable | null = null): Scan {
  const scan = isHuge(text) ? new Scan({ hashed: reused.hashed }).reserve(text.length >> 2) : reused
  scan.table = table
  return scanInto(text, scan)
}

/**
 * Scans `text` into `tokens` (from its start: what it held before is overwritten) and returns it.
 * See `tokenize` for what the tokens are.
 */
export function scanInto(text: string, tokens: Scan): Scan {
  tokens.n = 0
  tokens.lines = false
  tokens.marks = 0
  const table = tokens.table
  // The table's arrays, read once: the word loop looks words up in them directly.
  const { slots, keys, marks: keyMarks, hashes: keyHashes, checks: keyChecks } = table ?? NO_TABLE
  // The marks of the words found (see `Scan.marks`); a scan without a table looks up none.
  let marks = table === null ? Mark.UNLOOKED : 0
  const n = text.length
  tokens.atSign = -2
  tokens.spaceAt = -1
  let i = 0
  tokens.emailFailUntil = -1
  while (i < n) {
    const c = text.charCodeAt(i)
    // Fast path for the commonest token, a word of ASCII letters (with inner apostrophes, straight
    // or curly, before a letter: "don't", "don’t"): no URL, emoticon or email can start here, and
    // the word ends at a character that cannot continue it. Anything else (digits, other scripts)
    // takes the general path below, which gives the same token.
    const lower = c | 32
    if (lower >= 97 && lower <= 122 && !((c === 84 || c === 68 || c === 120 || c === 88) && maybeEmoticonAt(text, i, c)) && !((lower === 104 || lower === 119) && maybeUrlAt(text, i))) {
      let j = i + 1
      // The AND of the word's letters: bit 32 is clear when one of them is a capital.
      let cases = c
      let general = false
      let apostrophe = false
      let curly = false
      // The hash of the lower-case form, as `hashOf` computes it, built as the letters are read.
      let hash = Math.imul(Fnv.SEED ^ lower, Fnv.PRIME)
      // And `checkOf`, which the table's fast lookup compares too.
      let check = Math.imul(Check.SEED ^ lower, Check.PRIME)
      // Whether a letter comes three times running ("sooo"), in any case: the last two characters
      // read, in lower case (an apostrophe breaks a run).
      let stretchedWord = false
      let last = lower
      let before = 0
      // The character after the word (0 at the end of the text).
      let d = 0
      for (;;) {
        d = 0
        while (j < n) {
          d = text.charCodeAt(j)
          const l = d | 32
          if (l < 97 || l > 122) break
          if (l === last && l === before) stretchedWord = true
          before = last
          last = l
          cases &= d
          hash = Math.imul(hash ^ l, Fnv.PRIME)
          check = Math.imul(check ^ l, Check.PRIME)
          j++
        }
        if (j >= n) break
        if ((d === 39 || d === 0x2019 || d === 0x2018 || d === 0x2bc) && j + 1 < n) {
          // An inner apostrophe, straight or curly ("don't", "don’t"): the normal form has a straight one.
          const e = text.charCodeAt(j + 1)
          if (isAsciiLetter(e)) {
            cases &= e
            if (d !== 39) curly = true
            apostrophe = true
            before = d
            last = e | 32
            hash = Math.imul(Math.imul(hash ^ 39, Fnv.PRIME) ^ (e | 32), Fnv.PRIME)
            check = Math.imul(Math.imul(check ^ 39, Check.PRIME) ^ (e | 32), Check.PRIME)
            j += 2
            continue
          }
          general = e >= 128 || d !== 39
        } else {
          // An email address may go on past a word of letters at ".", "_", "%", "+", "-" or "@"
          // (not past an apostrophe): those take the general path, which looks for one.
          general = d >= 128 || (d >= 48 && d <= 57) || (!apostrophe && (d === 46 || d === 95 || d === 37 || d === 43 || d === 45 || d === 64) && mayHaveEmail(text, j, tokens))
        }
        break
      }
      if (!general) {
        const upper = (cases & 32) === 0
        // A word the table knows takes the table's string as its normal form: no slice, and later
        // comparisons with the table's words are by identity.
        const entry = table !== null ? findHashed(slots, keyHashes, keyChecks, hash, check) : Entry.NOT_LOOKED_UP
        let flags = upper || curly ? 0 : Flag.AS_WRITTEN
        const mark = entry >= 0 ? (keyMarks[entry] as number) : 0
        marks |= mark
        if (tokens.hashed) {
          // Whether the word is stretched, and whether it is plain: in lower case, and not stretched.
          // A word with a capital is also tested for capitals.
          flags |= Flag.READ | (stretchedWord ? Flag.STRETCHED : upper ? 0 : Flag.PLAIN)
          if (upper && j - i >= 2 && capitalsOnly(text, i, j)) flags |= Flag.CAPS
        }
        // (One push for both, so the engine inlines one copy of it.)
        const known = entry >= 0
        tokens.pushFound(Kind.WORD, known ? (keys[entry] as string) : asciiWordNorm(text, i, j, upper, curly), i, j, known || tokens.hashed ? hash : 0, entry, flags)
        i = j
        // The spaces after a word are passed over here, without a turn of the main loop each.
        if (d === 32) {
          i++
          while (i < n && text.charCodeAt(i) === 32) i++
        }
        continue
      }
    }
    if (c < 32 || isWhitespace(c) || isIgnorable(c) || (c >= 127 && c <= 159)) {
      if (c === 10) tokens.lines = true
      i++
      continue
    }
    if (c === 33 || c === 63) {
      // "!!!", "?!", "!?!" as one token, so emphasis and questions read as one mark. ("‼" and "⁉"
      // are emoji when they come first, and join the run when they follow.)
      let end = i + 1
      let special = false
      while (end < n) {
        const d = text.charCodeAt(end)
        if (d === 33 || d === 63) end++
        else if (d === 0x203c || d === 0x2049) {
          special = true
          end++
        } else break
      }
      if (end === i + 1) pushAscii(tokens, Kind.PUNCT, c, i)
      else {
        const raw = text.slice(i, end)
        tokens.push(Kind.PUNCT, special ? raw.replace(/\u203C/g, '!!').replace(/\u2049/g, '!?') : raw, i, end)
      }
      i = end
      continue
    }
    if (c === 46 || c === 0x2026) {
      let end = i + 1
      while (end < n && (text.charCodeAt(end) === 46 || text.charCodeAt(end) === 0x2026)) end++
      if (end === i + 1 && c === 46) pushAscii(tokens, Kind.PUNCT, c, i)
      else tokens.push(Kind.PUNCT, '...', i, end)
      i = end
      continue
    }
    if (c >= 0x2010 && c <= 0x2027) {
      // General punctuation (dashes, curly quotes, bullets): always one punctuation mark, whatever
      // surrounds it, so the Unicode tests below are not needed. ("…" took the dots path above.)
      tokens.push(Kind.PUNCT, punctNorm(text[i] as string), i, i + 1)
      i++
      continue
    }
    if (c < 128 && ASCII_SINGLE[c] !== 0) {
      pushAscii(tokens, ASCII_SINGLE[c] === 1 ? Kind.PUNCT : Kind.SYMBOL, c, i)
      i++
      continue
    }
    i = scanOther(text, i, c, tokens)
  }
  tokens.marks |= marks
  return tokens
}

// The token at `i` that the scan's quicker paths do not read (`c` is its first code unit): a URL,
// emoticon, email, keycap, word of any script or number, emoji, hashtag or mention, or any other
// mark. Pushes it and returns where it ends. (Apart from the loop, so the engine's budget for
// compiling small functions into the loop goes to the paths most tokens take.)
function scanOther(text: string, i: number, c: number, tokens: Scan): number {
  const n = text.length
  const prev = i > 0 ? text.charCodeAt(i - 1) : 32
  const atBoundary = isWhitespace(prev) || prev === 40 || prev === 34
  // URL
  if ((c === 104 || c === 72 || c === 119 || c === 87) && atBoundary) {
    const end = scanUrl(text, i)
    if (end > i) {
      tokens.push(Kind.URL, text.slice(i, end), i, end)
      return end
    }
  }
  // Emoticon (before words: "xD", "D:")
  if (c < 128 && EMOTICON_START[c] === 1) {
    const end = scanEmoticon(text, i, atBoundary)
    if (end > i) {
      const raw = text.slice(i, end)
      tokens.push(Kind.EMOTICON, emoticonNorm(raw), i, end)
      return end
    }
  }
  if (isWordStartAt(text, i)) {
    if (i >= tokens.emailFailUntil && c < 128 && mayHaveEmail(text, i, tokens)) {
      const end = scanEmail(text, i)
      if (end > 0) {
        tokens.push(Kind.EMAIL, text.slice(i, end).toLowerCase(), i, end)
        return end
      }
      tokens.emailFailUntil = -end
    }
    // A keycap emoji: digit, optional VS16, U+20E3.
    if (isAsciiDigit(c) || c === 35 || c === 42) {
      const k = keycapEnd(text, i)
      if (k > i) {
        tokens.push(Kind.EMOJI, text.slice(i, k).replace(/\uFE0F/g, ''), i, k)
        return k
      }
    }
    const end = scanWord(text, i)
    const raw = text.slice(i, end)
    const kind = isAsciiDigit(c) && isNumberLike(raw) ? Kind.NUMBER : Kind.WORD
    if (kind === Kind.WORD) tokens.marks |= Mark.UNLOOKED
    tokens.push(kind, kind === Kind.NUMBER || isPlainLower(text, i, end) ? raw : wordNorm(raw), i, end)
    return end
  }
  const cp = codePointAt(text, i)
  if (isPictographicAt(text, i) || isRegionalIndicator(cp)) {
    const end = scanEmoji(text, i)
    tokens.push(Kind.EMOJI, emojiNorm(text.slice(i, end)), i, end)
    return end
  }
  if (c === 35 /* # */ || c === 64 /* @ */) {
    if (i + 1 < n && isWordStartAt(text, i + 1) && (c === 35 || atBoundary)) {
      const end = scanWord(text, i + 1)
      const word = wordNorm(text.slice(i + 1, end))
      tokens.push(c === 35 ? Kind.HASHTAG : Kind.MENTION, c === 35 ? word : '@' + word, i, end)
      return end
    }
  }
  const w = widthAt(text, i)
  const raw = text.slice(i, i + w)
  const isPunct = isPunctuationAt(text, i)
  tokens.push(isPunct ? Kind.PUNCT : Kind.SYMBOL, isPunct ? punctNorm(raw) : raw.length === 1 && c < 128 ? raw : raw.normalize('NFKC'), i, i + w)
  return i + w
}

function scanWord(text: string, i: number): number {
  const n = text.length
  let j = i + widthAt(text, i)
  while (j < n) {
    const c = text.charCodeAt(j)
    if (c < 128) {
      if (isAsciiLetter(c) || isAsciiDigit(c)) {
        j++
        continue
      }
      // inner apostrophe: "don't", "customer's"
      if (c === 39 && j + 1 < n && isLetterAt(text, j + 1)) {
        j++
        continue
      }
      // inner separator of a number: "49.99", "1,000", "3:30"
      if ((c === 46 || c === 44 || c === 58) && j + 1 < n && isAsciiDigit(text.charCodeAt(j + 1)) && isAsciiDigit(text.charCodeAt(j - 1))) {
        j++
        continue
      }
      break
    }
    if (isApostrophe(c) && j + 1 < n && isLetterAt(text, j + 1)) {
      j++
      continue
    }
    if (isWordCharAt(text, j)) {
      j += widthAt(text, j)
      continue
    }
    break
  }
  return j
}

// ASCII with no capital and no apostrophe: already in matching form (the common case).
function isPlainLower(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c > 127 || (c >= 65 && c <= 90)) return false
  }
  return true
}

function isNumberLike(raw: string): boolean {
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k)
    if (!(isAsciiDigit(c) || c === 46 || c === 44 || c === 58)) return false
  }
  return true
}

const NON_ASCII = /[^\u0000-\u007f]/
const APOSTROPHES = /[\u2018\u2019\u02bc]/g

function wordNorm(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase()
  return raw.normalize('NFKC').toLowerCase().replace(APOSTROPHES, "'")
}

function punctNorm(raw: string): string {
  switch (raw) {
    case '\u2018':
    case '\u2019':
    case '\u201a':
    case '\u2032':
      return "'"
    case '\u201c':
    case '\u201d':
    case '\u201e':
    case '\u2033':
    case '\u00ab':
    case '\u00bb':
      return '"'
    case '\u2013':
    case '\u2014':
    case '\u2012':
    case '\u2015':
    case '\u2212':
      return '-'
    default:
      // (NFKC leaves a single ASCII character as it is.)
      return raw.length === 1 && raw.charCodeAt(0) < 128 ? raw : raw.normalize('NFKC')
  }
}

function scanEmoji(text: string, i: number): number {
  const n = text.length
  const first = codePointAt(text, i)
  let j = i + widthAt(text, i)
  if (isRegionalIndicator(first)) {
    if (j < n && isRegionalIndicator(codePointAt(text, j))) j += 2
    return j
  }
  while (j < n) {
    const cp = codePointAt(text, j)
    if (cp === 0xfe0f || cp === 0xfe0e || cp === 0x20e3 || isSkinTone(cp) || (cp >= 0xe0020 && cp <= 0xe007f)) {
      j += widthAt(text, j)
      continue
    }
    if (cp === 0x200d && j + 1 < n && isPictographicAt(text, j + 1)) {
      j += 1 + widthAt(text, j + 1)
      continue
    }
    break
  }
  return j
}

function keycapEnd(text: string, i: number): number {
  let j = i + 1
  if (text.charCodeAt(j) === 0xfe0f) j++
  return text.charCodeAt(j) === 0x20e3 ? j + 1 : i
}

const EMOJI_MODIFIERS = /[\uFE0E\uFE0F]|\uD83C[\uDFFB-\uDFFF]/g

function emojiNorm(raw: string): string {
  return raw.replace(EMOJI_MODIFIERS, '')
}

function scanEmoticon(text: string, i: number, atBoundary: boolean): number {
  const first = text[i] as string
  if (NEEDS_BOUNDARY_BEFORE.has(first) && !atBoundary) return i
  for (const e of EMOTICONS_BY_FIRST.get(first) ?? []) {
    if (!text.startsWith(e, i)) continue
    let end = i + e.length
    const last = e.charCodeAt(e.length - 1)
    // ":)))" and ":((" are one emoticon.
    if (!isAsciiLetter(last)) while (end < text.length && text.charCodeAt(end) === last) end++
    if (end < text.length) {
      const after = text.charCodeAt(end)
      // The next character must not continue a word: ":Do" is not ":D" + "o".
      if (isWordStartAt(text, end) || after === 47 || after === 92) return i
    }
    return end
  }
  return i
}

function emoticonNorm(raw: string): string {
  let s = raw.replace('-', '').replace('’', "'")
  // ":)))" reads as ":)"
  while (s.length > 2 && s[s.length - 1] === s[s.length - 2] && !/[a-z]/i.test(s[s.length - 1] as string)) s = s.slice(0, -1)
  return s.toLowerCase()
}

// Whether the emoticon-starting letter `c` at `i` begins an emoticon's second character: "T_T",
// "D:", "xD". (Whether it is one is for the general path to tell.)
function maybeEmoticonAt(text: string, i: number, c: number): boolean {
  const d = text.charCodeAt(i + 1)
  return c === 84 ? d === 95 : c === 68 ? d === 58 : d === 68
}

// Whether an email address may start at or run through `from`: only if an "@" comes after it before
// any white space (an address has none). The next "@" and the next white space are found on first
// need and kept in `tokens` while `from` has not passed them (it only grows), so a scan looks at each
// character for them at most once; a text with no "@" skips the email scans entirely.
function mayHaveEmail(text: string, from: number, tokens: Scan): boolean {
  if (tokens.atSign === -1) return false
  if (tokens.atSign < from) {
    tokens.atSign = text.indexOf('@', from)
    if (tokens.atSign < 0) return false
  }
  if (tokens.spaceAt < from) {
    let k = from
    while (k < text.length && !isWhitespace(text.charCodeAt(k))) k++
    tokens.spaceAt = k
  }
  return tokens.atSign < tokens.spaceAt
}

// Whether a URL may start at `i`, where "h" or "w" is: "http" or "www.", in any case.
function maybeUrlAt(text: string, i: number): boolean {
  const d = text.charCodeAt(i + 1) | 32
  return (d === 116 || d === 119) && (hasPrefixAt(text, i, 'http') || hasPrefixAt(text, i, 'www.'))
}

// Whether `text` from `start` to `end` (ASCII letters and apostrophes) has no lower-case letter.
function capitalsOnly(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c >= 97 && c <= 122) return false
  }
  return true
}

// Whether `text` has `prefix` (lower case ASCII) at `i`, ignoring case, without slicing.
function hasPrefixAt(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false
  for (let k = 0; k < prefix.length; k++) {
    if ((text.charCodeAt(i + k) | 0x20) !== prefix.charCodeAt(k)) return false
  }
  return true
}

function scanUrl(text: string, i: number): number {
  const www = hasPrefixAt(text, i, 'www.')
  if (!www && !hasPrefixAt(text, i, 'http://') && !hasPrefixAt(text, i, 'https://')) return i
  const n = text.length
  let j = i
  while (j < n && !isWhitespace(text.charCodeAt(j))) j++
  // trailing punctuation belongs to the sentence, not the URL
  while (j > i && /[.,;:!?)\]}'"\u2019\u201d>]/.test(text[j - 1] as string)) j--
  const minimum = www ? 5 : 9
  return j - i >= minimum ? j : i
}

// Returns the end of an email address starting at i, or minus the position where the scan failed.
function scanEmail(text: string, i: number): number {
  const n = text.length
  let j = i
  while (j < n) {
    const c = text.charCodeAt(j)
    if (isAsciiLetter(c) || isAsciiDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) j++
    else break
  }
  if (j >= n || text.charCodeAt(j) !== 64) return -Math.max(j, i + 1)
  let k = j + 1
  let lastDot = -1
  while (k < n) {
    const c = text.charCodeAt(k)
    if (isAsciiLetter(c) || isAsciiDigit(c) || c === 45) k++
    else if (c === 46 && k + 1 < n && (isAsciiLetter(text.charCodeAt(k + 1)) || isAsciiDigit(text.charCodeAt(k + 1)))) {
      lastDot = k
      k++
    } else break
  }
  if (lastDot < 0 || k - lastDot < 3 || text.charCodeAt(j - 1) === 46) return -Math.max(j, i + 1)
  return k
}
