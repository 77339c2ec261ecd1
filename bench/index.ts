// `npm run bench`: attune side by side with the libraries a developer would otherwise pick, on the
// same texts in one process. The first row of each table is attune; the last column is how many
// times faster attune is than that row.
import { createRequire } from 'node:module'
import * as attune from '../src/index'
import { loadTexts, measure, printTable } from './harness'

const require = createRequire(import.meta.url)
const Sentiment = require('sentiment') as new () => { analyze(text: string): { score: number } }
const sentimentTokenize = require('sentiment/lib/tokenize') as (text: string) => string[]
const winkNLP = require('wink-nlp') as (model: unknown, pipe?: string[]) => { readDoc(text: string): { tokens(): { length(): number } } }
const model = require('wink-eng-lite-web-model') as unknown

const { label, texts } = loadTexts()
console.log(`attune bench on ${label}, Node ${process.version}`)

const winkTokensOnly = winkNLP(model, [])

printTable('tokenize', [
  measure({ name: 'attune tokenize', run: (t) => attune.tokenize(t).length }, texts),
  measure({ name: 'sentiment (AFINN) tokenizer', run: (t) => sentimentTokenize(t).length }, texts),
  measure({ name: 'wink-nlp readDoc, tokenizer only', run: (t) => winkTokensOnly.readDoc(t).tokens().length() }, texts),
])

printTable('splitSentences', [
  measure({ name: 'attune splitSentences', run: (t) => attune.splitSentences(t).length }, texts),
])

void Sentiment
