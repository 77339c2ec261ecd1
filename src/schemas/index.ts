// zod schemas of attune's public inputs, for hosts and bots: validate JSON before calling a
// composer, or offer a composer as an LLM tool through its JSON Schema. This is the only folder that
// imports zod; the functions themselves check their input without it, so importing them does not
// pull zod into a bundle.
import { z } from 'zod'
import type { Issue, Result } from '../types/core'

/**
 * The names {@link toJsonSchema} and {@link validateInput} know.
 *
 * @example
 * const name: SchemaName = 'composeReply'
 *
 * @category Schemas
 */
export type SchemaName = 'composeReply' | 'acknowledge' | 'closureNote' | 'buildRepairPlan' | 'repairOption' | 'customerContext' | 'conversationTurn' | 'milestone'

const channel = z.enum(['chat', 'email', 'phone', 'social', 'sms']).describe('Where the reply goes')
const tone = z.enum(['warm', 'neutral', 'formal']).describe('The register')
const isoDateTime = z.string().describe('ISO 8601 date-time, e.g. 2026-11-20T21:00:00Z')

/**
 * Warm data about a customer.
 *
 * @example
 * customerContextSchema.parse({ name: 'Dana', consent: { personalize: true } })
 *
 * @category Schemas
 */
export const customerContextSchema: z.ZodType = z
  .object({
    name: z.string().optional(),
    preferredName: z.string().optional(),
    pronouns: z.string().optional(),
    locale: z.string().optional(),
    timeZone: z.string().optional().describe('IANA time zone'),
    accessibility: z.array(z.enum(['screen-reader', 'plain-language', 'no-phone', 'large-text', 'captions'])).optional(),
    preferredChannel: channel.optional(),
    promises: z.array(z.object({ what: z.string(), due: isoDateTime, status: z.enum(['pending', 'kept', 'broken']) })).optional(),
    consent: z.object({ personalize: z.boolean() }).optional(),
  })
  .describe('Warm data about the customer; without consent only the name is used')

/**
 * One turn of a conversation.
 *
 * @example
 * conversationTurnSchema.parse({ role: 'customer', text: 'Where is my order?' })
 *
 * @category Schemas
 */
export const conversationTurnSchema: z.ZodType = z.object({ role: z.enum(['customer', 'agent']), text: z.string(), at: isoDateTime.optional() })

/**
 * A milestone: what happens next, and by when.
 *
 * @example
 * milestoneSchema.parse({ what: 'call the courier', by: '2026-11-20T21:00:00Z' })
 *
 * @category Schemas
 */
export const milestoneSchema: z.ZodType = z.object({ what: z.string().min(1).describe('What happens, concretely; for a next step, a phrase that reads after "I\'ll"'), by: isoDateTime })

/**
 * A repair option.
 *
 * @example
 * repairOptionSchema.parse({ id: 'courier', label: 'Overnight courier', timeline: { days: 1 }, costToCustomer: 0, effort: 'none' })
 *
 * @category Schemas
 */
export const repairOptionSchema: z.ZodType = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  timeline: z.union([
    z.object({ hours: z.number().nonnegative().optional(), days: z.number().nonnegative().optional(), businessDays: z.number().int().nonnegative().optional() }),
    z.object({ by: isoDateTime }),
  ]),
  costToCustomer: z.number().nonnegative(),
  effort: z.enum(['none', 'low', 'medium', 'high']),
  businessCost: z.number().nonnegative().optional(),
  description: z.string().optional(),
})

/**
 * The input of `buildRepairPlan`.
 *
 * @example
 * buildRepairPlanInputSchema.parse({ now: '2026-11-20T15:00:00Z', options: [] })
 *
 * @category Schemas
 */
export const buildRepairPlanInputSchema: z.ZodType = z.object({
  options: z.array(repairOptionSchema),
  message: z.string().optional(),
  priority: z.enum(['speed', 'savings', 'convenience']).optional(),
  policy: z.object({ maxBusinessCost: z.number().nonnegative().optional(), maxCostToCustomer: z.number().nonnegative().optional(), allowed: z.array(z.string()).optional(), maxOptions: z.number().int().positive().optional() }).optional(),
  currency: z.string().length(3).optional(),
  now: isoDateTime,
  channel: channel.optional(),
  tone: tone.optional(),
  timeZone: z.string().optional(),
})

