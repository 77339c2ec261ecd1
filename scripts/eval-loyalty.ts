// `npm run eval`: how well the loyalty score separates reviewers who recommend the product from
// the rest, as ROC AUC, overall and on 3-star reviews, on the fifth of the reviews that fitting
// never saw (and, for reference, on all of them), side by side with VADER's compound score.
import { createRequire } from 'node:module'
import { scoreLoyalty } from '../src/index'
import { isHeldOut, readReviews } from './fit-loyalty'
import type { Review } from './fit-loyalty'
import { auc } from './auc'

const require = createRequire(import.meta.url)
const vader = (require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } }).SentimentIntensityAnalyzer

const reviews = readReviews()
const attune = new Map(reviews.map((r) => [r.index, scoreLoyalty(r.text).score]))
const vaderScores = new Map(reviews.map((r) => [r.index, vader.polarity_scores(r.text).compound]))
const row = (name: string, set: Review[]) => {
  const three = set.filter((r) => r.rating === 3)
  const a = (s: Review[], m: Map<number, number>) => auc(s.map((r) => m.get(r.index) as number), s.map((r) => r.recommended)).toFixed(3)
  return `| ${name} (${set.length}; ${three.length} 3-star) | ${a(set, attune)} | ${a(three, attune)} | ${a(set, vaderScores)} | ${a(three, vaderScores)} |`
}
console.log('ROC AUC of the score for "Recommended IND", Women\'s E-Commerce Clothing Reviews dev.csv\n')
console.log('| reviews | attune, all | attune, 3-star | VADER compound, all | VADER, 3-star |')
console.log('| --- | ---: | ---: | ---: | ---: |')
console.log(row('held out (never fitted)', reviews.filter(isHeldOut)))
console.log(row('fitted four fifths', reviews.filter((r) => !isHeldOut(r))))
console.log(row('all', reviews))
