import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as src from '../src'
import { replyFixtures } from './fixtures/replies'
import { NOW, scenarios } from './fixtures/scenarios'
import { fixtures } from './fixtures/support-messages'

// The build gives the internal fields of the scan, the compiled tables and the scorer short names
// (tsup.config.ts, `mangleProps`). These tests read with the built package, ES module and CommonJS,
// and expect exactly what the source gives: a name mangled in one place and not in another would
// show here as a reading, a reply or a finding that differs.
const root = join(import.meta.dirname, '..')
const esmFile = join(root, 'dist', 'index.js')
const cjsFile = join(root, 'dist', 'index.cjs')

type Attune = typeof src

describe.skipIf(!existsSync(esmFile) && !process.env.CI)('the built package reads as the source does', () => {
  const load = async (): Promise<[string, Attune][]> => {
    expect(existsSync(esmFile), 'run the build first').toBe(true)
    const esm = (await import(pathToFileURL(esmFile).href)) as Attune
    const cjs = createRequire(import.meta.url)(cjsFile) as Attune
    return [['esm', esm], ['cjs', cjs]]
  }
  // Odd input as well as the fixtures: long, shouted, quoted email, other scripts, lone surrogates.
  const texts = [
    ...fixtures.map((f) => f.text),
    'I have called 3 times!!! '.repeat(400),
    'WHY IS MY ORDER STILL NOT HERE. I NEED IT BY FRIDAY',
    'Thanks,\n\n> On Mon, Ana wrote:\n> my parcel is lost\n\nSent from my iPhone',
    'Das ist eine Katastrophe, ich warte seit drei Wochen.',
    '\uD83D oops \uDE00 😤😤 :( <3',
  ]

  it('detectFeelings gives the same reading for every fixture and odd input', async () => {
    const builds = await load()
    for (const text of texts) {
      const want = src.detectFeelings(text)
      for (const [format, built] of builds) expect(built.detectFeelings(text), `${format}: ${text.slice(0, 60)}`).toEqual(want)
    }
  })

  it('readConversation, composeReply, lintReply, scoreLoyalty and redact give the same results', async () => {
    const turns = fixtures.slice(0, 40).map((f, i) => ({ role: i % 3 === 1 ? ('agent' as const) : ('customer' as const), text: f.text }))
    for (const [format, built] of await load()) {
      expect(built.readConversation(turns), format).toEqual(src.readConversation(turns))
      for (const scenario of scenarios) {
        const input = { ...scenario.input, now: NOW, channel: 'email' as const }
        expect(built.composeReply(input), `${format}: ${scenario.id}`).toEqual(src.composeReply(input))
      }
      for (const { draft } of replyFixtures) expect(built.lintReply(draft), `${format}: ${draft.slice(0, 60)}`).toEqual(src.lintReply(draft))
      for (const text of texts.slice(0, 200)) {
        expect(built.scoreLoyalty(text), format).toEqual(src.scoreLoyalty(text))
        expect(built.redact(text, { kinds: ['email', 'phone'] }), format).toEqual(src.redact(text, { kinds: ['email', 'phone'] }))
      }
    }
  }, 60_000)
})
