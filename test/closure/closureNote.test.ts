import { describe, expect, it } from 'vitest'
import { closureNote, isAttuneError, tryClosureNote } from '../../src'
import type { ClosureNoteInput } from '../../src'
import { de } from '../../src/packs/de'

const base: ClosureNoteInput = {
  customer: { name: 'Dana' },
  happened: 'your parcel was held at the Memphis hub after a scanning error',
  changed: 'the hub now re-scans every held parcel within two hours',
  prevented: 'we now alert you the moment tracking stalls for more than a day',
  owed: 'a refund of your $18.50 express fee, already on its way to your card',
  thanksFor: 'your patience, and for telling us exactly when tracking stopped',
  agent: 'Sam',
  channel: 'email',
}

describe('closureNote', () => {
  it('matches the docs example (the short SMS version)', () => {
    expect(
      closureNote({ customer: { name: 'Dana' }, happened: 'your parcel was held at the Memphis hub', changed: 'the hub now re-scans held parcels within two hours', prevented: 'we alert you when tracking stalls for a day', thanksFor: 'your patience', channel: 'sms' }).text,
    ).toBe('Hi Dana,\nWhat happened: your parcel was held at the Memphis hub. Thank you for your patience. Anything else? Just reply.')
  })

  it('closes the loop in an email: what happened, what changed, how a repeat is prevented, what is owed, thanks, an invitation', () => {
    const note = closureNote(base)
    expect(note.parts.map((p) => p.kind)).toEqual(['greeting', 'happened', 'changed', 'prevented', 'owed', 'thanks', 'invite', 'sign-off'])
    expect(note.text).toBe(
      "Hi Dana,\n\nWhat happened: your parcel was held at the Memphis hub after a scanning error.\n\nWhat we've changed: the hub now re-scans every held parcel within two hours.\n\nSo it does not happen again, we now alert you the moment tracking stalls for more than a day.\n\nWhat you're owed: a refund of your $18.50 express fee, already on its way to your card.\n\nThank you for your patience, and for telling us exactly when tracking stopped.\n\nIf anything still isn't right, just reply to this message.\n\nBest,\nSam",
    )
  })

  it('keeps chat and SMS short, and leaves out what is not owed', () => {
    const { owed: _owed, ...noOwed } = base
    const chat = closureNote({ ...noOwed, channel: 'chat' })
    expect(chat.parts.map((p) => p.kind)).toEqual(['greeting', 'happened', 'thanks', 'invite', 'sign-off'])
    expect(chat.text.length).toBeLessThan(closureNote(base).text.length / 2)
  })

  it('writes in another pack', () => {
    const note = closureNote({ ...base, pack: de, happened: 'Ihr Paket lag nach einem Scanfehler im Verteilzentrum', changed: 'das Zentrum prüft liegengebliebene Pakete jetzt binnen zwei Stunden', prevented: 'melden wir uns, sobald die Sendungsverfolgung einen Tag stillsteht', owed: 'die Erstattung der Expressgebühr', thanksFor: 'Ihre Geduld' }, { tone: 'formal' })
    expect(note.text).toContain('Was passiert ist: Ihr Paket lag nach einem Scanfehler im Verteilzentrum.')
    expect(note.text.endsWith('Mit freundlichen Grüßen\nSam')).toBe(true)
  })

  it('checks every required part is there and says something, all at once', () => {
    const result = tryClosureNote({ ...base, happened: '  ', changed: undefined, prevented: 'TBD', thanksFor: 42, channel: 'pigeon' })
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['empty', 'happened'],
      ['required', 'changed'],
      ['vague', 'prevented'],
      ['not-a-string', 'thanksFor'],
      ['invalid-enum', 'channel'],
    ])
    expect(() => closureNote({ ...base, happened: '' })).toThrowError(/invalid-options/)
    try {
      closureNote(null as unknown as ClosureNoteInput)
    } catch (error) {
      expect(isAttuneError(error) && error.issues[0]?.code).toBe('not-an-object')
    }
  })

  it('does not mutate its input', () => {
    const input = structuredClone(base)
    closureNote(input)
    expect(input).toEqual(base)
  })
})
