// `npm run eval`: attune's polarity on real customer reviews it was never fitted on (Women's
// E-Commerce Clothing Reviews dev.csv, CC0), side by side with `sentiment` (AFINN) and
// `vader-sentiment`: ROC AUC of each score for 4- and 5-star reviews against 1- and 2-star ones, and
// the macro-F1 of the sign of each score on those reviews (a zero score counts as neither: wrong for
// both). 3-star reviews, where customers are split, are left out.
import { createRequire } from 'node:module'
import { detectFeelings } from '../src/index'
import { readReviews } from './fit-loyalty'
import { auc } from './auc'

const require = createRequire(import.meta.url)
const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } }
const afinn = new Sentiment()
const vader = (require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } }).SentimentIntensityAnalyzer

const reviews = readReviews().filter((r) => r.rating !== 3)
const good = reviews.map((r) => r.rating >= 4)
const scorers: [string, (text: string) => number][] = [
  ['attune (polarity score)', (t) => detectFeelings(t).polarity.score],
  ['sentiment (AFINN)', (t) => afinn.analyze(t).score],
  ['vader-sentiment (compound)', (t) => vader.polarity_scores(t).compound],
]
const f1 = (tp: number, fp: number, fn: number) => (2 * tp) / (2 * tp + fp + fn || 1)
console.log(`\nPolarity on ${reviews.length} clothing reviews (${good.filter(Boolean).length} rated 4 or 5, ${good.filter((g) => !g).length} rated 1 or 2)\n`)
console.log('| library | ROC AUC | macro-F1 of the sign |')
console.log('| --- | ---: | ---: |')
for (const [name, score] of scorers) {
  const scores = reviews.map((r) => score(r.text))
  let [tpPos, fpPos, fnPos, tpNeg, fpNeg, fnNeg] = [0, 0, 0, 0, 0, 0]
  scores.forEach((s, k) => {
    const positive = good[k] as boolean
    if (s > 0) positive ? tpPos++ : (fpPos++, fnNeg++)
    else if (s < 0) positive ? (fpNeg++, fnPos++) : tpNeg++
    else positive ? fnPos++ : fnNeg++
  })
  console.log(`| ${name} | ${auc(scores, good).toFixed(3)} | ${((f1(tpPos, fpPos, fnPos) + f1(tpNeg, fpNeg, fnNeg)) / 2).toFixed(3)} |`)
}