/**
 * The input of `acknowledge` (without a pack, which a bot passes by name in its own code).
 *
 * @example
 * acknowledgeInputSchema.parse({ nextMilestone: { what: 'a reply', by: '2026-11-20T21:00:00Z' }, updates: { channel: 'email' }, now: '2026-11-20T15:00:00Z', channel: 'email' })
 *
 * @category Schemas
 */
export const acknowledgeInputSchema: z.ZodType = z.object({
  customer: customerContextSchema.optional(),
  topic: z.string().optional(),
  message: z.string().optional(),
  nextMilestone: milestoneSchema,
  updates: z.object({ channel: z.string().min(1), how: z.string().optional() }),
  owner: z.object({ name: z.string().min(1), team: z.string().optional() }).optional(),
  now: isoDateTime,
  channel,
})

/**
 * The input of `closureNote`.
 *
 * @example
 * closureNoteInputSchema.parse({ happened: 'x', changed: 'y', prevented: 'z', thanksFor: 'your patience', channel: 'email' })
 *
 * @category Schemas
 */
export const closureNoteInputSchema: z.ZodType = z.object({
  customer: customerContextSchema.optional(),
  happened: z.string().min(1),
  changed: z.string().min(1),
  prevented: z.string().min(1),
  owed: z.string().optional(),
  thanksFor: z.string().min(1),
  agent: z.string().optional(),
  team: z.string().optional(),
  channel,
})

/**
 * The input of `composeReply`, as a bot sends it (a message or a conversation; a next step).
 *
 * @example
 * composeReplyInputSchema.parse({ message: 'Where is my order?', channel: 'chat' })
 *
 * @category Schemas
 */
export const composeReplyInputSchema: z.ZodType = z
  .object({
    message: z.string().optional().describe("The customer's latest message"),
    conversation: z.array(conversationTurnSchema).optional().describe('Or the whole thread, oldest first'),
    customer: customerContextSchema.optional(),
    agent: z.object({ name: z.string().min(1), team: z.string().optional() }).optional(),
    nextStep: milestoneSchema.optional().describe('What the agent will do next, and when the customer hears back'),
    recipe: z.enum(['reflect-reframe-propose', 'heard', 'latte']).optional(),
    channel,
    tone: tone.optional(),
    seed: z.union([z.string(), z.number()]).optional().describe('Same seed, same reply: a ticket id works well'),
    now: isoDateTime.optional(),
    timeZone: z.string().optional(),
  })
  .describe('Compose an empathetic support reply that reflects, reframes and proposes a next step')

const SCHEMAS: Record<SchemaName, z.ZodType> = {
  composeReply: composeReplyInputSchema,
  acknowledge: acknowledgeInputSchema,
  closureNote: closureNoteInputSchema,
  buildRepairPlan: buildRepairPlanInputSchema,
  repairOption: repairOptionSchema,
  customerContext: customerContextSchema,
  conversationTurn: conversationTurnSchema,
  milestone: milestoneSchema,
}

/**
 * The JSON Schema (draft 2020-12) of a public input, so a bot can offer a composer as an LLM tool.
 *
 * @param name - {@link SchemaName}.
 * @returns A plain JSON Schema object.
 *
 * @example
 * toJsonSchema('composeReply').required
 * //=> ['channel']
 *
 * @category Schemas
 */
export function toJsonSchema(name: SchemaName): Record<string, unknown> {
  return z.toJSONSchema(SCHEMAS[name]) as Record<string, unknown>
}

/**
 * Validates untrusted input (an LLM's tool call, a JSON body) against a schema, with every issue in
 * attune's own `Issue` shape, so a zod major release is not an attune one.
 *
 * @param name - {@link SchemaName}.
 * @param value - Anything.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * validateInput('composeReply', { message: 5, channel: 'fax' })
 * //=> { ok: false, issues: [{ code: 'invalid-type', path: ['message'], ... }, { code: 'invalid-value', path: ['channel'], ... }] }
 *
 * @category Schemas
 */
export function validateInput(name: SchemaName, value: unknown): Result<unknown> {
  const result = SCHEMAS[name].safeParse(value)
  if (result.success) return { ok: true, value: result.data }
  const issues: Issue[] = result.error.issues.map((issue) => ({
    code: issue.code.replace(/_/g, '-'),
    path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: issue.message,
  }))
  return { ok: false, issues }
}
