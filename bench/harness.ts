// A small side-by-side benchmark harness: every contender runs over the same texts in the same
// process; the best of 15 whole-corpus passes is kept, after a warm-up pass (on a shared machine a
// few passes are not enough to find the quiet moments). Contenders compared in one table take turns
// pass by pass (`measureSideBySide`).
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type Contender = { name: string; run: (text: string) => unknown }
export type Measured = { name: string; msgsPerSec: number; mbPerSec: number; medianUs: number }

const shared = join(import.meta.dirname, '..', '..', 'shared', 'data')

/** The GoEmotions dev texts, or the demo conversation's turns when ../shared is not beside the repo. */
export function loadTexts(): { label: string; texts: string[] } {
  const dev = join(shared, 'goemotions', 'dev.tsv')
  if (existsSync(dev)) {
    const texts = readFileSync(dev, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t')[0] ?? '')
    return { label: `GoEmotions dev (${texts.length} texts)`, texts }
  }
  const demo = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'examples', 'data', 'conversation.json'), 'utf8')) as { turns: { text: string }[] }
  return { label: 'demo conversation turns', texts: demo.turns.map((t) => t.text) }
}

/** One contender alone: its best of `passes` whole-corpus passes, after a warm-up pass. */
export function measure(contender: Contender, texts: string[], passes = 15): Measured {
  return measureSideBySide([contender], texts, passes)[0] as Measured
}

/**
 * Measures contenders side by side: after a warm-up pass each, the passes take turns (contender 1,
 * 2, 3, then 2, 3, 1, ...), so a quiet or a busy moment of a shared machine falls on all of them
 * alike rather than on whichever ran first. The best pass of each is kept.
 */
export function measureSideBySide(contenders: Contender[], texts: string[], passes = 15): Measured[] {
  const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0)
  let sink = 0
  for (const contender of contenders) for (const t of texts) sink += contender.run(t) ? 1 : 0
  const best = contenders.map(() => Infinity)
  for (let p = 0; p < passes; p++) {
    for (let k = 0; k < contenders.length; k++) {
      const c = (p + k) % contenders.length
      const run = (contenders[c] as Contender).run
      const t0 = performance.now()
      for (const t of texts) sink += run(t) ? 1 : 0
      best[c] = Math.min(best[c] as number, performance.now() - t0)
    }
  }
  if (sink < 0) console.log(sink)
  return contenders.map((contender, c) => {
    const seconds = (best[c] as number) / 1000
    return { name: contender.name, msgsPerSec: texts.length / seconds, mbPerSec: bytes / 1e6 / seconds, medianUs: ((best[c] as number) * 1000) / texts.length }
  })
}

/** Times one call on one large input, median of `runs`. */
export function timeOnce(run: () => unknown, runs = 5): number {
  const times: number[] = []
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    run()
    times.push(performance.now() - t0)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? NaN
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** Prints a table with each contender's throughput and its ratio to the first row. */
export function printTable(title: string, rows: Measured[]): void {
  const base = rows[0]
  console.log(`\n## ${title}\n`)
  console.log('| contender | msgs/s | MB/s | µs/msg | attune ÷ this |')
  console.log('| --- | ---: | ---: | ---: | ---: |')
  for (const row of rows) {
    const ratio = base ? base.msgsPerSec / row.msgsPerSec : NaN
    console.log(`| ${row.name} | ${fmt(row.msgsPerSec)} | ${fmt(row.mbPerSec, 1)} | ${fmt(row.medianUs, 2)} | ${fmt(ratio, 2)}× |`)
  }
}
