import { Checker, isRecord, joinParts } from '../_lib/check'
import { nameOf } from '../acknowledge/acknowledge'
import { en } from '../packs/en'
import { renderMessage } from '../packs/renderMessage'
import type { RenderMessageOptions } from '../packs/renderMessage'
import { AttuneError } from '../types/AttuneError'
import type { Channel, CustomerContext, Result, Tone } from '../types/core'
import type { Pack } from '../types/pack'

/**
 * What {@link closureNote} needs to close the loop.
 *
 * @example
 * const input: ClosureNoteInput = {
 *   customer: { name: 'Dana' },
 *   happened: 'your parcel was held at the Memphis hub after a scanning error',
 *   changed: 'the hub now re-scans every held parcel within two hours',
 *   prevented: 'we now alert you the moment tracking stalls for more than a day',
 *   owed: 'a refund of your $18.50 express fee, already on its way to your card',
 *   thanksFor: 'your patience, and for telling us exactly when tracking stopped',
 *   agent: 'Sam',
 *   channel: 'email',
 * }
 *
 * @category Closure
 */
export type ClosureNoteInput = {
  /** Warm data; without consent only the name is used. */
  customer?: CustomerContext
  /** What happened, plainly, in a clause ("your parcel was held ..."). */
  happened: string
  /** What the business changed. */
  changed: string
  /** How a repeat is prevented. */
  prevented: string
  /** What the customer is owed, if anything. */
  owed?: string
  /** What the customer did that deserves thanks ("your patience", "your report of the bug"). */
  thanksFor: string
  /** Who signs, or the team. */
  agent?: string
  /** The team, when no agent signs. */
  team?: string
  /** The channel the note goes out on. */
  channel: Channel
  /** The pack to write with. @defaultValue the `en` pack */
  pack?: Pack
}

/**
 * The {@link closureNote} function options.
 *
 * @example
 * const options: ClosureNoteOptions = { tone: 'formal', seed: 'ticket-48213' }
 *
 * @category Closure
 */
export type ClosureNoteOptions = {
  /** The register. @defaultValue 'neutral' */
  tone?: Tone
  /** Picks among equivalent phrasings. */
  seed?: string | number
  /** Output format, for escaping. @defaultValue 'text' */
  format?: RenderMessageOptions['format']
}

/**
 * A part of a closure note, by what it does.
 *
 * @example
 * const part: ClosurePart = { kind: 'invite', text: 'If anything still isn’t right, just reply to this message.' }
 *
 * @category Closure
 */
export type ClosurePart = {
  /** What the part does. */
  kind: 'greeting' | 'happened' | 'changed' | 'prevented' | 'owed' | 'invite' | 'thanks' | 'sign-off'
  /** Its text. */
  text: string
}

/**
 * A closure note and its parts.
 *
 * @example
 * const note: ClosureNote = { text: '...', parts: [] }
 *
 * @category Closure
 */
export type ClosureNote = {
  /** The whole note. */
  text: string
  /** Its parts, in order. */
  parts: ClosurePart[]
}

type Checked = Required<Pick<ClosureNoteInput, 'happened' | 'changed' | 'prevented' | 'thanksFor' | 'channel'>> & {
  name: string | undefined
  owed: string | undefined
  agent: string | undefined
  team: string | undefined
  pack: Pack
}

// A clause ends without its own full stop: the pack's sentence adds it.
const clause = (text: string): string => text.replace(/[.!\s]+$/, '')

function check(input: unknown): Result<Checked> {
  if (!isRecord(input)) return { ok: false, issues: [{ code: 'not-an-object', path: [], message: 'Expected the closure note input object' }] }
  const c = new Checker()
  const happened = c.text(input['happened'], ['happened'], 'What happened')
  const changed = c.text(input['changed'], ['changed'], 'What changed')
  const prevented = c.text(input['prevented'], ['prevented'], 'How a repeat is prevented')
  const owed = c.text(input['owed'], ['owed'], 'What the customer is owed', true)
  const thanksFor = c.text(input['thanksFor'], ['thanksFor'], 'What the thanks are for')
  const agent = c.text(input['agent'], ['agent'], "The agent's name", true)
  const team = c.text(input['team'], ['team'], 'The team', true)
  const channel = c.channel(input['channel'], ['channel'])
  if (input['customer'] !== undefined && !isRecord(input['customer'])) c.add('not-an-object', ['customer'], 'Expected a CustomerContext')
  const pack = (input['pack'] as Pack | undefined) ?? en
  if (!isRecord(pack) || !isRecord((pack as Pack).messages)) c.add('invalid-pack', ['pack'], 'Expected a pack (see definePack)')
  if (c.issues.length || !happened || !changed || !prevented || !thanksFor || !channel) return { ok: false, issues: c.issues }
  return {
    ok: true,
    value: { happened: clause(happened), changed: clause(changed), prevented: clause(prevented), thanksFor: clause(thanksFor), channel, name: nameOf(input['customer'] as CustomerContext | undefined), owed: owed && clause(owed), agent, team, pack },
  }
}

