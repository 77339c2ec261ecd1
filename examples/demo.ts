// attune's demo: a real-sounding support conversation, read turn by turn, with the evidence behind
// every judgment highlighted in the customer's own words.
// Run with `npm run demo` (it builds first, then imports the package by name, as a user would).
import { readFileSync } from 'node:fs'
import { readConversation, splitSentences } from 'attune'
import type { ConversationTurn, Evidence, FeelingReading } from 'attune'

type Conversation = { id: string; channel: string; turns: ConversationTurn[] }

const conversation = JSON.parse(readFileSync(new URL('./data/conversation.json', import.meta.url), 'utf8')) as Conversation
const color = process.stdout.isTTY && !process.env.NO_COLOR
const mark = (s: string): string => (color ? `\x1b[1;33m${s}\x1b[0m` : `[${s}]`)

/** The text with every evidence span marked, outermost first, never splitting a span. */
function highlight(text: string, evidence: Evidence[]): string {
  const spans = [...evidence].sort((a, b) => a.start - b.start || b.end - a.end)
  let out = ''
  let at = 0
  for (const span of spans) {
    if (span.start < at) continue
    out += text.slice(at, span.start) + mark(text.slice(span.start, span.end))
    at = span.end
  }
  return out + text.slice(at)
}

function describe(reading: FeelingReading): string[] {
  const lines: string[] = []
  const feelings = reading.feelings.map((f) => `${f.feeling} ${f.intensity.toFixed(2)} (${f.evidence.map((e) => JSON.stringify(e.text)).join(', ') || 'no single cue'})`)
  lines.push(`feelings: ${feelings.join('; ') || 'none expressed'}`)
  lines.push(`polarity: ${reading.polarity.label} ${reading.polarity.score}`)
  if (reading.concerns.length) lines.push(`at stake: ${reading.concerns.map((c) => c.concern + (c.detail ? ' ' + JSON.stringify(c.detail) : '')).join('; ')}`)
  if (reading.signals.length) lines.push(`signals: ${reading.signals.map((s) => s.signal + (s.detail ? ' ' + JSON.stringify(s.detail) : '')).join('; ')}`)
  return lines
}

const reading = readConversation(conversation.turns)
console.log(`attune demo: ${conversation.id} (${conversation.channel}, ${conversation.turns.length} turns)\n`)
for (const [index, turn] of conversation.turns.entries()) {
  const turnReading = reading.turns[index]?.reading
  if (!turnReading) continue
  const evidence = [...turnReading.feelings.flatMap((f) => f.evidence), ...turnReading.concerns.flatMap((c) => c.evidence), ...turnReading.signals.flatMap((s) => s.evidence)]
  console.log(`#${index + 1} ${turn.role.toUpperCase()}  ${turn.at ?? ''}  (${splitSentences(turn.text).length} sentences)`)
  console.log(`  ${highlight(turn.text, evidence)}`)
  for (const line of describe(turnReading)) console.log(`    ${line}`)
  console.log()
}
console.log('The whole conversation:')
console.log(`  trajectory: ${reading.trajectory}`)
console.log(`  signals over the customer's turns: ${reading.signals.map((s) => `${s.signal}${s.detail ? ' ' + JSON.stringify(s.detail) : ''} (turns ${[...new Set(s.evidence.map((e) => e.turn + 1))].join(', ')})`).join('; ')}`)
console.log(`  concerns raised: ${reading.concerns.map((c) => c.concern + (c.detail ? ' ' + JSON.stringify(c.detail) : '')).join('; ')}`)
console.log(`  concerns no agent turn addressed: ${reading.unaddressed.map((c) => c.concern).join(', ') || 'none'}`)
