import { describe, expect, it } from 'vitest'
import { buildRepairPlan, inferPriority, isAttuneError, tryBuildRepairPlan } from '../../src'
import type { RepairOption } from '../../src'
import { fr } from '../../src/packs/fr'

const now = '2026-11-23T15:00:00Z' // a Monday
const courier: RepairOption = { id: 'courier', label: 'Overnight courier', timeline: { days: 1 }, costToCustomer: 12, effort: 'none', businessCost: 30 }
const post: RepairOption = { id: 'post', label: 'Free standard post', timeline: { businessDays: 5 }, costToCustomer: 0, effort: 'none', businessCost: 8 }
const store: RepairOption = { id: 'store', label: 'Pick up in store today', timeline: { hours: 4 }, costToCustomer: 0, effort: 'medium', description: 'go to the store', businessCost: 5 }
const slowPaid: RepairOption = { id: 'slow-paid', label: 'Paid economy post', timeline: { businessDays: 6 }, costToCustomer: 5, effort: 'none', businessCost: 6 }

describe('buildRepairPlan', () => {
  it('matches the docs example', () => {
    const plan = buildRepairPlan({ now, message: 'I need it by Friday!', options: [courier, post] })
    expect(plan.options.map((o) => `${o.label}: ${o.tradeoff}`)).toEqual(['Overnight courier: fastest, arrives Tuesday; costs $12.00', 'Free standard post: no cost to you, but it takes 5 business days'])
    expect(plan).toMatchObject({ priority: 'speed', priorityFrom: 'inferred', hasChoice: true, intro: 'Here are 2 options:', question: 'Which of these works best for you?' })
  })

  it('drops options another beats on every count, and options outside policy, saying which and why', () => {
    const plan = buildRepairPlan({ now, priority: 'savings', options: [courier, post, slowPaid, store], policy: { maxBusinessCost: 20 } })
    expect(plan.dropped).toEqual([
      { id: 'courier', reason: 'outside-policy', message: '"Overnight courier" is outside policy: it costs the business 30, over the limit of 20' },
      { id: 'slow-paid', reason: 'dominated', by: 'post', message: '"Paid economy post" is beaten on time, cost and effort by "Free standard post"' },
    ])
    expect(plan.options.map((o) => o.id)).toEqual(['store', 'post'])
  })

  it('orders the options by the priority', () => {
    const options = [courier, post, store]
    expect(buildRepairPlan({ now, priority: 'speed', options }).options.map((o) => o.id)).toEqual(['store', 'courier', 'post'])
    expect(buildRepairPlan({ now, priority: 'savings', options }).options.map((o) => o.id)).toEqual(['store', 'post', 'courier'])
    expect(buildRepairPlan({ now, priority: 'convenience', options }).options.map((o) => o.id)).toEqual(['courier', 'post', 'store'])
  })

  it('keeps at most maxOptions, saying which were left out', () => {
    const plan = buildRepairPlan({ now, priority: 'speed', options: [courier, post, store], policy: { maxOptions: 2 } })
    expect(plan.options).toHaveLength(2)
    expect(plan.dropped).toEqual([{ id: 'post', reason: 'over-limit', message: '"Free standard post" is left out to keep the choice to 2' }])
  })

  it('says so when there is no real choice, rather than pretend', () => {
    const plan = buildRepairPlan({ now, priority: 'speed', options: [post, slowPaid] })
    expect(plan.hasChoice).toBe(false)
    expect(plan.intro).toBe('There is only one way I can fix this right now, so I want to be straight with you about it.')
    expect(plan.question).toBe('The best I can offer right now: Free standard post (takes 5 business days; no cost to you). Would that work for you?')
  })

  it('words the trade-off of every combination of time, cost and effort', () => {
    // Option A against option B, each dimension A better, B better, or equal.
    const values = { time: [{ days: 1 }, { days: 4 }], cost: [0, 15], effort: ['none', 'high'] as const }
    for (const t of [0, 1, 2]) {
      for (const c of [0, 1, 2]) {
        for (const e of [0, 1, 2]) {
          const pick = <T>(pair: readonly T[], which: number, side: 0 | 1): T => (which === 2 ? pair[0] : side === 0 ? pair[which] : pair[1 - which]) as T
          const a: RepairOption = { id: 'a', label: 'A', timeline: pick(values.time, t, 0), costToCustomer: pick(values.cost, c, 0), effort: pick(values.effort, e, 0), description: 'fill in a form' }
          const b: RepairOption = { id: 'b', label: 'B', timeline: pick(values.time, t, 1), costToCustomer: pick(values.cost, c, 1), effort: pick(values.effort, e, 1), description: 'fill in a form' }
          const plan = buildRepairPlan({ now, priority: 'speed', options: [a, b] })
          const aWins = [t, c, e].filter((x) => x === 0).length
          const bWins = [t, c, e].filter((x) => x === 1).length
          const label = `time ${t} cost ${c} effort ${e}`
          if ((aWins > 0 && bWins === 0) || (bWins > 0 && aWins === 0) || (aWins === 0 && bWins === 0)) {
            expect(plan.hasChoice, label).toBe(false)
            expect(plan.dropped[0]?.reason, label).toBe('dominated')
            continue
          }
          expect(plan.hasChoice, label).toBe(true)
          for (const option of plan.options) {
            const other = plan.options.find((o) => o !== option)
            if (!other) continue
            if (new Date(option.arrives) < new Date(other.arrives)) expect(option.tradeoff, label).toMatch(/^fastest, arrives /)
            if (option.costToCustomer === 0) expect(option.tradeoff, label).toMatch(/no cost to you/)
            else expect(option.tradeoff, label).toContain('costs $15.00')
            if (option.effort !== 'none') expect(option.tradeoff, label).toContain('you would need to fill in a form')
            if (option.effort === 'none' && other.effort !== 'none') expect(option.tradeoff, label).toContain('nothing for you to do')
            if (option.costToCustomer === 0 && new Date(option.arrives) > new Date(other.arrives)) expect(option.tradeoff, label).toMatch(/no cost to you, but it takes 4 days/)
          }
        }
      }
    }
  })

  it('writes the trade-offs in another pack', () => {
    const plan = buildRepairPlan({ now, priority: 'speed', options: [courier, post], pack: fr, timeZone: 'Europe/Paris' })
    expect(plan.options.map((o) => o.tradeoff)).toEqual(['la plus rapide, arrive mardi ; coûte 12,00\u00a0$US', 'sans frais pour vous, mais compter 5 jours ouvrés'])
    expect(plan.question).toBe('Laquelle vous convient le mieux ?')
  })

  it('lists every problem at once: negative costs, timelines that end before they start, bad currency and time zone', () => {
    const result = tryBuildRepairPlan({
      now,
      currency: 'DOLLARS',
      timeZone: 'Nowhere/Land',
      priority: 'cheapness',
      options: [
        { id: 'a', label: 'A', timeline: { by: '2026-11-20T10:00:00Z' }, costToCustomer: -5, effort: 'none' },
        { id: 'a', label: '', timeline: {}, costToCustomer: 1, effort: 'huge' },
      ],
    })
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-time-zone', 'timeZone'],
      ['invalid-currency', 'currency'],
      ['invalid-enum', 'priority'],
      ['too-small', 'options.0.costToCustomer'],
      ['end-before-start', 'options.0.timeline.by'],
      ['duplicate-id', 'options.1.id'],
      ['empty', 'options.1.label'],
      ['invalid-enum', 'options.1.effort'],
      ['empty-timeline', 'options.1.timeline'],
    ])
    try {
      buildRepairPlan({ now, options: [] })
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.issues[0]?.code).toBe('empty')
    }
  })

  it('does not mutate its input', () => {
    const input = { now, options: [courier, post, store], policy: { maxOptions: 2 } }
    const before = structuredClone(input)
    buildRepairPlan(input)
    expect(input).toEqual(before)
  })
})

describe('inferPriority', () => {
  it('reads speed, savings and convenience from what the customer wrote', () => {
    expect(inferPriority('I need it by Friday for the wedding!')).toBe('speed')
    expect(inferPriority("I shouldn't have to pay for this. I want a refund.")).toBe('savings')
    expect(inferPriority("I don't have time to go to the post office again.")).toBe('convenience')
    expect(inferPriority('The colour is a bit off.')).toBeNull()
  })

  it('takes a reading too, and refuses anything else', () => {
    expect(inferPriority({ feelings: [], primary: null, polarity: { label: 'neutral', score: 0 }, concerns: [], signals: [{ signal: 'urgency', evidence: [] }] })).toBe('speed')
    expect(() => inferPriority(42 as never)).toThrowError(/invalid-input/)
  })
})
