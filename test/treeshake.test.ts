import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// Bundles one import from the built package, as a user's bundler would, and reads what got in.
const root = join(import.meta.dirname, '..')

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true, format: 'esm', platform: 'browser', write: false, minify: false, treeShaking: true, logLevel: 'silent',
  })
  return result.outputFiles[0]?.text ?? ''
}

describe.skipIf(!existsSync(join(root, 'dist', 'index.js')))('tree-shaking the built package', () => {
  it('bundles detectFeelings without zod, without any pack messages and without non-default packs', async () => {
    const code = await bundle("import { detectFeelings } from 'attune'; console.log(detectFeelings('hi'))")
    expect(code).toContain('frustration')
    expect(code).not.toMatch(/from ['"]zod['"]|ZodType|zod\/v4/)
    for (const marker of ['te viene mejor', 'Laquelle vous convient', 'Was passt', 'Qual delas funciona', 'Which of these works best']) expect(code).not.toContain(marker)
  })

  it('bundles renderMessage with en and one other pack, and not the rest', async () => {
    const code = await bundle("import { renderMessage } from 'attune'; import { es } from 'attune/packs/es'; console.log(renderMessage(es, 'propose.ask', {}))")
    expect(code).toContain('te viene mejor')
    for (const marker of ['Laquelle vous convient', 'Was passt', 'Qual delas funciona']) expect(code).not.toContain(marker)
  })

  it('bundles scoreLoyalty without the feeling lexicon', async () => {
    const code = await bundle("import { scoreLoyalty } from 'attune'; console.log(scoreLoyalty('hi'))")
    expect(code).toContain('scripts/fit-loyalty.ts')
    expect(code).not.toContain('scripts/fit-lexicon.ts')
  })

  it('bundles tokenize without the feeling tables', async () => {
    const code = await bundle("import { tokenize } from 'attune'; console.log(tokenize('hi'))")
    expect(code).not.toContain('thanks-for-nothing')
    expect(code).not.toContain('scripts/fit-lexicon.ts')
  })
})
