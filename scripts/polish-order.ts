// Polishes the order of the phrases inside each phrase string (`"a|b|c"`, see phrase-strings.ts) of the en pack's cue tables
// against the measure the budgets use: the detectFeelings bundle as size-limit builds it from dist/
// (esbuild, minified), gzipped at level 9. `npm run order` orders the phrases by how deflate codes
// the tables module alone; gzip's cost of the whole bundle moves by a few dozen bytes with any
// change to the tables, and this finds some of them back.
//   npm run polish [-- N [SEED]]    N random moves (default 3000, about two minutes), then rewrites
//                                   src/packs/en/tables.ts with the order found
//
// Run it after `npm run order`, or, after adding a few phrases to a polished file, alone: `npm run
// order` starts from sorted phrases again and gives the earlier polish up. A move takes one phrase
// of one string to another place in the same string, and is kept when the bundle gets smaller. (The
// bundles that carry the tables with more, composeReply's say, move with it, not always by as
// much.) The order inside a cue changes nothing a reader finds (see order-phrases.ts).
// Deterministic for a given N, SEED and dist/.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { phraseSpans, replaceSpans } from './phrase-strings'

const root = join(import.meta.dirname, '..')
const dist = join(root, 'dist')
const tablesFile = join(root, 'src', 'packs', 'en', 'tables.ts')
// The chunk of dist/ that holds the en tables.
const chunkName = readdirSync(dist).find((f) => f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('"fed-up"'))
if (!chunkName) throw new Error('No chunk of dist/ holds the en tables: run `npm run build` first.')
const chunk = join(dist, chunkName)
const original = readFileSync(chunk, 'utf8')

// The entries size-limit writes for `import: "{ detectFeelings }"`, and what it takes off for them.
const work = mkdtempSync(join(tmpdir(), 'attune-polish-'))
const entries = ['detectFeelings'].map((name) => {
  const file = join(work, `${name}.js`)
  writeFileSync(file, `import { ${name} } from ${JSON.stringify(join(dist, 'index.js'))}\nconsole.log(${name})\n`)
  return file
})
const EMPTY_IMPORT_GZIP = 46

async function sizeOf(text: string, entry: string): Promise<number> {
  const result = await build({
    entryPoints: [entry], bundle: true, write: false, treeShaking: true, logLevel: 'silent',
    minifyIdentifiers: true, minifySyntax: true, minifyWhitespace: true,
    plugins: [{ name: 'tables', setup: (b) => b.onLoad({ filter: /\.js$/ }, (args) => (args.path === chunk ? { contents: text, loader: 'js' } : undefined)) }],
  })
  return gzipSync((result.outputFiles[0] as { contents: Uint8Array }).contents, { level: 9 }).length - EMPTY_IMPORT_GZIP
}
const total = (text: string) => sizeOf(text, entries[0] as string)

// (Only strings written the same in dist/ as in tables.ts: one with emoji or an escape in it is
// written otherwise there, and a new order for it could not be written back.)
const spans = phraseSpans(original)
  .filter(({ start, end }) => /^[\x20-\x7e]*$/.test(original.slice(start, end)) && !original.slice(start, end).includes('\\'))
  .map(({ start, end }) => [start, end] as const)
const moves = Number(process.argv[2] ?? 3000)
let seed = Number(process.argv[3] ?? 1)
const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff

let text = original
let best = await total(text)
const start = best
for (let move = 0; move < moves; move++) {
  const [a, b] = spans[Math.floor(random() * spans.length)] as readonly [number, number]
  const list = text.slice(a, b).split('|')
  const from = Math.floor(random() * list.length)
  const to = Math.floor(random() * list.length)
  if (from === to) continue
  list.splice(to, 0, ...list.splice(from, 1))
  const candidate = text.slice(0, a) + list.join('|') + text.slice(b)
  const size = await total(candidate)
  if (size < best) [best, text] = [size, candidate]
}

// Each string of the chunk holds the phrases of the string at the same place in tables.ts.
const strings = (of: string): string[] => phraseSpans(of).map(({ start, end }) => of.slice(start, end))
const before = strings(original)
const after = strings(text)
let next = 0
const tables = readFileSync(tablesFile, 'utf8')
const source = replaceSpans(tables, phraseSpans(tables), (_, body) => {
  const at = before.indexOf(body, next)
  if (at < 0) return body
  next = at + 1
  return after[at] as string
})
writeFileSync(tablesFile, source)
console.log(`tables.ts: phrase order polished (detectFeelings, min+gzip: ${start} B before, ${best} B after)`)
