// A team's brand-voice pack on top of attune's English pack: loaded as JSON (as it would come from a
// CMS), validated without throwing, then used to render messages. A broken file is reported, issue
// by issue, instead of reaching a customer.
// Run: npx tsx examples/custom-pack.ts   (after `npm run build`)
import { readFileSync } from 'node:fs'
import { renderMessage, validatePack } from 'attune'
import { en } from 'attune/packs/en'

const json: unknown = JSON.parse(readFileSync(new URL('./data/acme-pack.json', import.meta.url), 'utf8'))
const result = validatePack(json, { base: en })
if (!result.ok) {
  for (const issue of result.issues) console.error(`${issue.path.join('.')}: ${issue.message} [${issue.code}]`)
  process.exit(1)
}
const acme = result.value
console.log(`${acme.id} extends ${acme.extends}: ${Object.keys(acme.messages).length} messages\n`)
for (const channel of ['email', 'chat'] as const) {
  console.log(`--- ${channel}`)
  console.log(renderMessage(acme, 'greeting.named', { name: 'Dana' }, { channel }))
  console.log(renderMessage(acme, 'reflect.anxiety.deadline', { event: 'the birthday party', when: 'Saturday' }, { channel }))
  console.log(renderMessage(acme, 'closure.invite', {}, { channel }))
  console.log(renderMessage(acme, 'signoff.named', { agent: 'Sam' }, { channel }))
  console.log()
}

// The same checks catch a broken file: an undeclared variable and a channel that does not exist.
const broken = validatePack({ id: 'acme/en-support', messages: { 'closure.invite': { text: 'Reply, {name}!', vars: {}, variants: { channel: { fax: 'Fax us' } } } } }, { base: en })
if (!broken.ok) for (const issue of broken.issues) console.log(`rejected: ${issue.path.join('.')}: ${issue.message}`)
