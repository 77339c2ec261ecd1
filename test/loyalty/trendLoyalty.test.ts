import { describe, expect, it } from 'vitest'
import { isAttuneError, trendLoyalty } from '../../src'
import type { LoyaltyItem } from '../../src'

const happy = 'They kept me updated and fixed it quickly. Thank you!'
const bounced = 'I got passed around between departments and nobody owned it.'

// Four weeks of comments; in the last week "passed-around" jumps from 1 in 20 to 8 in 20.
function* weeks(): Generator<LoyaltyItem> {
  const mondays = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16']
  for (const [w, monday] of mondays.entries()) {
    const bad = w === 3 ? 8 : 1
    for (let k = 0; k < 20; k++) yield { text: k < bad ? bounced : happy, at: `${monday}T15:00:00Z`, segment: k % 2 ? 'chat' : 'email' }
  }
}

describe('trendLoyalty', () => {
  it('buckets by week (Monday first) in the time zone, with counts, mean scores and tag shares', () => {
    const report = trendLoyalty(weeks(), { by: 'week', timeZone: 'America/Chicago' })
    expect(report.buckets.map((b) => [b.bucket, b.count])).toEqual([
      ['2026-10-26', 20],
      ['2026-11-02', 20],
      ['2026-11-09', 20],
      ['2026-11-16', 20],
    ])
    expect(report.buckets[3]?.tags['passed-around']).toEqual({ count: 8, share: 0.4 })
    expect(report.buckets[3]?.meanScore).toBeLessThan(report.buckets[0]?.meanScore ?? 0)
    expect(report.scored).toBe(80)
  })

  it('reports the tag whose share rose beyond chance, with its test', () => {
    const report = trendLoyalty(weeks(), { by: 'week', timeZone: 'America/Chicago' })
    const rising = report.emerging.find((e) => e.tag === 'passed-around')
    expect(rising).toMatchObject({ bucket: '2026-11-16', count: 8, previousCount: 3, share: 0.4, previousShare: 0.05 })
    expect(rising?.pValue).toBeLessThan(0.001)
    expect(report.emerging.every((e) => e.adjustedPValue < 0.05)).toBe(true)
    expect(report.emerging.some((e) => e.bucket !== '2026-11-16')).toBe(false)
  })

  it('does not call a steady tag emerging', () => {
    function* steady(): Generator<LoyaltyItem> {
      for (const day of ['2026-11-02', '2026-11-09', '2026-11-16']) for (let k = 0; k < 30; k++) yield { text: k < 6 ? bounced : happy, at: `${day}T12:00:00Z` }
    }
    expect(trendLoyalty(steady(), { by: 'week', timeZone: 'UTC' }).emerging).toEqual([])
  })

  it('uses the time zone to decide the day', () => {
    const items = [{ text: happy, at: '2026-11-20T03:00:00Z' }]
    expect(trendLoyalty(items, { by: 'day', timeZone: 'UTC' }).buckets[0]?.bucket).toBe('2026-11-20')
    expect(trendLoyalty(items, { by: 'day', timeZone: 'America/Los_Angeles' }).buckets[0]?.bucket).toBe('2026-11-19')
    expect(trendLoyalty(items, { by: 'month', timeZone: 'UTC' }).buckets[0]?.bucket).toBe('2026-11')
  })

  it('splits by segment, or keeps one segment', () => {
    const split = trendLoyalty(weeks(), { by: 'week', timeZone: 'UTC', segment: true })
    expect(split.buckets).toHaveLength(8)
    expect(new Set(split.buckets.map((b) => b.segment))).toEqual(new Set(['chat', 'email']))
    const chat = trendLoyalty(weeks(), { by: 'week', timeZone: 'UTC', segment: 'chat' })
    expect(chat.scored).toBe(40)
    expect(chat.buckets.every((b) => b.segment === undefined && b.count === 10)).toBe(true)
  })

  it('counts and reports skipped items with their reasons, never dropping them silently', () => {
    const items = [
      { text: happy, at: '2026-11-20T10:00:00Z' },
      { text: happy, at: 'not a date' },
      { text: happy },
      { text: 42, at: '2026-11-20T10:00:00Z' },
      null,
      { text: happy, at: new Date('2026-11-21T10:00:00Z') },
      { text: happy, at: Date.parse('2026-11-22T10:00:00Z') },
    ] as unknown as LoyaltyItem[]
    const report = trendLoyalty(items, { by: 'day', timeZone: 'UTC' })
    expect(report.scored).toBe(3)
    expect(report.skipped).toEqual({ count: 4, reasons: { 'invalid-date': 1, 'missing-date': 1, 'invalid-text': 1, 'invalid-item': 1 }, first: [1, 2, 3, 4] })
  })

  it('takes an async iterable and returns a promise of the same report', async () => {
    async function* stream(): AsyncGenerator<LoyaltyItem> {
      yield* weeks()
    }
    const fromAsync = await trendLoyalty(stream(), { by: 'week', timeZone: 'America/Chicago' })
    expect(fromAsync).toEqual(trendLoyalty(weeks(), { by: 'week', timeZone: 'America/Chicago' }))
  })

  it('keeps only per-bucket counts: 100,000 comments over four weeks give four buckets', () => {
    function* many(): Generator<LoyaltyItem> {
      for (let k = 0; k < 100_000; k++) yield { text: k % 7 ? happy : bounced, at: Date.UTC(2026, 10, 2 + (k % 28)) }
    }
    const report = trendLoyalty(many(), { by: 'week', timeZone: 'UTC' })
    expect(report.scored).toBe(100_000)
    expect(report.buckets).toHaveLength(4)
  })

  it('lists every problem with the options in one invalid-options error', () => {
    try {
      trendLoyalty([], { by: 'year', timeZone: 'Mars/Olympus', alpha: 2, minCount: 0 } as never)
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('invalid-options')
      expect(isAttuneError(error) && error.issues.map((i) => i.path.join('.'))).toEqual(['by', 'timeZone', 'alpha', 'minCount'])
    }
    expect(() => trendLoyalty(5 as never, { by: 'day', timeZone: 'UTC' })).toThrowError(/items/)
  })
})
