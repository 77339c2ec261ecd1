import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { redact } from '../../src'

describe('redact', () => {
  it('matches the docs example', () => {
    expect(redact('Card 4111 1111 1111 1111, mail ana@example.com or call +1 (555) 010-7788').text).toBe('Card [card], mail [email] or call [phone]')
  })

  it('checks card numbers with Luhn and IBANs with their check digits, so order numbers stay', () => {
    expect(redact('Order 4111 1111 1111 1112 and ticket 123456789').text).toBe('Order 4111 1111 1111 1112 and ticket 123456789')
    expect(redact('IBAN DE89 3704 0044 0532 0130 00 please').text).toBe('IBAN [iban] please')
    expect(redact('IBAN DE00 3704 0044 0532 0130 00 please').text).toBe('IBAN DE00 3704 0044 0532 0130 00 please')
  })

  it('reports what it redacted, where, as spans into the original', () => {
    const text = 'Write to ana@example.com, or 555-010-7788.'
    const { redactions } = redact(text)
    expect(redactions.map((r) => [r.kind, r.original])).toEqual([['email', 'ana@example.com'], ['phone', '555-010-7788']])
    for (const r of redactions) expect(text.slice(r.start, r.end)).toBe(r.original)
  })

  it('redacts URLs only when asked', () => {
    expect(redact('see https://example.com/a.').text).toBe('see https://example.com/a.')
    expect(redact('see https://example.com/a.', { kinds: ['url'] }).text).toBe('see [url].')
  })

  it('never throws, and its spans are valid, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('4', '1', ' ', '-', '(', ')', '+', '@', 'a', '.', 'com', 'DE89', '\uD800') }), (text) => {
        const { redactions } = redact(text, { kinds: ['email', 'phone', 'card', 'iban', 'url'] })
        for (const r of redactions) expect(text.slice(r.start, r.end)).toBe(r.original)
      }),
      { numRuns: 300 },
    )
    expect(() => redact(5 as unknown as string)).toThrowError(/invalid-input/)
  })
})

describe('redact: what is not a person\'s number, and national ids', () => {
  it('leaves dates, order numbers and tracking codes alone', () => {
    for (const text of ['Order #1234567890 placed on 2026-11-20, total $49.99', 'Tracking 1Z999AA10123456784', 'Delivered 20.11.2026 at 10:30', 'Ref A1234567890B']) {
      expect(redact(text)).toEqual({ text, redactions: [] })
    }
  })

  it('takes the opening bracket with a phone number, and names a US SSN as a national id', () => {
    const r = redact('Call (555) 123-4567 or write my SSN 123-45-6789 on the form.')
    expect(r.text).toBe('Call [phone] or write my SSN [national-id] on the form.')
    expect(r.redactions.map((x) => [x.kind, x.original])).toEqual([['phone', '(555) 123-4567'], ['national-id', '123-45-6789']])
    expect(redact('SSN 123-45-6789', { kinds: ['phone'] }).redactions).toEqual([])
  })
})
