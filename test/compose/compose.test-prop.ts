import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CHANNEL_LIMITS, composeReply, lintReply } from '../../src'

const pieces = fc.constantFrom(
  "I'm so frustrated ", 'third time ', 'my daughter\'s party is Saturday ', '$49.99 ', 'charged twice ', 'locked out ', 'you idiots ',
  'thanks ', 'never again ', 'URGENT ', '😡 ', 'on hold for 2 hours ', 'not happy ', '?', '!!', '. ', '\n', '{name} ', 'ana@example.com ', '\uD800',
)
const messages = fc.oneof(fc.string({ unit: pieces, maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 200 }))
const channels = fc.constantFrom('chat', 'email', 'phone', 'social', 'sms' as const)

describe('composeReply, for any customer message', () => {
  it('never throws, keeps spans valid, keeps social and SMS within their length, and never leaks a placeholder', () => {
    fc.assert(
      fc.property(messages, channels, fc.string({ maxLength: 8 }), (message, channel, seed) => {
        const reply = composeReply({ message, channel, seed, nextStep: { what: 'look into it', by: '2026-11-20T21:00:00Z' }, customer: { name: 'Dana' }, agent: { name: 'Sam' } })
        for (const part of reply.parts) expect(reply.text.slice(part.span.start, part.span.end)).toBe(part.text)
        const limit = CHANNEL_LIMITS[channel]
        if (limit !== undefined) expect(reply.text.length).toBeLessThanOrEqual(limit)
        expect(reply.text).not.toMatch(/\{|\}|undefined|NaN/)
        if (channel === 'social') expect(reply.text).not.toContain('ana@example.com')
        expect(lintReply(reply.text, { channel }).filter((f) => f.severity === 'error')).toEqual([])
      }),
      { numRuns: 300 },
    )
  })
})
