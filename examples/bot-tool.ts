// Offering composeReply to an LLM agent as a tool: the tool's parameters are attune's JSON Schema,
// the model's arguments are validated (every issue goes back to the model), and the reply comes back
// as plain JSON. No LLM is called here: a tool call is simulated.
// Run: npx tsx examples/bot-tool.ts   (after `npm run build`)
import { composeReply } from 'attune'
import type { ComposeReplyInput } from 'attune'
import { toJsonSchema, validateInput } from 'attune/schemas'

const tool = {
  name: 'compose_support_reply',
  description: 'Write an empathetic support reply that reflects the customer, reframes to the outcome and proposes a next step.',
  parameters: toJsonSchema('composeReply'),
}
console.log('Tool offered to the model:')
console.log(JSON.stringify({ name: tool.name, required: tool.parameters['required'], properties: Object.keys(tool.parameters['properties'] as object) }, null, 2))

function handleToolCall(args: unknown): unknown {
  const checked = validateInput('composeReply', args)
  if (!checked.ok) return { error: 'invalid arguments', issues: checked.issues }
  return composeReply(checked.value as ComposeReplyInput)
}

// A bad call first: the model gets every problem back, and can fix its arguments.
console.log('\nA bad call:', JSON.stringify(handleToolCall({ message: 42, channel: 'fax' })))

// Then a good one.
const reply = handleToolCall({
  message: "My daughter's party is Saturday and the gift still hasn't shipped. I'm so worried!",
  customer: { name: 'Dana' },
  agent: { name: 'Sam' },
  nextStep: { what: 'call the courier and get you a delivery date', by: '2026-11-20T21:00:00Z' },
  channel: 'chat',
  timeZone: 'America/Chicago',
  seed: 'ticket-48213',
}) as { text: string; warnings: string[] }
console.log('\nThe reply:\n' + reply.text)
