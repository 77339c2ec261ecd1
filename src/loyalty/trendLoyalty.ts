import { AttuneError } from '../types/AttuneError'
import type { Issue } from '../types/core'
import type { Pack } from '../types/pack'
import { scoreLoyalty } from './scoreLoyalty'

/**
 * One comment to trend: its text, when it was written, and an optional segment (a team, a channel,
 * a product line).
 *
 * @example
 * const item: LoyaltyItem = { text: 'Kept me updated, thank you', at: '2026-11-20T10:00:00Z', segment: 'chat' }
 *
 * @category Loyalty
 */
export type LoyaltyItem = {
  /** The comment. */
  text: string
  /** When: an ISO 8601 string, epoch milliseconds or a Date. */
  at: string | number | Date
  /** A segment to report apart, with `segment: true`. */
  segment?: string
}

/**
 * The {@link trendLoyalty} function options.
 *
 * @example
 * const options: TrendLoyaltyOptions = { by: 'week', timeZone: 'Europe/Lisbon' }
 *
 * @category Loyalty
 */
export type TrendLoyaltyOptions = {
  /** Bucket size. Weeks start on Monday (ISO 8601). */
  by: 'day' | 'week' | 'month'
  /** IANA time zone that decides which day a comment falls on. */
  timeZone: string
  /** `true`: separate buckets per item segment; a string: only the items of that segment. */
  segment?: true | string
  /** Significance level for `emerging`, after Bonferroni correction over the tags tested in a bucket. @defaultValue 0.05 */
  alpha?: number
  /** Comments a tag needs in a bucket to be tested at all. @defaultValue 3 */
  minCount?: number
  /** The pack to score with. @defaultValue the `en` pack */
  pack?: Pack
}

/**
 * A tag's count in a bucket: comments carrying it, and their share of the bucket.
 *
 * @example
 * const tally: TagTally = { count: 4, share: 0.2 }
 *
 * @category Loyalty
 */
export type TagTally = {
  /** Comments with the tag (a comment counts once however often it says it). */
  count: number
  /** `count` over the bucket's comments. */
  share: number
}

/**
 * One bucket of the trend.
 *
 * @example
 * const bucket: TrendBucket = { bucket: '2026-11-16', count: 20, meanScore: 0.21, tags: { 'felt-heard': { count: 4, share: 0.2 } } }
 *
 * @category Loyalty
 */
export type TrendBucket = {
  /** The bucket's first day in the time zone: `YYYY-MM-DD` for days and weeks, `YYYY-MM` for months. */
  bucket: string
  /** The segment, with `segment: true`. */
  segment?: string
  /** Comments in the bucket. */
  count: number
  /** Mean loyalty score, rounded to two decimals. */
  meanScore: number
  /** Each tag seen in the bucket (positive and negative tags alike, by their signal polarity's tag id). */
  tags: Record<string, TagTally>
}

/**
 * A tag whose share rose beyond chance against the buckets before.
 *
 * @example
 * const rising: EmergingTag = {
 *   bucket: '2026-11-23', tag: 'passed-around', count: 9, share: 0.3, previousCount: 4, previousShare: 0.04, z: 4.6, pValue: 0.000002, adjustedPValue: 0.00004,
 * }
 *
 * @category Loyalty
 */
export type EmergingTag = {
  /** The bucket where it rose. */
  bucket: string
  /** The segment, with `segment: true`. */
  segment?: string
  /** The tag. */
  tag: string
  /** Comments with the tag in the bucket. */
  count: number
  /** Its share in the bucket. */
  share: number
  /** Comments with the tag in all earlier buckets of the segment. */
  previousCount: number
  /** Its share over all earlier buckets. */
  previousShare: number
  /** The two-proportion z statistic. */
  z: number
  /** One-sided p-value of the rise. */
  pValue: number
  /** `pValue` times the number of tags tested in the bucket (Bonferroni), at most 1. */
  adjustedPValue: number
}

/**
 * The trend report.
 *
 * @example
 * const report: TrendReport = { buckets: [], emerging: [], scored: 0, skipped: { count: 0, reasons: {}, first: [] } }
 *
 * @category Loyalty
 */
export type TrendReport = {
  /** Buckets in time order (then by segment). */
  buckets: TrendBucket[]
  /** Tags that rose beyond chance, in bucket order. */
  emerging: EmergingTag[]
  /** Comments scored. */
  scored: number
  /** Items that could not be placed, never dropped silently. */
  skipped: {
    /** How many. */
    count: number
    /** How many for each reason: `missing-date`, `invalid-date`, `invalid-text`, `invalid-item`. */
    reasons: Record<string, number>
    /** The positions (0-based, in input order) of the first ten skipped items. */
    first: number[]
  }
}

type Accumulator = { bucket: string; segment: string | undefined; count: number; scoreSum: number; tags: Map<string, number> }

const DAY_MS = 86_400_000

