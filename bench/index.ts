// `npm run bench`: attune side by side with the libraries a developer would otherwise pick, on the
// same texts in one process. The first row of each table is attune; the last column is how many
// times faster attune is than that row.
import { createRequire } from 'node:module'
// The built package, as users run it (`npm run bench` builds first).
const attune = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index')
import { loadTexts, measure, measureSideBySide, printTable, timeOnce } from './harness'

const require = createRequire(import.meta.url)
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number } }
const sentimentTokenize = require('sentiment/lib/tokenize') as (text: string) => string[]
const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => { readDoc(text: string): { tokens(): { length(): number } } }
const model = require('wink-eng-lite-web-model') as unknown

const { label, texts } = loadTexts()
console.log(`attune bench on ${label}, Node ${process.version}`)

const winkTokensOnly = winkNLP(model, [])

printTable('tokenize', measureSideBySide([
  { name: 'attune tokenize', run: (t) => attune.tokenize(t).length },
  { name: 'sentiment (AFINN) tokenizer', run: (t) => sentimentTokenize(t).length },
  { name: 'wink-nlp readDoc, tokenizer only', run: (t) => winkTokensOnly.readDoc(t).tokens().length() },
], texts))

printTable('splitSentences', [
  measure({ name: 'attune splitSentences', run: (t) => attune.splitSentences(t).length }, texts),
])

const afinn = new Sentiment()
const vader = (require('vader-sentiment') as { SentimentIntensityAnalyzer: { polarity_scores(t: string): { compound: number } } }).SentimentIntensityAnalyzer
const winkSentiment = winkNLP(model, ['sbd', 'negation', 'sentiment']) as unknown as { readDoc(t: string): { out(x: unknown): number } }
const its = (winkNLP(model) as unknown as { its: { sentiment: unknown } }).its

printTable('feelings (attune) against polarity scoring (peers)', measureSideBySide([
  { name: 'attune detectFeelings (feelings, concerns, signals, evidence)', run: (t) => attune.detectFeelings(t).feelings.length },
  { name: 'sentiment (AFINN) analyze', run: (t) => afinn.analyze(t).score },
  { name: 'wink-nlp sentiment pipe', run: (t) => winkSentiment.readDoc(t).out(its.sentiment) },
  { name: 'vader-sentiment polarity_scores', run: (t) => vader.polarity_scores(t).compound },
], texts))

// Loyalty: scoring comments, side by side with VADER's compound score on the same texts.
printTable('scoreLoyalty (comments)', measureSideBySide([
  { name: 'attune scoreLoyalty', run: (t) => attune.scoreLoyalty(t).score },
  { name: 'sentiment (AFINN) analyze', run: (t) => afinn.analyze(t).score },
  { name: 'vader-sentiment polarity_scores', run: (t) => vader.polarity_scores(t).compound },
], texts))

// trendLoyalty over 1,000,000 generated comments: memory stays flat (only per-bucket counts).
function* generated(count: number): Generator<{ text: string; at: number; segment: string }> {
  for (let k = 0; k < count; k++) yield { text: texts[k % texts.length] as string, at: Date.UTC(2026, 0, 1) + (k % 365) * 86_400_000, segment: k % 3 ? 'chat' : 'email' }
}
globalThis.gc?.()
const heapBefore = process.memoryUsage().heapUsed
let heapPeak = heapBefore
const sampled = (function* () {
  let k = 0
  for (const item of generated(1_000_000)) {
    if (++k % 50_000 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)
    yield item
  }
})()
const t0 = performance.now()
const trend = attune.trendLoyalty(sampled, { by: 'week', timeZone: 'UTC', segment: true })
const seconds = (performance.now() - t0) / 1000
console.log(`\n## trendLoyalty over 1,000,000 generated comments\n`)
console.log(`${trend.scored.toLocaleString('en-US')} comments in ${seconds.toFixed(1)} s (${Math.round(trend.scored / seconds).toLocaleString('en-US')} comments/s), ${trend.buckets.length} buckets; heap grew at most ${((heapPeak - heapBefore) / 1e6).toFixed(1)} MB while streaming`)

// Rendering pack messages: composing 100,000 replies a second needs a few hundred thousand renders.
const packs = (await import(new URL('../dist/packs/es.js', import.meta.url).href)) as typeof import('../src/packs/es/index')
const en = (await import(new URL('../dist/packs/en.js', import.meta.url).href)) as typeof import('../src/packs/en/index')
const renderTexts = texts.slice(0, 2000)
printTable('renderMessage', [
  measure({ name: 'attune renderMessage (en, a date in a time zone)', run: (t) => attune.renderMessage(en.en, 'acknowledge.milestone', { what: t.slice(0, 20), by: 1_795_000_000_000 }, { timeZone: 'America/Chicago' }) }, renderTexts),
  measure({ name: 'attune renderMessage (es, plural, seeded variant)', run: (t) => attune.renderMessage(packs.es, 'reflect.frustration.repeat-contact', { count: (t.length % 5) + 2 }, { seed: t }) }, renderTexts),
  measure({ name: 'attune renderMessage (en, html-escaped name)', run: (t) => attune.renderMessage(en.en, 'greeting.named', { name: t.slice(0, 12) }, { format: 'html', tone: 'formal' }) }, renderTexts),
])

