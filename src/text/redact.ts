import { isAsciiLetter } from '../_lib/chars'
import { invalidInput } from '../_lib/invalidInput'
import { tokenize } from './tokenize'
import type { Span } from '../types/core'

/**
 * What {@link redact} found.
 *
 * @example
 * const kind: RedactionKind = 'card'
 *
 * @category Text
 */
export type RedactionKind = 'email' | 'phone' | 'card' | 'iban' | 'national-id' | 'url'

/**
 * One redaction: what it was, where it was in the original text, and what replaced it.
 *
 * @example
 * const redaction: Redaction = { kind: 'email', start: 8, end: 28, original: 'ana.lima@example.com', replacement: '[email]' }
 *
 * @category Text
 */
export type Redaction = Span & {
  /** What it was. */
  kind: RedactionKind
  /** `text.slice(start, end)` of the original. */
  original: string
  /** What stands in its place. */
  replacement: string
}

/**
 * Redacted text, and what was redacted where.
 *
 * @example
 * const result: Redacted = { text: 'mail [email]', redactions: [] }
 *
 * @category Text
 */
export type Redacted = {
  /** The text with every redaction replaced. */
  text: string
  /** What was redacted, in order, with spans into the original. */
  redactions: Redaction[]
}

/**
 * The {@link redact} function options.
 *
 * @example
 * const options: RedactOptions = { kinds: ['email', 'phone'] }
 *
 * @category Text
 */
export type RedactOptions = {
  /** What to redact. @defaultValue all but `url` */
  kinds?: RedactionKind[]
}

const IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g

const isDigit = (c: number): boolean => c >= 48 && c <= 57
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95
// Dates typed with the separators numbers use: 2026-11-20, 20-11-2026, 20.11.2026, 2026.11.20.
const DATE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{4})$/
// A US Social Security number, as people write it: 123-45-6789.
const SSN = /^\d{3}-\d{2}-\d{4}$/
// The separators people type inside phone and card numbers.
const isSeparator = (c: number): boolean => c === 32 || c === 40 || c === 41 || c === 45 || c === 46

// Maximal runs of digits and separators that start with a digit or "+": one linear scan.
function digitRuns(text: string): [number, string][] {
  const runs: [number, string][] = []
  let i = 0
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (!(isDigit(c) || (c === 43 && isDigit(text.charCodeAt(i + 1))))) {
      i++
      continue
    }
    let j = i + 1
    while (j < text.length && (isDigit(text.charCodeAt(j)) || isSeparator(text.charCodeAt(j)))) j++
    runs.push([i, text.slice(i, j)])
    i = j
  }
  return runs
}

function luhn(digits: string): boolean {
  let sum = 0
  for (let k = 0; k < digits.length; k++) {
    let d = digits.charCodeAt(digits.length - 1 - k) - 48
    if (k % 2 === 1) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
  }
  return sum % 10 === 0
}

function ibanValid(raw: string): boolean {
  const iban = raw.replace(/ /g, '')
  if (iban.length < 15 || iban.length > 34) return false
  const moved = iban.slice(4) + iban.slice(0, 4)
  let rest = 0
  for (const ch of moved) {
    const code = ch.charCodeAt(0)
    const value = code >= 65 ? String(code - 55) : ch
    for (const digit of value) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97
  }
  return rest === 1
}

/**
 * Removes personal identifiers from text: email addresses, phone numbers, payment card numbers
 * (checked with Luhn, so an order number is left alone), IBANs (checked with their mod-97 digits),
 * national identity numbers in a known format (a US Social Security number, 123-45-6789) and, when
 * asked, URLs. Digits that are part of a longer code ("1Z999AA10123456784", "#1234567890") and
 * dates ("2026-11-20") are left alone. Returns the redacted text and what was redacted where, as
 * spans into the original text. Linear in the length of the text.
 *
 * @param text - Any string.
 * @param options - {@link RedactOptions}.
 * @returns The redacted text and the redactions, in order.
 * @throws {@link AttuneError} with code `invalid-input` when `text` is not a string.
 *
 * @example
 * redact('Card 4111 1111 1111 1111, mail ana@example.com or call +1 (555) 010-7788').text
 * //=> 'Card [card], mail [email] or call [phone]'
 *
 * @category Text
 */
export function redact(text: string, options: RedactOptions = {}): Redacted {
  if (typeof text !== 'string') throw invalidInput('text', text)
  const kinds = new Set<RedactionKind>(options.kinds ?? ['email', 'phone', 'card', 'iban', 'national-id'])
  const found: Redaction[] = []
  const take = (kind: RedactionKind, start: number, original: string): void => {
    const end = start + original.length
    if (found.some((r) => r.start < end && start < r.end)) return
    found.push({ kind, start, end, original, replacement: `[${kind}]` })
  }
  // Emails and URLs as the tokenizer finds them: one linear pass, no backtracking.
  if (kinds.has('url') || kinds.has('email')) {
    for (const token of tokenize(text)) {
      if ((token.kind === 'url' && kinds.has('url')) || (token.kind === 'email' && kinds.has('email'))) take(token.kind, token.start, token.text)
    }
  }
  if (kinds.has('iban') && /[A-Z]{2}\d{2}/.test(text)) for (const m of text.matchAll(IBAN)) if (ibanValid(m[0])) take('iban', m.index, m[0])
  for (const [runStart, run] of digitRuns(text)) {
    const raw = run.replace(/[\s().+-]+$/, '')
    // Part of a longer code ("1Z999AA10123456784", "#1234567890", "A12345678"): not a number of a person's.
    const before = runStart > 0 ? text.charCodeAt(runStart - 1) : 32
    const after = text.charCodeAt(runStart + raw.length)
    if (isWordChar(before) || before === 35 || isWordChar(after)) continue
    // A date ("2026-11-20", "20.11.2026") is not a phone number.
    if (DATE.test(raw)) continue
    const digits = raw.replace(/\D/g, '')
    // "(555) 123-4567": the opening bracket belongs to the number.
    const start = before === 40 && raw.includes(')') ? runStart - 1 : runStart
    const original = text.slice(start, runStart + raw.length)
    if (kinds.has('card') && digits.length >= 13 && digits.length <= 19 && luhn(digits) && !/[()]/.test(raw)) take('card', start, original)
    else if (SSN.test(raw)) {
      if (kinds.has('national-id')) take('national-id', start, original)
    } else if (kinds.has('phone') && digits.length >= 7 && digits.length <= 15 && (/^\+/.test(raw) || /[\s().-]/.test(raw) || digits.length >= 10)) take('phone', start, original)
  }
  found.sort((a, b) => a.start - b.start)
  let out = ''
  let at = 0
  for (const r of found) {
    out += text.slice(at, r.start) + r.replacement
    at = r.end
  }
  return { text: out + text.slice(at), redactions: found }
}
