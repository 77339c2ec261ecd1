// Regenerates the tables in docs/ that are made from pack data, between their markers:
// docs/loyalty.md, the loyalty taxonomy of the en pack; docs/lint-rules.md, the reply rules.
//   npx tsx scripts/docs-tables.ts          rewrite
//   npx tsx scripts/docs-tables.ts --check  exit 1 when a doc is stale
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { enLint } from '../src/packs/en/lint'
import { enLoyalty } from '../src/packs/en/loyalty'

const root = join(import.meta.dirname, '..')

function loyaltyTable(): string {
  const rows = enLoyalty.tags.map((t) => `| ${t.id} | ${t.polarity} | ${t.weight} | ${t.phrases.slice(0, 4).map((p) => `"${p}"`).join(', ')} | ${t.note} |`)
  return ['| tag | predicts | weight | example phrases | why |', '| --- | --- | ---: | --- | --- |', ...rows].join('\n')
}

function rulesTable(): string {
  const cell = (text: string | undefined) => (text ?? '').replace(/\|/g, '\\|')
  const rows = enLint.rules.map((r) => `| \`${r.id}\` | ${r.kind} | ${r.severity} | ${cell(r.note)} | ${cell(r.bad)} | ${cell(r.better)} |`)
  return ['| rule | kind | severity | why it matters | bad | better |', '| --- | --- | --- | --- | --- | --- |', ...rows].join('\n')
}

const docs = [
  { file: join(root, 'docs', 'loyalty.md'), name: 'tags', body: loyaltyTable() },
  { file: join(root, 'docs', 'lint-rules.md'), name: 'rules', body: rulesTable() },
]
let stale = false
for (const doc of docs) {
  const text = readFileSync(doc.file, 'utf8')
  const start = text.indexOf(`<!-- ${doc.name}:start`)
  const end = text.indexOf(`<!-- ${doc.name}:end -->`)
  if (start < 0 || end < 0) throw new Error(`${doc.file}: markers for ${doc.name} are missing`)
  const open = text.indexOf('-->', start) + 3
  const next = `${text.slice(0, open)}\n${doc.body}\n${text.slice(end)}`
  if (next === text) continue
  if (process.argv.includes('--check')) {
    console.error(`${doc.file} is stale: run \`npx tsx scripts/docs-tables.ts\` and commit the result.`)
    stale = true
  } else writeFileSync(doc.file, next)
}
if (stale) process.exit(1)
console.log(process.argv.includes('--check') ? 'docs tables are up to date.' : 'docs tables written.')
