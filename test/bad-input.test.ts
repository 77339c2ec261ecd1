// Bad input across the builders: each problem is listed with its path, never a crash.
import { describe, expect, it } from 'vitest'
import { lintReply, tryAcknowledge, tryBuildRepairPlan, tryClosureNote, tryComposeReply, validatePack } from '../src'
import { en } from '../src/packs/en'

const codes = (result: { ok: boolean; issues?: { code: string; path: (string | number)[] }[] }) => (result.ok ? [] : (result.issues ?? []).map((i) => `${i.code}@${i.path.join('.')}`))

describe('bad input', () => {
  it('acknowledge: owner, reading, message and pack', () => {
    const base = { nextMilestone: { what: 'a reply', by: '2026-11-20T21:00:00Z' }, updates: { channel: 'email', how: '' }, now: '2026-11-20T15:00:00Z', channel: 'email' }
    expect(new Set(codes(tryAcknowledge({ ...base, owner: 'Sam', reading: {}, message: 'x', pack: 5, customer: 'Dana', topic: '' })))).toEqual(
      new Set(['empty@updates.how', 'empty@topic', 'not-an-object@owner', 'conflict@reading', 'invalid-pack@pack', 'not-an-object@customer']),
    )
    expect(codes(tryAcknowledge({ ...base, nextMilestone: 'tomorrow', updates: null }))).toEqual(['required@nextMilestone', 'required@updates'])
    expect(tryAcknowledge({ ...base, message: 42 }).ok).toBe(false)
    expect(tryAcknowledge({ ...base, owner: { name: 'Sam', team: 'Orders' }, updates: { channel: 'SMS', how: 'to the number ending 42' } }).ok).toBe(true)
  })

  it('closureNote: customer and pack', () => {
    expect(codes(tryClosureNote({ happened: 'a', changed: 'b', prevented: 'c', thanksFor: 'd', channel: 'email', customer: 'x', pack: [] }))).toEqual(['not-an-object@customer', 'invalid-pack@pack'])
    expect(tryClosureNote('note').ok).toBe(false)
  })

  it('buildRepairPlan: policy, reading, message, pack and option shapes', () => {
    expect(codes(tryBuildRepairPlan({ now: '2026-11-20T15:00:00Z', policy: 'strict', message: 5, reading: 'x', pack: 'es', options: [null, { id: 'a', label: 'A', timeline: 'soon', costToCustomer: 'free', effort: 'none', description: '' }] }))).toEqual([
      'not-an-object@policy', 'not-a-string@message', 'not-an-object@reading', 'invalid-pack@pack', 'not-an-object@options.0', 'not-a-number@options.1.costToCustomer', 'empty@options.1.description', 'required@options.1.timeline',
    ])
    expect(codes(tryBuildRepairPlan({ now: '2026-11-20T15:00:00Z', policy: { maxBusinessCost: -1, maxOptions: 1.5, allowed: [1] }, options: [] }))).toEqual(['too-small@policy.maxBusinessCost', 'not-an-integer@policy.maxOptions', 'invalid-type@policy.allowed', 'empty@options'])
    expect(tryBuildRepairPlan(null).ok).toBe(false)
  })

  it('composeReply: every source, the plan, the agent, the recipe and the pack', () => {
    expect(codes(tryComposeReply({ message: 'hi', conversation: 'x', channel: 'email', plan: {}, nextStep: 'x', agent: 'Sam', customer: 5, recipe: 'haiku', pack: 1, timeZone: 'Mars/Base' }))).toEqual([
      'conflict@conversation', 'not-an-array@conversation', 'conflict@nextStep', 'not-an-object@plan', 'not-an-object@nextStep', 'not-an-object@customer', 'not-an-object@agent', 'invalid-time-zone@timeZone', 'unknown-recipe@recipe', 'invalid-pack@pack',
    ])
    expect(codes(tryComposeReply({ conversation: [{ role: 'bot', text: 'x' }], channel: 'email' }))).toEqual(['invalid-role@conversation.0.role'])
    expect(codes(tryComposeReply({ message: 'x', channel: 'email', recipe: 'reflect' as never }))).toEqual(['unknown-recipe@recipe'])
    expect(codes(tryComposeReply({ message: 'x', channel: 'email', recipe: 5 }))).toEqual(['invalid-type@recipe'])
  })

  it('lintReply reads a conversation for unaddressed concerns', () => {
    const conversation = [{ role: 'customer' as const, text: "I need the dress by Saturday for my sister's wedding!" }, { role: 'agent' as const, text: 'Thanks!' }]
    expect(lintReply('We are looking into your order.', { conversation }).map((f) => f.ruleId)).toContain('unanswered-concern')
  })

  it('validatePack: message shapes that are not what they should be', () => {
    const result = validatePack({ ...en, id: 'a/b', extends: 5, messages: { 'a.b': { text: 'x', vars: 'none', variants: 'none', extra: 1 }, 'a.c': 'text', 'a.d': { text: 'x', vars: { n: 'integer' }, variants: { alternatives: 'x', channel: 'sms', tone: { warm: 5 } } }, 'a.e': { text: '', vars: {} } } })
    expect(codes(result)).toEqual([
      'invalid-extends@extends', 'unknown-key@messages.a.b.extra', 'not-an-object@messages.a.b.vars', 'not-an-object@messages.a.b.variants', 'not-an-object@messages.a.c', 'invalid-variable-type@messages.a.d.vars.n', 'not-an-array@messages.a.d.variants.alternatives', 'not-an-object@messages.a.d.variants.channel', 'not-a-string@messages.a.d.variants.tone.warm', 'empty-message@messages.a.e.text',
    ])
  })
})
