// Orders the phrases inside each phrase string ("a|b|c", see phrase-strings.ts) of the en pack's
// cue tables so that the detectFeelings bundle compresses best. Order inside a cue changes nothing
// a reader finds (a cue's phrases all raise the same cue, and the phrase index sorts them by
// length), but gzip finds a repeat only within its window and codes a near repeat cheaper: the
// order saves about 1.5 KB of the bundle, min+gzip, against the order the phrases were written in.
//   npm run order    rewrite src/packs/en/tables.ts (about a minute)
//
// Run it after adding phrases, then `npm run polish` (polish-order.ts), which moves phrases about
// against the bundles' real min+gzip size. Nothing checks the order (no reading depends on it); the
// size-limit budget of `detectFeelings` is what keeps the bundle small.
//
// Three steps, each deterministic, so a second run writes the same file:
// - a greedy order per string, from its phrases sorted: start from the phrase whose last word, read
//   backwards, sorts first; then take, each time, the phrase that shares the most with the one
//   before it (twice the longest common run of characters, plus the letters of its words that the
//   one before also has);
// - three times over every string, a few other orders (sorted, sorted by the reversed phrase or by
//   its last word backwards, reversed, greedy from another first phrase), each kept when deflate
//   codes the module, minified as the bundle has it, in fewer bytes;
// - each phrase tried just after and just before each of the three phrases of its string most like
//   it, kept on the same test.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { transformSync } from 'esbuild'
import { phraseSpans, replaceSpans } from './phrase-strings'

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

const backwards = (text: string): string => [...text].reverse().join('')
const lastWordBackwards = (phrase: string): string => backwards(phrase.replace(/!$/, '').split(' ').at(-1) ?? '')
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
/** The phrases sorted by their last word read backwards, then as written. */
const byLastWord = (phrases: readonly string[]): string[] => [...phrases].sort((a, b) => compare(lastWordBackwards(a), lastWordBackwards(b)) || compare(a, b))
/** How much `phrase` shares with `to`: twice their longest common run, plus the letters of its words `to` also has. */
const likeness = (to: string, phrase: string): number => 2 * commonRun(to, phrase) + phrase.split(' ').reduce((sum, word) => sum + (to.includes(word) ? word.length : 0), 0)

/** The greedy order from `first`: each next phrase the one most like the one before. */
function greedyFrom(phrases: readonly string[], first: string): string[] {
  const left = [...phrases]
  const out = left.splice(left.indexOf(first), 1)
  while (left.length > 0) {
    const last = out[out.length - 1] as string
    let pick = 0
    let best = -1
    left.forEach((phrase, i) => {
      const score = likeness(last, phrase)
      if (score > best) {
        best = score
        pick = i
      }
    })
    out.push(...left.splice(pick, 1))
  }
  return out
}

/** The greedy order, from the phrase whose last word, read backwards, sorts first. */
function orderPhrases(phrases: readonly string[]): string[] {
  // (From the phrases sorted, so the order does not depend on the order they came in.)
  const sorted = byLastWord(phrases)
  return sorted.length === 0 ? [] : greedyFrom(sorted, sorted[0] as string)
}

const source = readFileSync(file, 'utf8')
const spans = phraseSpans(source)
const lists = spans.map(({ start, end }) => orderPhrases(source.slice(start, end).split('|')))
// The module as the bundle has it, minified, with a mark in place of each string: the size to
// bring down is that text's, deflated, with the strings put back.
let mark = 0
const skeleton = transformSync(replaceSpans(source, spans, () => `@@${mark++}@@`), { loader: 'ts', minify: true, format: 'esm' }).code.split(/@@(\d+)@@/)
const size = (): number => deflateRawSync(skeleton.map((piece, i) => (i % 2 === 1 ? (lists[Number(piece)] as string[]).join('|') : piece)).join(''), { level: 9 }).length

let best = size()
const before = best
// Puts `order` in place of string `i`'s, and keeps it when the module deflates smaller.
function keepIfSmaller(i: number, order: string[]): void {
  const kept = lists[i] as string[]
  lists[i] = order
  const tried = size()
  if (tried < best) best = tried
  else lists[i] = kept
}
for (let round = 0; round < 3; round++) {
  lists.forEach((list, i) => {
    if (list.length < 3) return
    const tries = [[...list].sort(compare), [...list].sort((a, b) => compare(backwards(a), backwards(b))), byLastWord(list), [...list].reverse()]
    if (list.length <= 40) for (const first of list.slice(0, 8)) tries.push(greedyFrom(list, first))
    for (const order of tries) keepIfSmaller(i, order)
  })
}
// Each phrase just after and just before the three phrases of its string most like it.
lists.forEach((list, i) => {
  if (list.length < 3) return
  for (const phrase of [...list]) {
    const others = (lists[i] as string[]).filter((other) => other !== phrase)
    const nearest = [...others].sort((a, b) => likeness(b, phrase) - likeness(a, phrase) || compare(a, b)).slice(0, 3)
    for (const other of nearest) {
      for (const after of [true, false]) {
        const rest = (lists[i] as string[]).filter((x) => x !== phrase)
        const at = rest.indexOf(other) + (after ? 1 : 0)
        keepIfSmaller(i, [...rest.slice(0, at), phrase, ...rest.slice(at)])
      }
    }
  }
})
let k = 0
writeFileSync(file, replaceSpans(source, spans, () => (lists[k++] as string[]).join('|')))
console.log(`tables.ts: phrases ordered (deflated ${before} B greedy, ${best} B searched)`)
