import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { describe, expect, it } from 'vitest'

// The built package, bundled for the browser as a user's bundler would, loaded as an ES module in
// Debian's headless Chromium, calling the public API there. Each capability adds its calls below.
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
const dist = join(import.meta.dirname, '..', 'dist', 'index.js')

const calls = `
  const text = 'I’m SO done 😤!! Where is my refund?'
  out.tokens = attune.tokenize(text).map((t) => t.norm)
  out.sentences = attune.splitSentences(text).map((s) => s.text)
  out.normalized = attune.normalize('“fine”', { foldCase: true })
  const reading = attune.detectFeelings("Great, another delay. This is the third time I'm asking!")
  out.primary = reading.primary
  out.signals = reading.signals.map((s) => [s.signal, s.detail ?? null])
  out.trajectory = attune.readConversation([
    { role: 'customer', text: 'My card was charged twice for $49.99.' },
    { role: 'customer', text: 'Third time asking. This is ridiculous.' },
  ]).trajectory
  out.loyalty = attune.scoreLoyalty('Would not recommend, I had to repeat myself.').signals.map((s) => [s.tag, s.polarity])
  out.weeks = attune.trendLoyalty([
    { text: 'Kept me updated, thanks', at: '2026-11-16T10:00:00Z' },
    { text: 'Passed around all day', at: '2026-11-24T10:00:00Z' },
  ], { by: 'week', timeZone: 'Europe/Lisbon' }).buckets.map((b) => b.bucket)
  const acme = attune.extendPack(attune.en, { id: 'acme/en', messages: { 'closure.invite': { text: 'Reply any time.', vars: {} } } })
  out.plan = attune.buildRepairPlan({ now: '2026-11-23T15:00:00Z', priority: 'speed', options: [
    { id: 'courier', label: 'Courier', timeline: { days: 1 }, costToCustomer: 12, effort: 'none' },
    { id: 'post', label: 'Post', timeline: { businessDays: 5 }, costToCustomer: 0, effort: 'none' },
  ] }).options.map((o) => o.tradeoff)
  out.reply = attune.composeReply({ message: 'Great, another delay. Thanks for nothing.', nextStep: { what: 'call the courier', by: '2026-11-20T21:00:00Z' }, channel: 'sms', timeZone: 'America/Chicago' }).parts.map((p) => p.kind)
  out.redacted = attune.redact('mail ana@example.com').text
  out.rendered = [
    attune.renderMessage(acme, 'closure.invite', {}),
    attune.renderMessage(acme, 'acknowledge.milestone', { what: 'a callback', by: '2026-11-24T21:00:00Z' }, { timeZone: 'America/Chicago' }),
    attune.renderMessage(acme, 'greeting.named', { name: '<b>Ana</b>' }, { format: 'html' }),
  ]
`

const page = `<!doctype html><meta charset="utf-8"><pre id="out">pending</pre>
<script type="module">
import * as attune from './attune.js'
const out = {}
try {${calls}} catch (error) { out.error = String((error && error.stack) || error) }
document.getElementById('out').textContent = JSON.stringify(out)
</script>`

// Chromium's profile goes in a directory of its own, removed when the page has been read.
async function chromiumDump(url: string): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'attune-chromium-'))
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--user-data-dir=${profile}`, '--virtual-time-budget=5000', '--dump-dom', url,
  ]
  try {
    return await new Promise((resolve, reject) =>
      execFile(chromium as string, args, { timeout: 60_000 }, (error, stdout) => (error ? reject(error) : resolve(stdout))),
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
}

async function runInBrowser(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'attune-browser-'))
  // The main entry and the en pack entry, as a page would import them.
  const contents = `export * from ${JSON.stringify(dist)}; export { en } from ${JSON.stringify(join(dist, '..', 'packs', 'en.js'))}`
  await build({ stdin: { contents, resolveDir: dir, loader: 'js' }, bundle: true, format: 'esm', platform: 'browser', outfile: join(dir, 'attune.js'), logLevel: 'silent' })
  writeFileSync(join(dir, 'index.html'), page)
  const server = createServer((req, res) => {
    const file = req.url === '/attune.js' ? 'attune.js' : 'index.html'
    res.setHeader('content-type', file.endsWith('.js') ? 'text/javascript' : 'text/html')
    res.end(readFileSync(join(dir, file)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  try {
    const html = await chromiumDump(`http://127.0.0.1:${port}/`)
    const json = (/<pre id="out">([\s\S]*?)<\/pre>/.exec(html)?.[1] ?? '')
      .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    return JSON.parse(json) as Record<string, unknown>
  } finally {
    server.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

describe.skipIf(!chromium && !process.env.CI)('the built package in a real browser', () => {
  it('loads dist/ as an ES module in headless Chromium and runs the public API', async () => {
    expect(chromium, 'Chromium is required in CI (.ci/run installs Debian chromium)').toBeDefined()
    expect(existsSync(dist), 'run the build first').toBe(true)
    const out = await runInBrowser()
    expect(out.error).toBeUndefined()
    expect(out.tokens).toEqual(["i'm", 'so', 'done', '😤', '!!', 'where', 'is', 'my', 'refund', '?'])
    expect(out.sentences).toEqual(['I’m SO done 😤!!', 'Where is my refund?'])
    expect(out.normalized).toBe('"fine"')
    expect(out.primary).toBe('frustration')
    expect(out.signals).toContainEqual(['repeat-contact', { count: 3 }])
    expect(out.trajectory).toBe('escalating')
    expect(out.loyalty).toEqual([['will-recommend', 'negative'], ['had-to-repeat', 'negative']])
    expect(out.weeks).toEqual(['2026-11-16', '2026-11-23'])
    expect(out.plan).toEqual(['fastest, arrives Tuesday; costs $12.00', 'no cost to you, but it takes 5 business days'])
    expect(out.reply).toEqual(['greeting', 'reflect', 'reframe', 'own', 'next-step'])
    expect(out.redacted).toBe('mail [email]')
    expect(out.rendered).toEqual(['Reply any time.', 'Next step: a callback, by 3:00 PM on Tuesday.', 'Hi &lt;b&gt;Ana&lt;/b&gt;,'])
  }, 90_000)
})
