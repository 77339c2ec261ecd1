// attune's demo: a real-sounding support conversation, read turn by turn, with the evidence behind
// every judgment highlighted in the customer's own words.
// Run with `npm run demo` (it builds first, then imports the package by name, as a user would).
import { readFileSync } from 'node:fs'
import { acknowledge, buildRepairPlan, composeReply, formatFinding, lintReply, readConversation, scoreLoyalty, scoreReply, splitSentences } from 'attune'
import type { ConversationTurn, CustomerContext, Evidence, FeelingReading } from 'attune'

type Conversation = { id: string; channel: 'chat'; customer: CustomerContext; turns: ConversationTurn[] }

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

// What the agents actually wrote, checked as a QA lead would.
console.log('\nThe agents\' replies, linted and scored:')
for (const [index, turn] of conversation.turns.entries()) {
  if (turn.role !== 'agent') continue
  const previous = conversation.turns.slice(0, index).reverse().find((t) => t.role === 'customer')?.text ?? ''
  const score = scoreReply(turn.text, { customerMessage: previous, customer: conversation.customer, channel: conversation.channel })
  console.log(`  #${index + 1} score ${score.total}/100, mechanisms ${JSON.stringify(score.mechanisms)}`)
  for (const finding of lintReply(turn.text, { customerMessage: previous, customer: conversation.customer, channel: conversation.channel })) {
    console.log(`    ${formatFinding(turn.text, finding)}${finding.suggestion ? `  (try: ${finding.suggestion})` : ''}`)
  }
}

// What attune would have written at turn 5, when the customer threatened to leave.
const upToTurn5 = conversation.turns.slice(0, 5)
const now = '2026-11-20T22:48:00Z'
const plan = buildRepairPlan({
  now,
  message: upToTurn5[4]?.text ?? '',
  timeZone: 'America/Chicago',
  options: [
    { id: 'courier', label: 'A replacement by overnight courier', timeline: { hours: 20 }, costToCustomer: 0, effort: 'none', businessCost: 32 },
    { id: 'wait', label: 'Wait for the stuck parcel', timeline: { businessDays: 3 }, costToCustomer: 0, effort: 'none', businessCost: 0 },
    { id: 'refund', label: 'A full refund today', timeline: { hours: 4 }, costToCustomer: 0, effort: 'low', description: 'buy the gift somewhere else', businessCost: 49 },
  ],
  policy: { maxBusinessCost: 60 },
})
const reply = composeReply({ conversation: upToTurn5, customer: conversation.customer, agent: { name: 'Sam' }, plan, channel: conversation.channel, now, timeZone: 'America/Chicago', seed: conversation.id })
console.log('\nWhat attune would have written at turn 5 (chat):\n')
console.log(reply.text.split('\n').map((line) => `  ${line}`).join('\n'))
console.log(`\n  parts: ${reply.parts.map((p) => p.kind).join(', ')}; QA score ${scoreReply(reply.text, { customerMessage: upToTurn5[4]?.text ?? '', customer: conversation.customer, channel: 'chat' }).total}/100`)
console.log(`  dropped options: ${plan.dropped.map((d) => d.message).join('; ') || 'none'}`)

const ack = acknowledge({ customer: conversation.customer, topic: 'your order #A-20931', message: upToTurn5[0]?.text ?? '', nextMilestone: { what: 'a delivery date from the courier', by: '2026-11-19T23:00:00Z' }, updates: { channel: 'email' }, owner: { name: 'Sam', team: 'Orders' }, now: '2026-11-19T21:09:00Z', channel: 'email' }, { timeZone: 'America/Chicago' })
console.log('\nAn acknowledgment attune would have sent at turn 2 (email):\n')
console.log(ack.text.split('\n').map((line) => `  ${line}`).join('\n'))

const last = conversation.turns[conversation.turns.length - 1]?.text ?? ''
const loyalty = scoreLoyalty(last)
const tagged = loyalty.signals.map((s) => `${s.tag} "${s.evidence.text}"`).join(', ')
console.log(`\nLoyalty in the last message: ${loyalty.score} (${tagged || 'no tagged phrase'})`)
