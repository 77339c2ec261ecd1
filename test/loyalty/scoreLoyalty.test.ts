import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isAttuneError, scoreLoyalty } from '../../src'
import { en, enLoyalty } from '../../src/packs/en'

const tags = (text: string) => scoreLoyalty(text).signals.map((s) => [s.tag, s.polarity])

// A real-sounding comment for every tag the issue asks for, and its polarity.
const examples: [string, string, 'positive' | 'negative'][] = [
  ['felt-heard', 'For the first time I actually felt heard by a support team.', 'positive'],
  ['took-ownership', 'Maria took ownership and saw it through to the end.', 'positive'],
  ['kept-updated', 'They kept me updated every step of the way.', 'positive'],
  ['fast-resolution', 'Resolved on the first call, within minutes.', 'positive'],
  ['above-and-beyond', 'The rep went above and beyond to get my order out.', 'positive'],
  ['knew-me', 'He remembered me from my last call and already had my details.', 'positive'],
  ['effortless', 'The whole return was painless.', 'positive'],
  ['will-recommend', 'I would recommend them to anyone.', 'positive'],
  ['will-return', "I'll definitely order again.", 'positive'],
  ['trusts-brand', 'This is my go-to brand, they never let me down.', 'positive'],
  ['had-to-repeat', 'I had to repeat my account number to every person.', 'negative'],
  ['passed-around', 'I got passed around between four departments.', 'negative'],
  ['no-follow-up', 'They said they would call and never called back.', 'negative'],
  ['broken-promise', 'I was promised a refund in five days. That was a month ago.', 'negative'],
  ['slow', 'It took weeks to get an answer.', 'negative'],
  ['dismissed', 'The agent brushed me off with a canned response.', 'negative'],
  ['rude', 'The manager was rude and hung up on me.', 'negative'],
  ['had-to-chase', 'I had to chase them several times for an update.', 'negative'],
  ['will-leave', "I'm cancelling my subscription. Never again.", 'negative'],
  ['warns-others', 'Save your money and stay away from this company.', 'negative'],
]

describe('scoreLoyalty', () => {
  it('matches the docs example: praise for the agent, a missing follow-up from the company', () => {
    const result = scoreLoyalty('The agent was great but the company never followed up.')
    expect(result.signals.map((s) => [s.tag, s.polarity, s.target])).toEqual([
      ['praised', 'positive', 'agent'],
      ['no-follow-up', 'negative', 'company'],
    ])
  })

  for (const [tag, text, polarity] of examples) {
    it(`tags ${tag}: ${text}`, () => {
      expect(tags(text)).toContainEqual([tag, polarity])
      const result = scoreLoyalty(text)
      expect(Math.sign(result.score)).toBe(polarity === 'positive' ? 1 : -1)
    })
  }

  it('takes "still" as a turn only where a clause starts', () => {
    // "I still love it": up to now, no turn, so it scores as "I love it".
    expect(scoreLoyalty('I still love this brand and will buy again').score).toBe(scoreLoyalty('I love this brand and will buy again').score)
    // "Still, ...": what follows the turn counts more than what came before it.
    expect(scoreLoyalty('It broke once. Still, I will buy again').score).toBeGreaterThan(scoreLoyalty('It broke once, I will buy again').score)
  })

  it('reads negation: a negated return phrase points to churn', () => {
    expect(scoreLoyalty("I didn't feel heard at all.").signals[0]).toMatchObject({ tag: 'felt-heard', polarity: 'negative', negated: true })
    expect(scoreLoyalty('Would not recommend.').signals[0]).toMatchObject({ tag: 'will-recommend', polarity: 'negative', negated: true })
    expect(scoreLoyalty('Would not recommend.').score).toBeLessThan(0)
    expect(scoreLoyalty('I would recommend.').score).toBeGreaterThan(0)
  })

  it('prefers the longer phrase where two overlap ("never followed up" is not "followed up")', () => {
    expect(tags('They never followed up.')).toEqual([['no-follow-up', 'negative']])
  })

  it('scores 0 for a comment with no evidence either way', () => {
    expect(scoreLoyalty('')).toEqual({ score: 0, signals: [] })
    expect(scoreLoyalty('Order 4411, size M.').signals).toEqual([])
  })

  it('gives spans that slice back to their text', () => {
    const text = 'Honestly 😊 the rep went above and beyond, but I had to repeat myself twice.'
    for (const signal of scoreLoyalty(text).signals) expect(text.slice(signal.evidence.start, signal.evidence.end)).toBe(signal.evidence.text)
  })

  it('never throws on any string and keeps the score in -1..1', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('never ', 'again', 'not ', 'recommend', ' ', '.', '😡', '\uD800') })), (text) => {
        const { score, signals } = scoreLoyalty(text)
        expect(score).toBeGreaterThanOrEqual(-1)
        expect(score).toBeLessThanOrEqual(1)
        for (const s of signals) expect(text.slice(s.evidence.start, s.evidence.end)).toBe(s.evidence.text)
      }),
      { numRuns: 300 },
    )
  })

  it('reads with a team pack that adds a tag', () => {
    const pack = { ...en, loyalty: { ...enLoyalty, tags: [...enLoyalty.tags, { id: 'loves-app', polarity: 'positive' as const, weight: 2, phrases: ['app rocks'], note: 'Our own praise line.' }] } }
    expect(scoreLoyalty('the app rocks', { pack }).signals.map((s) => s.tag)).toEqual(['loves-app'])
  })

  it('throws invalid-input on a non-string', () => {
    try {
      scoreLoyalty(5 as unknown as string)
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('invalid-input')
    }
  })
})

describe('the en loyalty tables', () => {
  it('have every tag the design names, unique kebab-case ids and notes', () => {
    const ids = enLoyalty.tags.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const tag of examples.map(([t]) => t)) expect(ids).toContain(tag)
    for (const tag of enLoyalty.tags) {
      expect(tag.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
      expect(tag.note.length).toBeGreaterThan(10)
      expect(tag.weight).toBeGreaterThan(0)
      expect(new Set(tag.phrases).size).toBe(tag.phrases.length)
    }
  })
})
