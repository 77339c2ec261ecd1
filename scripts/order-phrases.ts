// Orders the phrases inside each `p("a|b|c")` string of the en pack's cue tables so that alike
// phrases sit side by side. Order inside a cue changes nothing a reader finds (a cue's phrases all
// raise the same cue, and the phrase index sorts them by length), but gzip finds a repeat only
// within its window and codes a near repeat cheaper: the order saves about 0.5 KB of the
// detectFeelings bundle.
//   npx tsx scripts/order-phrases.ts          rewrite src/packs/en/tables.ts
//   npx tsx scripts/order-phrases.ts --check  exit 1 when a string is out of order
//
// The order is greedy: start from the phrase whose last word, read backwards, sorts first; then
// take, each time, the phrase that shares the most with the one before it (twice the longest
// common run of characters, plus the letters of its words that the one before also has).
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const file = join(import.meta.dirname, '..', 'src', 'packs', 'en', 'tables.ts')

/** The length of the longest run of characters that `a` and `b` share. */
function commonRun(a: string, b: string): number {
  let best = 0
  let previous = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0)
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        current[j] = (previous[j - 1] as number) + 1
        if ((current[j] as number) > best) best = current[j] as number
      }
    }
    previous = current
  }
  return best
}

const lastWordBackwards = (phrase: string): string => [...(phrase.replace(/!$/, '').split(' ').at(-1) ?? '')].reverse().join('')
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The phrases in the order described above. */
export function orderPhrases(phrases: readonly string[]): string[] {
  const left = [...phrases].sort((a, b) => compare(lastWordBackwards(a), lastWordBackwards(b)) || compare(a, b))
  const out = left.splice(0, 1)
  while (left.length > 0) {
    const last = out[out.length - 1] as string
    let pick = 0
    let best = -1
    left.forEach((phrase, i) => {
      const shared = phrase.split(' ').reduce((sum, word) => sum + (last.includes(word) ? word.length : 0), 0)
      const score = 2 * commonRun(last, phrase) + shared
      if (score > best) {
        best = score
        pick = i
      }
    })
    out.push(...left.splice(pick, 1))
  }
  return out
}

const source = readFileSync(file, 'utf8')
const ordered = source.replace(/\bp\("([^"]*)"\)/g, (_, list: string) => `p("${orderPhrases(list.split('|')).join('|')}")`)
if (process.argv.includes('--check')) {
  if (ordered !== source) {
    console.error('src/packs/en/tables.ts: phrases out of order; run `npx tsx scripts/order-phrases.ts`')
    process.exit(1)
  }
  console.log('tables.ts: phrases in order')
} else {
  writeFileSync(file, ordered)
  console.log('tables.ts: phrases ordered')
}
