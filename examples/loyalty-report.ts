// A weekly loyalty report from a CSV of comments (at, segment, text), printed as a table, with the
// tags that rose beyond chance and the rows that could not be placed.
// Run: npx tsx examples/loyalty-report.ts [file.csv] [time zone]   (after `npm run build`)
import { readFileSync } from 'node:fs'
import { trendLoyalty } from 'attune'
import type { LoyaltyItem } from 'attune'

/** Reads `at,segment,text` rows; quoted text may hold commas and doubled quotes. */
function* readComments(csv: string): Generator<LoyaltyItem> {
  for (const line of csv.split(/\r?\n/).slice(1)) {
    if (!line.trim()) continue
    const match = /^([^,]*),([^,]*),(?:"((?:[^"]|"")*)"|(.*))$/.exec(line)
    if (!match) continue
    yield { at: match[1] ?? '', segment: match[2] ?? '', text: (match[3] ?? match[4] ?? '').replace(/""/g, '"') }
  }
}

const file = process.argv[2] ?? new URL('./data/comments.csv', import.meta.url)
const timeZone = process.argv[3] ?? 'America/Chicago'
const report = trendLoyalty(readComments(readFileSync(file, 'utf8')), { by: 'week', timeZone })

const pad = (s: string, n: number) => s.padEnd(n)
console.log(`Weekly loyalty (${timeZone}): ${report.scored} comments, ${report.skipped.count} skipped\n`)
console.log(`${pad('week of', 12)}${pad('comments', 10)}${pad('mean', 8)}top tags`)
for (const bucket of report.buckets) {
  const top = Object.entries(bucket.tags)
    .slice(0, 3)
    .map(([tag, { count, share }]) => `${tag} ${count} (${Math.round(share * 100)}%)`)
    .join(', ')
  console.log(`${pad(bucket.bucket, 12)}${pad(String(bucket.count), 10)}${pad(bucket.meanScore.toFixed(2), 8)}${top}`)
}
console.log('\nEmerging (one-sided two-proportion z-test, Bonferroni over the tags tested each week):')
if (report.emerging.length === 0) console.log('  none')
for (const e of report.emerging) {
  console.log(`  week of ${e.bucket}: ${e.tag} ${Math.round(e.previousShare * 100)}% -> ${Math.round(e.share * 100)}% (z = ${e.z}, p = ${e.pValue.toPrecision(2)})`)
}
if (report.skipped.count) console.log(`\nSkipped: ${JSON.stringify(report.skipped.reasons)} at rows ${report.skipped.first.map((i) => i + 2).join(', ')}`)
