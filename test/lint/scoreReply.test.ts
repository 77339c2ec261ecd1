import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scoreReply } from '../../src'
import { composeScenario, scenarios } from '../compose/scenarios'

const good = `Hi Dana,

Waiting two weeks for your refund is frustrating, especially after three emails. It sounds like you're worried it won't come before your rent is due.

I've traced it: the bank returned it on Monday because of an old card. I'll send it to your new card today, and you'll see it by Friday.

Here are 2 options:
- Refund to your new card: arrives Friday
- Store credit now: instant, plus $10

Which works best for you? If anything else comes up, just reply here.

Sam`

const bad = 'I understand how you feel. As I said, per our policy the team will look into it and get back to you shortly.'

describe('scoreReply', () => {
  it('matches the docs example', () => {
    const score = scoreReply("Hi Dana, I'm so sorry your order is late. I'll call the courier and update you by 3 pm today.", { customerMessage: 'Where is my order??', customer: { name: 'Dana' } })
    expect([score.total, score.mechanisms.emotionalReactions]).toEqual([96, 2])
  })

  it('scores a reply a QA lead would praise far above a scripted, defensive one', () => {
    const context = { customerMessage: "I've emailed three times about my refund, I'm so stressed, my rent is due Friday!", customer: { name: 'Dana' } }
    const high = scoreReply(good, context)
    const low = scoreReply(bad, context)
    expect(high.total).toBeGreaterThanOrEqual(85)
    expect(low.total).toBeLessThanOrEqual(55)
    expect(high.criteria.choice.score).toBe(1)
    expect(high.criteria.timeline.score).toBe(1)
    expect(low.criteria.tone.score).toBeLessThan(1)
    expect(low.criteria.ownership.score).toBeLessThan(1)
  })

  it('gives null where a criterion had no opportunity to apply, and leaves it out of the total', () => {
    const score = scoreReply('You are welcome, enjoy the jacket!', { customerMessage: 'All good now, thanks!' })
    expect(score.criteria.personalization.score).toBeNull()
    expect(score.criteria.choice.score).toBeNull()
    expect(score.total).toBeGreaterThan(0)
  })

  it('rates the empathy mechanisms none, weak or strong', () => {
    expect(scoreReply('Your order ships today.').mechanisms).toEqual({ emotionalReactions: 0, interpretations: 0, explorations: 0 })
    expect(scoreReply("I'm sorry. I understand. Can you tell me your order number?").mechanisms).toEqual({ emotionalReactions: 1, interpretations: 1, explorations: 1 })
    expect(scoreReply("I'm so sorry, that must have been awful. It sounds like you're worried about Saturday. What would make this right for you?").mechanisms).toEqual({ emotionalReactions: 2, interpretations: 2, explorations: 2 })
  })

  it('gives every criterion evidence spans into the reply and a rationale', () => {
    const score = scoreReply(good, { customer: { name: 'Dana' } })
    for (const criterion of Object.values(score.criteria)) {
      expect(criterion.rationale.length).toBeGreaterThan(5)
      for (const e of criterion.evidence) expect(good.slice(e.start, e.end)).toBe(e.text)
    }
  })

  it("uses a team's own rubric", () => {
    const context = { customerMessage: 'Where is my order?', customer: { name: 'Dana' } }
    const only = scoreReply('Hi Dana, I will call the courier by 3 pm today.', { ...context, rubric: { validation: 0, ownership: 1, clarity: 0, choice: 0, timeline: 0, personalization: 0, closure: 0, tone: 0 } })
    expect(only.total).toBe(100)
  })

  it('scores every composed reply well', () => {
    for (const scenario of scenarios) {
      const reply = composeScenario(scenario, 'email')
      const score = scoreReply(reply.text, { ...(scenario.input.message ? { customerMessage: scenario.input.message } : {}), ...(scenario.input.customer ? { customer: scenario.input.customer } : {}), channel: 'email' })
      expect(score.total, `${scenario.id}: ${reply.text}`).toBeGreaterThanOrEqual(70)
    }
  })

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (draft) => {
        const { total } = scoreReply(draft)
        expect(total).toBeGreaterThanOrEqual(0)
        expect(total).toBeLessThanOrEqual(100)
      }),
      { numRuns: 200 },
    )
    expect(() => scoreReply(null as unknown as string)).toThrowError(/invalid-input/)
  })
})