function validate(options: unknown): { issues: Issue[]; formatter?: Intl.DateTimeFormat } {
  const issues: Issue[] = []
  if (typeof options !== 'object' || options === null) return { issues: [{ code: 'not-an-object', path: [], message: 'Expected options { by, timeZone }' }] }
  const { by, timeZone, alpha, minCount, segment } = options as Record<string, unknown>
  if (by !== 'day' && by !== 'week' && by !== 'month') issues.push({ code: 'invalid-enum', path: ['by'], message: `Expected 'day', 'week' or 'month', got ${JSON.stringify(by) ?? 'undefined'}` })
  let formatter: Intl.DateTimeFormat | undefined
  if (typeof timeZone !== 'string') issues.push({ code: 'not-a-string', path: ['timeZone'], message: 'Expected an IANA time zone such as "Europe/Lisbon"' })
  else {
    try {
      formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    } catch {
      issues.push({ code: 'invalid-time-zone', path: ['timeZone'], message: `Unknown time zone ${JSON.stringify(timeZone)}` })
    }
  }
  if (alpha !== undefined && !(typeof alpha === 'number' && alpha > 0 && alpha < 1)) issues.push({ code: 'out-of-range', path: ['alpha'], message: 'Expected a number between 0 and 1' })
  if (minCount !== undefined && !(typeof minCount === 'number' && Number.isInteger(minCount) && minCount >= 1)) issues.push({ code: 'out-of-range', path: ['minCount'], message: 'Expected a whole number of 1 or more' })
  if (segment !== undefined && segment !== true && typeof segment !== 'string') issues.push({ code: 'invalid-type', path: ['segment'], message: 'Expected true or a segment name' })
  return formatter ? { issues, formatter } : { issues }
}

function toTime(at: unknown): number | 'missing-date' | 'invalid-date' {
  if (at === undefined || at === null || at === '') return 'missing-date'
  const time = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : NaN
  return Number.isFinite(time) ? time : 'invalid-date'
}

function bucketOf(time: number, by: TrendLoyaltyOptions['by'], formatter: Intl.DateTimeFormat): string {
  // en-CA formats as YYYY-MM-DD in the requested time zone.
  const local = formatter.format(time)
  if (by === 'day') return local
  if (by === 'month') return local.slice(0, 7)
  const [y, m, d] = local.split('-').map(Number) as [number, number, number]
  const utc = Date.UTC(y, m - 1, d)
  const weekday = (new Date(utc).getUTCDay() + 6) % 7 // Monday 0
  return new Date(utc - weekday * DAY_MS).toISOString().slice(0, 10)
}

// Standard normal upper tail, by the complementary error function (Abramowitz and Stegun 7.1.26,
// absolute error below 1.5e-7).
function upperTail(z: number): number {
  const x = Math.abs(z) / Math.SQRT2
  const t = 1 / (1 + 0.3275911 * x)
  const erfc = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))) * Math.exp(-x * x)
  return z >= 0 ? erfc / 2 : 1 - erfc / 2
}

function report(accumulators: Map<string, Accumulator>, scored: number, skipped: TrendReport['skipped'], alpha: number, minCount: number): TrendReport {
  const ordered = [...accumulators.values()].sort((a, b) => (a.segment ?? '').localeCompare(b.segment ?? '') || a.bucket.localeCompare(b.bucket))
  const buckets: TrendBucket[] = []
  const emerging: EmergingTag[] = []
  let segment: string | undefined
  let before = { count: 0, tags: new Map<string, number>() }
  for (const acc of ordered) {
    if (acc.segment !== segment || buckets.length === 0) {
      segment = acc.segment
      before = { count: 0, tags: new Map() }
    }
    const tags: Record<string, TagTally> = {}
    for (const [tag, count] of [...acc.tags].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) tags[tag] = { count, share: round(count / acc.count, 4) }
    const bucket: TrendBucket = { bucket: acc.bucket, count: acc.count, meanScore: round(acc.scoreSum / acc.count, 2), tags }
    if (acc.segment !== undefined) bucket.segment = acc.segment
    buckets.push(bucket)
    if (before.count > 0) {
      const tested = [...acc.tags].filter(([, count]) => count >= minCount)
      for (const [tag, count] of tested) {
        const previousCount = before.tags.get(tag) ?? 0
        const p1 = count / acc.count
        const p0 = previousCount / before.count
        const pooled = (count + previousCount) / (acc.count + before.count)
        const se = Math.sqrt(pooled * (1 - pooled) * (1 / acc.count + 1 / before.count))
        if (se === 0 || p1 <= p0) continue
        const z = (p1 - p0) / se
        const pValue = upperTail(z)
        const adjustedPValue = Math.min(1, pValue * tested.length)
        if (adjustedPValue >= alpha) continue
        const item: EmergingTag = { bucket: acc.bucket, tag, count, share: round(p1, 4), previousCount, previousShare: round(p0, 4), z: round(z, 2), pValue, adjustedPValue }
        if (acc.segment !== undefined) item.segment = acc.segment
        emerging.push(item)
      }
    }
    before.count += acc.count
    for (const [tag, count] of acc.tags) before.tags.set(tag, (before.tags.get(tag) ?? 0) + count)
  }
  buckets.sort((a, b) => a.bucket.localeCompare(b.bucket) || (a.segment ?? '').localeCompare(b.segment ?? ''))
  emerging.sort((a, b) => a.bucket.localeCompare(b.bucket) || (a.segment ?? '').localeCompare(b.segment ?? '') || a.pValue - b.pValue)
  return { buckets, emerging, scored, skipped }
}

