// Fits the `en` pack's loyalty word weights on the Women's E-Commerce Clothing Reviews (CC0):
// log-odds that the reviewer recommends the product, with the pack's tagged phrases held fixed as
// offsets. Four fifths of ../shared/data/clothing-reviews/dev.csv fit the weights (rows whose index
// is not a multiple of 5); scripts/eval-loyalty.ts reports on the fifth that is left out.
//
//   npx tsx scripts/fit-loyalty.ts          write src/packs/en/loyalty.generated.ts
//   npx tsx scripts/fit-loyalty.ts --check  exit 1 when the committed module is stale
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileLoyalty, walkLoyalty } from '../src/_lib/loyaltyModel'
import { sigmoid } from '../src/_lib/feelingModel'
import { enNegation } from '../src/packs/en/negation'
import { enLoyalty } from '../src/packs/en/loyalty'
import { tokenize } from '../src/text/tokenize'
import { parseCsv } from './csv'
import { auc } from './auc'

const root = join(import.meta.dirname, '..')
const file = join(root, '..', 'shared', 'data', 'clothing-reviews', 'dev.csv')
const outFile = join(root, 'src', 'packs', 'en', 'loyalty.generated.ts')
const env = (name: string, value: number): number => Number(process.env[name] ?? value)
const MIN_DOCS = env('FIT_MIN_DOCS', 20)
const EPOCHS = env('FIT_EPOCHS', 8)
const RATE = env('FIT_RATE', 0.2)
const L1 = env('FIT_L1', 0.02)
const L2 = env('FIT_L2', 1e-4)
const PRUNE = env('FIT_PRUNE', 0.15)
// FIT_VALIDATE=1 fits on three fifths and prints the AUC on the fifth with index % 5 === 1, to pick
// these settings without looking at the held-out fifth.
const VALIDATE = process.env['FIT_VALIDATE'] === '1'

export type Review = { text: string; rating: number; recommended: boolean; index: number }

export function readReviews(): Review[] {
  return parseCsv(readFileSync(file, 'utf8')).map((row, index) => ({
    text: [row['Title'], row['Review Text']].filter((part) => part && part.trim()).join('. '),
    rating: Number(row['Rating']),
    recommended: row['Recommended IND'] === '1',
    index,
  }))
}

export const isHeldOut = (review: Review): boolean => review.index % 5 === 0

function main(): void {
  const model = compileLoyalty({ ...enLoyalty, lexicon: { source: '', bias: 0, entries: '' } }, enNegation)
  const all = readReviews()
  const fit = all.filter((r) => !isHeldOut(r) && !(VALIDATE && r.index % 5 === 1))
  const encode = (review: Review): { keys: string[]; offset: number } => {
    const keys: string[] = []
    let offset = 0
    walkLoyalty(
      tokenize(review.text),
      model,
      (hit) => {
        offset += (hit.tag.polarity === 'positive') !== hit.negated ? hit.tag.weight : -hit.tag.weight
      },
      (key) => keys.push(key),
    )
    return { keys, offset }
  }
  const encoded = fit.map(encode)
  const df = new Map<string, number>()
  for (const { keys } of encoded) for (const key of new Set(keys)) df.set(key, (df.get(key) ?? 0) + 1)
  const vocab = [...df].filter(([, n]) => n >= MIN_DOCS).map(([k]) => k).sort()
  const index = new Map(vocab.map((k, i) => [k, i]))
  const rows = encoded.map(({ keys, offset }, r) => {
    const counts = new Map<number, number>()
    for (const key of keys) {
      const j = index.get(key)
      if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1)
    }
    const idx = [...counts.keys()].sort((a, b) => a - b)
    return { idx, val: idx.map((j) => counts.get(j) as number), offset, y: (fit[r] as Review).recommended ? 1 : 0 }
  })
  const w = new Float64Array(vocab.length)
  const g2 = new Float64Array(vocab.length).fill(1e-8)
  let b = 0
  let gb = 1e-8
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const row of rows) {
      let z = b + row.offset
      for (let k = 0; k < row.idx.length; k++) z += (w[row.idx[k] as number] as number) * (row.val[k] as number)
      const err = sigmoid(z) - row.y
      gb += err * err
      b -= (RATE * err) / Math.sqrt(gb)
      for (let k = 0; k < row.idx.length; k++) {
        const j = row.idx[k] as number
        const g = err * (row.val[k] as number) + L2 * (w[j] as number) * rows.length / 100
        g2[j]! += g * g
        const step = RATE / Math.sqrt(g2[j] as number)
        const moved = (w[j] as number) - step * g
        w[j] = Math.sign(moved) * Math.max(0, Math.abs(moved) - step * L1)
      }
    }
  }
  const lines = vocab.flatMap((key, j) => {
    const value = w[j] as number
    return Math.abs(value) < PRUNE ? [] : [`${key}\t${Math.round(value * 100)}`]
  })
  if (VALIDATE) {
    const weights = new Map(lines.map((line) => [line.split('\t')[0] as string, Number(line.split('\t')[1]) / 100]))
    const validation = all.filter((r) => r.index % 5 === 1)
    const scores = validation.map((r) => {
      const { keys, offset } = encode(r)
      return keys.reduce((z, key) => z + (weights.get(key) ?? 0), offset)
    })
    const three = validation.map((r, i) => [r, scores[i] as number] as const).filter(([r]) => r.rating === 3)
    console.log(`validation AUC all ${auc(scores, validation.map((r) => r.recommended)).toFixed(3)} 3-star ${auc(three.map(([, s]) => s), three.map(([r]) => r.recommended)).toFixed(3)} (${lines.length} words)`)
    return
  }
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16)
  const module = `// Generated by scripts/fit-loyalty.ts from clothing-reviews dev.csv (sha256 ${hash}...), four fifths
// of the rows. Women's E-Commerce Clothing Reviews, CC0. Do not edit: run \`npm run fit\`.

/** Fitted loyalty word weights for the English pack. */
export const loyaltyLexicon = {
  source: 'scripts/fit-loyalty.ts on Women\\'s E-Commerce Clothing Reviews (CC0), 4/5 of dev.csv',
  bias: ${Math.round(b * 100) / 100},
  entries: ${JSON.stringify(lines.join('\n'))},
}
`
  if (process.argv.includes('--check')) {
    if (readFileSync(outFile, 'utf8') !== module) {
      console.error('src/packs/en/loyalty.generated.ts is stale: run `npm run fit` and commit the result.')
      process.exit(1)
    }
    console.log(`loyalty.generated.ts is up to date (${lines.length} entries).`)
    return
  }
  writeFileSync(outFile, module)
  console.log(`wrote ${outFile}: ${lines.length} of ${vocab.length} words; ${(module.length / 1024).toFixed(1)} KiB`)
}

if (process.argv[1]?.endsWith('fit-loyalty.ts')) main()
