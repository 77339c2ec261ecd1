// attune's demo: a real-sounding support conversation, read with what attune has so far.
// Run with `npm run demo` (it builds first, then imports the package by name, as a user would).
import { readFileSync } from 'node:fs'
import { splitSentences, tokenize } from 'attune'

type Turn = { role: 'customer' | 'agent'; at: string; text: string }
type Conversation = { id: string; channel: string; turns: Turn[] }

const conversation = JSON.parse(
  readFileSync(new URL('./data/conversation.json', import.meta.url), 'utf8'),
) as Conversation

console.log(`attune demo: ${conversation.id} (${conversation.channel}, ${conversation.turns.length} turns)\n`)

for (const [index, turn] of conversation.turns.entries()) {
  console.log(`#${index + 1} ${turn.role.toUpperCase()}  ${turn.at}`)
  for (const sentence of splitSentences(turn.text)) {
    console.log(`  [${sentence.start}-${sentence.end}] ${sentence.text}`)
  }
  const tokens = tokenize(turn.text)
  const notable = tokens.filter((t) => t.kind !== 'word' && t.kind !== 'punct')
  if (notable.length) console.log(`  notable tokens: ${notable.map((t) => `${t.kind} ${JSON.stringify(t.text)}`).join(', ')}`)
  console.log()
}