// The builders, each on a realistic input.
const ackInput = { customer: { name: 'Dana Whitfield' }, topic: 'your order', nextMilestone: { what: 'a confirmed delivery date', by: '2026-11-20T21:00:00Z' }, updates: { channel: 'email' }, now: '2026-11-20T15:00:00Z', channel: 'chat' as const }
const planInput = { now: '2026-11-23T15:00:00Z', priority: 'speed' as const, options: [
  { id: 'courier', label: 'Overnight courier', timeline: { days: 1 }, costToCustomer: 12, effort: 'none' as const },
  { id: 'post', label: 'Free standard post', timeline: { businessDays: 5 }, costToCustomer: 0, effort: 'none' as const },
  { id: 'store', label: 'Pick up in store', timeline: { hours: 4 }, costToCustomer: 0, effort: 'medium' as const, description: 'go to the store' },
] }
const closureInput = { customer: { name: 'Dana' }, happened: 'your parcel was held at the hub', changed: 'held parcels are re-scanned within two hours', prevented: 'we alert you when tracking stalls', thanksFor: 'your patience', channel: 'email' as const }
printTable('builders (one call each)', [
  measure({ name: 'attune acknowledge', run: () => attune.acknowledge(ackInput, { timeZone: 'America/Chicago' }).text }, renderTexts.slice(0, 500)),
  measure({ name: 'attune closureNote', run: () => attune.closureNote(closureInput).text }, renderTexts.slice(0, 500)),
  measure({ name: 'attune buildRepairPlan (3 options)', run: () => attune.buildRepairPlan(planInput).question }, renderTexts.slice(0, 500)),
])

const readings = new Map(texts.slice(0, 1000).map((t) => [t, attune.detectFeelings(t)]))
// Composing whole replies from the customer's message (detection included), per channel.
const composeTexts = texts.slice(0, 1000)
// A different update time for each message (a minute apart), as in real traffic: a reply says its
// time twice (the next step and the case note), and nothing carries over from one reply to the next.
const byOf = new Map(composeTexts.map((t, k) => [t, new Date(Date.UTC(2026, 10, 20, 21) + k * 60_000).toISOString()]))
const by = (t: string): string => byOf.get(t) ?? '2026-11-20T21:00:00Z'
printTable('composeReply (reads the message, writes the reply)', [
  measure({ name: 'attune composeReply, email', run: (t) => attune.composeReply({ message: t, customer: { name: 'Dana' }, agent: { name: 'Sam' }, nextStep: { what: 'look into it', by: by(t) }, channel: 'email', seed: t }).text }, composeTexts),
  measure({ name: 'attune composeReply, sms', run: (t) => attune.composeReply({ message: t, customer: { name: 'Dana' }, agent: { name: 'Sam' }, nextStep: { what: 'look into it', by: by(t) }, channel: 'sms', seed: t }).text }, composeTexts),
  measure({ name: 'attune composeReply, from a reading (no detection)', run: (t) => attune.composeReply({ reading: readings.get(t) as ReturnType<typeof attune.detectFeelings>, nextStep: { what: 'look into it', by: by(t) }, channel: 'chat' }).text }, composeTexts),
])

// Linting and scoring a 1,000-word email, the QA check an agent sees while writing.
const email = Array.from({ length: 68 }, (_, k) => (k % 6 === 0 ? "I'm sorry we missed your delivery; I'll rebook it for tomorrow morning and text you by 9 am." : texts[k] ?? 'We checked your order today.')).join(' ')
const words = email.split(/\s+/).length
const lintTimes: number[] = []
for (let r = 0; r < 500; r++) {
  const t0 = performance.now()
  // A different draft each run (the checks keep the last draft's tokens, which must not flatter the
  // figure). scoreReply lints the draft too, and returns the findings with the score.
  const draft = `${email} Reference ${r}.`
  attune.scoreReply(draft, { channel: 'email', customerMessage: 'Where is my order? I need it by Saturday.', customer: { name: 'Dana' } })
  lintTimes.push(performance.now() - t0)
}
lintTimes.sort((a, b) => a - b)
console.log(`\n## lintReply + scoreReply on a ${words}-word email\n`)
console.log(`median ${(lintTimes[250] as number).toFixed(2)} ms, 95th percentile ${(lintTimes[475] as number).toFixed(2)} ms (scoreReply, which lints and scores; 500 runs)`)

// Cost is linear in length: one message of 1 MB.
const big = texts.join(' ').repeat(Math.ceil(1_000_000 / texts.join(' ').length)).slice(0, 1_000_000)
console.log(`\n## one 1 MB message\n`)
// The first call on so large a text also pays for the heap growing to hold it; it is shown apart.
const cold = performance.now()
attune.detectFeelings(big)
const coldMs = performance.now() - cold
console.log(`attune detectFeelings: ${timeOnce(() => attune.detectFeelings(big)).toFixed(1)} ms (median of 5 after the first call, which took ${coldMs.toFixed(1)} ms)`)
console.log(`attune tokenize: ${timeOnce(() => attune.tokenize(big)).toFixed(1)} ms`)
console.log(`sentiment (AFINN) analyze: ${timeOnce(() => afinn.analyze(big)).toFixed(1)} ms`)
// composeReply's own rules read the whole text too (a pattern with ".*" between two words once made
// this grow with the square of the length): its cost over detectFeelings' should stay small.
console.log(`attune composeReply: ${timeOnce(() => attune.composeReply({ message: big, channel: 'chat' })).toFixed(1)} ms`)
