import { describe, expect, it } from 'vitest'
import { composeReply } from '../../src'
import type { ComposeReplyInput } from '../../src'
import { toJsonSchema, validateInput } from '../../src/schemas'

describe('schemas', () => {
  it('gives the JSON Schema of composeReply for an LLM tool', () => {
    const schema = toJsonSchema('composeReply')
    expect(schema['required']).toEqual(['channel'])
    expect(Object.keys(schema['properties'] as object)).toContain('nextStep')
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema)
  })

  it('gives a JSON Schema for every public input it knows', () => {
    for (const name of ['composeReply', 'acknowledge', 'closureNote', 'buildRepairPlan', 'repairOption', 'customerContext', 'conversationTurn', 'milestone'] as const) {
      expect(toJsonSchema(name)['type'], name).toBe('object')
    }
  })

  it("maps zod's issues onto attune's Issue, every one with its path", () => {
    expect(validateInput('composeReply', { message: 42, channel: 'fax' })).toEqual({
      ok: false,
      issues: [
        { code: 'invalid-type', path: ['message'], message: 'Invalid input: expected string, received number' },
        { code: 'invalid-value', path: ['channel'], message: 'Invalid option: expected one of "chat"|"email"|"phone"|"social"|"sms"' },
      ],
    })
  })

  it('accepts what a bot would send, and composeReply takes it', () => {
    const args = { message: 'Where is my order?', nextStep: { what: 'check with the courier', by: '2026-11-20T21:00:00Z' }, channel: 'chat' }
    const checked = validateInput('composeReply', args)
    expect(checked.ok).toBe(true)
    expect(checked.ok && composeReply(checked.value as ComposeReplyInput).text).toContain("I'll check with the courier")
  })
})