function round(x: number, digits: number): number {
  const f = 10 ** digits
  return Math.round(x * f) / f
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function'
}

/**
 * Buckets comments by day, week or month in a time zone, with each bucket's count, mean loyalty
 * score and the count and share of every tag; and finds the tags that are `emerging`: whose share
 * in a bucket rose beyond chance against all earlier buckets (of the same segment), by a one-sided
 * two-proportion z-test with a Bonferroni correction over the tags tested in that bucket. A team
 * sees the "why" the week the score moves.
 *
 * Streaming: comments are scored and counted as they come, and only the per-bucket counts are kept,
 * so memory grows with the number of buckets and tags, never with the number of comments. Takes an
 * `Iterable` (returns the report) or an `AsyncIterable` (returns a promise of it). Items with a
 * missing or invalid date or text are counted under `skipped`, with their reason, never dropped
 * silently.
 *
 * @param items - The comments, in any order.
 * @param options - {@link TrendLoyaltyOptions}.
 * @returns The {@link TrendReport} (a promise of it for an async iterable).
 * @throws {@link AttuneError} with code `invalid-options` listing every problem with the options.
 *
 * @example
 * const report = trendLoyalty(comments, { by: 'week', timeZone: 'America/Chicago' })
 * report.emerging.map((e) => `${e.bucket} ${e.tag} ${e.previousShare} -> ${e.share}`)
 * //=> ['2026-11-16 passed-around 0.03 -> 0.21']
 *
 * @category Loyalty
 */
export function trendLoyalty(items: Iterable<LoyaltyItem>, options: TrendLoyaltyOptions): TrendReport
export function trendLoyalty(items: AsyncIterable<LoyaltyItem>, options: TrendLoyaltyOptions): Promise<TrendReport>
export function trendLoyalty(items: Iterable<LoyaltyItem> | AsyncIterable<LoyaltyItem>, options: TrendLoyaltyOptions): TrendReport | Promise<TrendReport> {
  const { issues, formatter } = validate(options)
  const iterable = isAsyncIterable(items) || (typeof items === 'object' && items !== null && typeof (items as Iterable<unknown>)[Symbol.iterator] === 'function')
  if (!iterable) issues.unshift({ code: 'not-iterable', path: ['items'], message: 'Expected an Iterable or AsyncIterable of { text, at, segment? }' })
  if (issues.length || !formatter) throw new AttuneError('invalid-options', issues)
  const alpha = options.alpha ?? 0.05
  const minCount = options.minCount ?? 3
  const scoreOptions = options.pack ? { pack: options.pack } : {}
  const accumulators = new Map<string, Accumulator>()
  const skipped: TrendReport['skipped'] = { count: 0, reasons: {}, first: [] }
  let scored = 0
  let position = 0
  const skip = (reason: string): void => {
    skipped.count++
    skipped.reasons[reason] = (skipped.reasons[reason] ?? 0) + 1
    if (skipped.first.length < 10) skipped.first.push(position)
  }
  const take = (item: unknown): void => {
    if (typeof item !== 'object' || item === null) return skip('invalid-item')
    const { text, at, segment } = item as Record<string, unknown>
    if (typeof text !== 'string') return skip('invalid-text')
    const time = toTime(at)
    if (typeof time === 'string') return skip(time)
    const itemSegment = typeof segment === 'string' ? segment : undefined
    if (typeof options.segment === 'string' && itemSegment !== options.segment) return
    const keySegment = options.segment === true ? itemSegment : undefined
    const bucket = bucketOf(time, options.by, formatter)
    const key = keySegment === undefined ? bucket : `${bucket}\u0000${keySegment}`
    let acc = accumulators.get(key)
    if (!acc) {
      acc = { bucket, segment: keySegment, count: 0, scoreSum: 0, tags: new Map() }
      accumulators.set(key, acc)
    }
    const result = scoreLoyalty(text, scoreOptions)
    acc.count++
    acc.scoreSum += result.score
    const seen = new Set<string>()
    for (const signal of result.signals) {
      // A negated positive tag ("didn't feel heard") is its own trend: "felt-heard:negated".
      const tag = signal.negated ? `${signal.tag}:negated` : signal.tag
      if (seen.has(tag)) continue
      seen.add(tag)
      acc.tags.set(tag, (acc.tags.get(tag) ?? 0) + 1)
    }
    scored++
  }
  if (isAsyncIterable(items)) {
    return (async () => {
      for await (const item of items) {
        take(item)
        position++
      }
      return report(accumulators, scored, skipped, alpha, minCount)
    })()
  }
  for (const item of items) {
    take(item)
    position++
  }
  return report(accumulators, scored, skipped, alpha, minCount)
}