function build(v: Checked, options: ClosureNoteOptions): ClosureNote {
  const render = (key: string, values: Parameters<typeof renderMessage>[2]): string =>
    renderMessage(v.pack, key, values, { channel: v.channel, tone: options.tone ?? 'neutral', format: options.format ?? 'text', ...(options.seed === undefined ? {} : { seed: options.seed }) })
  const short = v.channel === 'chat' || v.channel === 'sms'
  const parts: ClosurePart[] = [{ kind: 'greeting', text: v.name ? render('greeting.named', { name: v.name }) : render('greeting.anonymous', {}) }]
  parts.push({ kind: 'happened', text: render('closure.happened', { what: v.happened }) })
  // The short version keeps what happened, what is owed, the invitation and the thanks; what
  // changed and how a repeat is prevented go in the email (or a link).
  if (!short) {
    parts.push({ kind: 'changed', text: render('closure.changed', { what: v.changed }) })
    parts.push({ kind: 'prevented', text: render('closure.prevented', { how: v.prevented }) })
  }
  if (v.owed) parts.push({ kind: 'owed', text: render('closure.owed', { what: v.owed }) })
  parts.push({ kind: 'thanks', text: render('closure.thanks', { what: v.thanksFor }) })
  parts.push({ kind: 'invite', text: render('closure.invite', {}) })
  if (v.agent) parts.push({ kind: 'sign-off', text: render('signoff.named', { agent: v.agent }) })
  else if (v.team) parts.push({ kind: 'sign-off', text: render('signoff.team', { team: v.team }) })
  return { text: joinParts(v.channel, parts.map((part) => part.text)), parts }
}

/**
 * Writes a closure note that closes the loop: what happened, what changed, how a repeat is
 * prevented, what the customer is owed (if anything), thanks that name what the customer did, and
 * an invitation to reply. Every required part is checked to be there and to say something ("soon"
 * or an empty string is an issue). Chat and SMS get the short version (what happened, what is owed,
 * thanks, invitation).
 *
 * @param input - {@link ClosureNoteInput}.
 * @param options - {@link ClosureNoteOptions}.
 * @returns The {@link ClosureNote}.
 * @throws {@link AttuneError} with code `invalid-options` listing every problem with its path.
 *
 * @example
 * closureNote({
 *   customer: { name: 'Dana' }, happened: 'your parcel was held at the Memphis hub',
 *   changed: 'the hub now re-scans held parcels within two hours',
 *   prevented: 'we alert you when tracking stalls for a day', thanksFor: 'your patience', channel: 'sms',
 * }).text
 * //=> 'Hi Dana, What happened: your parcel was held at the Memphis hub. Thank you for your patience. Anything else? Just reply.'
 *
 * @category Closure
 */
export function closureNote(input: ClosureNoteInput, options: ClosureNoteOptions = {}): ClosureNote {
  const checked = check(input)
  if (!checked.ok) throw new AttuneError('invalid-options', checked.issues)
  return build(checked.value, options)
}

/**
 * The non-throwing form of {@link closureNote}.
 *
 * @param input - {@link ClosureNoteInput}, possibly from untrusted JSON.
 * @param options - {@link ClosureNoteOptions}.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 *
 * @example
 * const result = tryClosureNote({ happened: '', changed: 'x', prevented: 'soon', thanksFor: 'your report', channel: 'email' })
 * result.ok ? result.value.text : result.issues.map((i) => i.path[0])
 * //=> ['happened', 'prevented']
 *
 * @category Closure
 */
export function tryClosureNote(input: unknown, options: ClosureNoteOptions = {}): Result<ClosureNote> {
  const checked = check(input)
  return checked.ok ? { ok: true, value: build(checked.value, options) } : checked
}
