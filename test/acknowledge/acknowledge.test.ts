import { describe, expect, it } from 'vitest'
import { acknowledge, isAttuneError, tryAcknowledge } from '../../src'
import type { AcknowledgeInput } from '../../src'
import { es } from '../../src/packs/es'

const base: AcknowledgeInput = {
  customer: { name: 'Dana Whitfield' },
  topic: 'your order #A-20931',
  nextMilestone: { what: 'a confirmed delivery date from the courier', by: '2026-11-20T21:00:00Z' },
  updates: { channel: 'email' },
  now: '2026-11-20T15:00:00Z',
  channel: 'chat',
}

describe('acknowledge', () => {
  it('matches the docs example: who, what was received, next milestone by when, where updates come', () => {
    expect(acknowledge(base, { timeZone: 'America/Chicago' }).text).toBe(
      "Hi Dana!\nThanks for getting in touch about your order #A-20931. Next step: a confirmed delivery date from the courier, by 3:00 PM today. I'll keep you posted by email.",
    )
  })

  it('says today, tomorrow or the weekday, in the customer\'s time zone', () => {
    const at = (by: string, timeZone: string) => acknowledge({ ...base, nextMilestone: { ...base.nextMilestone, by } }, { timeZone }).parts.find((p) => p.kind === 'milestone')?.text
    expect(at('2026-11-21T15:00:00Z', 'America/Chicago')).toContain('by 9:00 AM tomorrow')
    expect(at('2026-11-24T16:00:00Z', 'America/Chicago')).toContain('by 10:00 AM on Tuesday')
    expect(at('2026-11-20T23:30:00Z', 'Asia/Tokyo')).toContain('by 8:30 AM today')
    expect(acknowledge({ ...base, customer: { name: 'Dana', timeZone: 'Europe/Lisbon' } }).parts.find((p) => p.kind === 'milestone')?.text).toContain('9:00 PM today')
  })

  it('recognises the customer\'s deadline, in their words said back to them, and names the owner', () => {
    const ack = acknowledge({ ...base, channel: 'email', message: "My daughter's party is Saturday and the gift hasn't shipped!", owner: { name: 'Sam', team: 'Orders' } })
    expect(ack.parts.map((p) => p.kind)).toEqual(['greeting', 'received', 'deadline', 'owner', 'milestone', 'updates'])
    expect(ack.parts[2]?.text).toBe("I know you need this in time for your daughter's party, Saturday.")
    expect(ack.text.startsWith('Hi Dana,\n\n')).toBe(true)
  })

  it('recognises urgency when there is no deadline', () => {
    expect(acknowledge({ ...base, message: 'URGENT: checkout is down, please help asap' }).parts.map((p) => p.kind)).toContain('urgency')
  })

  it('uses the preferred name only with consent to personalise', () => {
    const customer = { name: 'Dana Whitfield', preferredName: 'Dee' }
    expect(acknowledge({ ...base, customer }).parts[0]?.text).toBe('Hi Dana!')
    expect(acknowledge({ ...base, customer: { ...customer, consent: { personalize: true } } }).parts[0]?.text).toBe('Hi Dee!')
    expect(acknowledge({ ...base, customer: {} }).parts[0]?.text).toBe('Hi there!')
  })

  it('writes in another pack', () => {
    const ack = acknowledge({ ...base, pack: es, channel: 'email', topic: 'tu pedido', nextMilestone: { what: 'la confirmación del transportista', by: base.nextMilestone.by } }, { timeZone: 'America/Chicago' })
    expect(ack.text).toBe('Hola, Dana:\n\nGracias por escribirnos sobre tu pedido. Próximo paso: la confirmación del transportista, hoy antes de las 15:00. Te iré informando por email, y puedes responder ahí cuando quieras.')
  })

  it('turns a milestone in the past, beyond the horizon or vague into issues, listed at once', () => {
    const result = tryAcknowledge({ ...base, nextMilestone: { what: 'soon', by: '2026-11-19T10:00:00Z' }, updates: { channel: '' }, channel: 'fax' })
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['vague', 'nextMilestone.what'],
      ['milestone-in-the-past', 'nextMilestone.by'],
      ['empty', 'updates.channel'],
      ['invalid-enum', 'channel'],
    ])
    const far = tryAcknowledge({ ...base, nextMilestone: { ...base.nextMilestone, by: '2026-12-20T10:00:00Z' } })
    expect(!far.ok && far.issues[0]?.code).toBe('milestone-beyond-horizon')
    expect(tryAcknowledge({ ...base, nextMilestone: { ...base.nextMilestone, by: '2026-12-20T10:00:00Z' } }, { horizonHours: 24 * 60 }).ok).toBe(true)
    const vague = tryAcknowledge({ ...base, nextMilestone: { what: 'a reply', by: 'ASAP' } })
    expect(!vague.ok && vague.issues.map((i) => i.code)).toEqual(['vague-time'])
  })

  it('throws one invalid-options error with every issue, and rejects a bad time zone', () => {
    try {
      acknowledge({ ...base, now: 'yesterday' } as AcknowledgeInput, { timeZone: 'Moon/Base' })
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('invalid-options')
      expect(isAttuneError(error) && error.issues.map((i) => i.code)).toEqual(['invalid-date', 'invalid-time-zone'])
    }
    expect(tryAcknowledge(null).ok).toBe(false)
  })

  it('does not mutate its input', () => {
    const input = structuredClone(base)
    acknowledge(input)
    expect(input).toEqual(base)
  })
})
