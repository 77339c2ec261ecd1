// `npm run eval`: attune's feelings on GoEmotions dev.tsv (never used for fitting or thresholds),
// scored as the GoEmotions paper scores its models: multi-label, macro-F1 over the Ekman groups plus
// neutral, and over the sentiment groups plus neutral. Also per feeling, and 3-way polarity side by
// side with `sentiment` (AFINN) and `vader-sentiment` on the same items.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { FEELINGS, detectFeelings } from '../src/index'
import type { Feeling } from '../src/index'

const require = createRequire(import.meta.url)
const dataDir = join(import.meta.dirname, '..', '..', 'shared', 'data', 'goemotions')
const names = readFileSync(join(dataDir, 'emotions.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean)
const ekmanOf = JSON.parse(readFileSync(join(dataDir, 'ekman_mapping.json'), 'utf8')) as Record<string, string[]>
const sentimentOf = JSON.parse(readFileSync(join(dataDir, 'sentiment_dict.json'), 'utf8')) as Record<string, string[]>
const invert = (groups: Record<string, string[]>) => new Map(Object.entries(groups).flatMap(([g, labels]) => labels.map((l) => [l, g] as const)))
const labelToEkman = invert(ekmanOf)
const labelToSentiment = invert(sentimentOf)
const feelingToSentiment = (f: Feeling) => (FEELINGS[f].valence === 'ambiguous' ? 'ambiguous' : FEELINGS[f].valence)

const file = process.argv[2] ?? 'dev.tsv'
const rows = readFileSync(join(dataDir, file), 'utf8').split('\n').filter(Boolean).map((line) => {
  const [text = '', ids = ''] = line.split('\t')
  return { text, labels: ids.split(',').map((id) => names[Number(id)] ?? 'neutral') }
})

type Counts = Map<string, { tp: number; fp: number; fn: number }>
function tally(counts: Counts, gold: Set<string>, predicted: Set<string>, classes: string[]): void {
  for (const c of classes) {
    const entry = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 }
    const g = gold.has(c)
    const p = predicted.has(c)
    if (g && p) entry.tp++
    else if (p) entry.fp++
    else if (g) entry.fn++
    counts.set(c, entry)
  }
}
const f1 = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }) => (2 * tp) / (2 * tp + fp + fn || 1)
const macro = (counts: Counts) => [...counts.values()].reduce((s, c) => s + f1(c), 0) / counts.size
const fmt = (x: number) => x.toFixed(3)

const ekmanClasses = [...Object.keys(ekmanOf), 'neutral']
const sentimentClasses = [...Object.keys(sentimentOf), 'neutral']
const feelingList = Object.keys(FEELINGS) as Feeling[]
const ekman: Counts = new Map()
const sentiment: Counts = new Map()
const perFeeling: Counts = new Map()
const perLabel: Counts = new Map()

// Polarity, 3-way, on the items whose gold is purely positive, negative or neutral (as the peers study).
const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } }
const afinn = new Sentiment()
const vader = (require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } }).SentimentIntensityAnalyzer
const polarity: Record<string, Counts> = { attune: new Map(), 'sentiment (AFINN)': new Map(), 'vader-sentiment': new Map() }
const polarityClasses = ['positive', 'negative', 'neutral']

for (const row of rows) {
  const reading = detectFeelings(row.text)
  const predicted = reading.feelings.map((f) => f.feeling)
  const goldEkman = new Set(row.labels.map((l) => (l === 'neutral' ? 'neutral' : labelToEkman.get(l) ?? 'neutral')))
  const predEkman = new Set(predicted.map((f) => FEELINGS[f].ekman as string))
  if (predEkman.size === 0) predEkman.add('neutral')
  tally(ekman, goldEkman, predEkman, ekmanClasses)
  const goldSent = new Set(row.labels.map((l) => (l === 'neutral' ? 'neutral' : labelToSentiment.get(l) ?? 'neutral')))
  const predSent = new Set(predicted.map(feelingToSentiment) as string[])
  if (predSent.size === 0) predSent.add('neutral')
  tally(sentiment, goldSent, predSent, sentimentClasses)
  const goldFeelings = new Set(feelingList.filter((f) => FEELINGS[f].goEmotions.some((l) => row.labels.includes(l))))
  tally(perFeeling, goldFeelings, new Set(predicted), feelingList)
  tally(perLabel, new Set(row.labels), new Set(predicted.flatMap((f) => FEELINGS[f].goEmotions)), ['annoyance', 'disappointment', 'confusion', 'gratitude', 'sadness', 'anger'])

  if (goldSent.size === 1 && !goldSent.has('ambiguous')) {
    const gold = new Set(goldSent)
    const label = reading.polarity.label === 'mixed' ? (reading.polarity.score >= 0 ? 'positive' : 'negative') : reading.polarity.label
    tally(polarity.attune as Counts, gold, new Set([label]), polarityClasses)
    const a = afinn.analyze(row.text).score
    tally(polarity['sentiment (AFINN)'] as Counts, gold, new Set([a > 0 ? 'positive' : a < 0 ? 'negative' : 'neutral']), polarityClasses)
    const v = vader.polarity_scores(row.text).compound
    tally(polarity['vader-sentiment'] as Counts, gold, new Set([v >= 0.05 ? 'positive' : v <= -0.05 ? 'negative' : 'neutral']), polarityClasses)
  }
}

console.log(`GoEmotions ${file}: ${rows.length} comments\n`)
console.log('| measure | attune | GoEmotions BERT-base (paper, test split) |')
console.log('| --- | ---: | ---: |')
console.log(`| macro-F1, Ekman groups + neutral | ${fmt(macro(ekman))} | 0.64 |`)
console.log(`| macro-F1, sentiment groups + neutral | ${fmt(macro(sentiment))} | 0.69 |`)
console.log('\nPer Ekman group:', Object.fromEntries([...ekman].map(([k, v]) => [k, fmt(f1(v))])))
console.log('Per sentiment group:', Object.fromEntries([...sentiment].map(([k, v]) => [k, fmt(f1(v))])))
console.log('\n| feeling | F1 (gold: its GoEmotions labels) | support |')
console.log('| --- | ---: | ---: |')
for (const [feeling, counts] of perFeeling) console.log(`| ${feeling} | ${fmt(f1(counts))} | ${counts.tp + counts.fn} |`)
console.log('\nSingle GoEmotions labels (a feeling predicted counts for each of its labels): ', Object.fromEntries([...perLabel].map(([k, v]) => [k, fmt(f1(v))])))
console.log('BERT-base per label (paper): annoyance .34, disappointment .28, confusion .37, gratitude .86, sadness .49, anger .47')
console.log('\n3-way polarity (positive / negative / neutral items only):\n')
console.log('| library | macro-F1 |')
console.log('| --- | ---: |')
for (const [name, counts] of Object.entries(polarity)) console.log(`| ${name} | ${fmt(macro(counts))} |`)
