import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { composeReply, extendPack, formatFinding, isAttuneError, lintReply, scoreReply } from '../../src'
import type { LintReplyOptions } from '../../src'
import { en } from '../../src/packs/en'
import { es } from '../../src/packs/es'
import { replyFixtures } from '../fixtures/replies'
import { CHANNELS, composeScenario, scenarios } from '../compose/scenarios'

describe('lintReply rules, on real-sounding replies and near misses', () => {
  for (const fixture of replyFixtures) {
    it(`${fixture.rule} ${fixture.fires ? 'fires on' : 'stays quiet on'}: ${fixture.draft.slice(0, 70)}`, () => {
      const findings = lintReply(fixture.draft, (fixture.options ?? {}) as LintReplyOptions)
      expect(findings.some((f) => f.ruleId === fixture.rule)).toBe(fixture.fires)
      for (const f of findings) expect(fixture.draft.slice(f.span.start, f.span.end)).toBe(f.actual)
    })
  }

  it('covers every rule of the en pack with a firing case and a near miss', () => {
    for (const rule of en.lint.rules) {
      expect(replyFixtures.some((f) => f.rule === rule.id && f.fires), rule.id).toBe(true)
      expect(replyFixtures.some((f) => f.rule === rule.id && !f.fires), rule.id).toBe(true)
    }
  })
})

describe('lintReply', () => {
  it('matches the docs example', () => {
    expect(lintReply('I understand how you feel. We will get back to you shortly.').map((f) => f.ruleId)).toEqual(['scripted-empathy', 'vague-timeline'])
  })

  it('finds nothing to fix in any reply composeReply writes, in every scenario, channel and pack', () => {
    for (const scenario of scenarios) {
      for (const pack of [en, es]) {
        for (const channel of CHANNELS) {
          const reply = composeScenario(scenario, channel, pack)
          if (pack !== en) continue // the rules read English
          const findings = lintReply(reply.text, { channel, ...(scenario.input.message ? { customerMessage: scenario.input.message } : {}), ...(scenario.input.customer ? { customer: scenario.input.customer } : {}) })
          const serious = findings.filter((f) => f.severity !== 'info')
          expect(serious.map((f) => `${f.ruleId}: ${f.actual}`), `${scenario.id} ${channel}: ${reply.text}`).toEqual([])
        }
      }
    }
  })

  it('gives a suggestion wherever a better phrasing exists, and a note on why', () => {
    for (const f of lintReply("Just restart it. I'm sorry you feel that way. As I said, we'll reply soon.")) {
      expect(f.suggestion, f.ruleId).toBeTruthy()
      expect(f.note, f.ruleId).toBeTruthy()
    }
    expect(lintReply('Just restart the app.').find((f) => f.ruleId === 'minimizing')?.suggestion).toBe('restart')
  })

  it('sorts findings by position', () => {
    const findings = lintReply("As I said, sorry you feel that way. {name}, we'll reply soon.")
    const starts = findings.map((f) => f.span.start)
    expect([...starts].sort((a, b) => a - b)).toEqual(starts)
  })

  it('turns rules off with allow, runs only some with deny, and refuses both', () => {
    const draft = 'As I said, we will reply soon.'
    expect(lintReply(draft, { allow: ['defensive'] }).map((f) => f.ruleId)).not.toContain('defensive')
    expect(lintReply(draft, { deny: ['defensive'] }).map((f) => f.ruleId)).toEqual(['defensive'])
    try {
      lintReply(draft, { allow: ['a'], deny: ['b'] })
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('invalid-options')
    }
  })

  it("takes a team's own rules from its pack", () => {
    const pack = extendPack(en, { id: 'acme/en', lint: { ...en.lint, rules: [...en.lint.rules, { id: 'no-hey', kind: 'existence', severity: 'info', message: 'We say "hi", not "hey"', note: 'Brand voice.', phrases: ['hey'], suggestion: 'Hi' }] } })
    expect(lintReply('Hey Dana, I will call you at 3 pm.', { pack }).map((f) => [f.ruleId, f.suggestion])).toContainEqual(['no-hey', 'Hi'])
  })

  it('never throws on any string, and every span slices back', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('sorry ', 'soon', 'just ', 'restart', '{name}', 'Hi ', 'Dave', ',', '.', '\n', '\uD800', '😡', 'as i said ') })), (draft) => {
        for (const f of lintReply(draft, { channel: 'social', customer: { name: 'Dana' }, customerMessage: 'I need it by Saturday!' })) {
          expect(draft.slice(f.span.start, f.span.end)).toBe(f.actual)
        }
      }),
      { numRuns: 300 },
    )
    expect(() => lintReply(7 as unknown as string)).toThrowError(/invalid-input/)
  })
})

describe('formatFinding', () => {
  it('matches the docs example: lines and columns worked out at the edge', () => {
    const draft = 'Hi there,\nWe will reply soon.'
    const first = lintReply(draft)[0]
    expect(first && formatFinding(draft, first)).toBe('2:15-2:19 warning A promise with no time [vague-timeline]')
  })
})

describe('replies in a language the QA tables do not read', () => {
  const customerMessage = 'I was charged twice and transferred three times. Still no refund.'
  const spanish = composeReply({ message: customerMessage, channel: 'chat', pack: es, customer: { name: 'Ana' }, nextStep: { what: 'revisar el cobro', by: '2026-11-21T15:00:00Z' } }).text

  it('does not flag a good Spanish reply with English checks (no next step, reading grade)', () => {
    expect(lintReply(spanish, { channel: 'chat', pack: es, customerMessage }).map((f) => f.ruleId)).toEqual([])
  })

  it('still runs the checks that do not read the words', () => {
    const findings = lintReply('¡Hola, {name}! Escríbenos a ana@example.com.', { channel: 'social', pack: es })
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['public-details', 'unfilled-placeholder'])
  })

  it('refuses to score a reply its tables cannot read, with a typed error that says why', () => {
    let error: unknown
    try {
      scoreReply(spanish, { channel: 'chat', pack: es, customerMessage })
    } catch (e) {
      error = e
    }
    expect(isAttuneError(error) && error.code).toBe('invalid-options')
    expect(isAttuneError(error) && error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unsupported-language', 'pack']])
    // An English pack for another English locale reads its replies.
    const enGB = extendPack(en, { id: 'acme/en-GB', locale: 'en-GB' })
    expect(scoreReply("I'm sorry we charged you twice; I'll refund it today and email you by 3 pm.", { channel: 'email', pack: enGB }).total).toBeGreaterThan(50)
  })
})
