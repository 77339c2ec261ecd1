import { describe, expect, it } from 'vitest'
import { definePack, detectFeelings, extendPack, isAttuneError, renderMessage, validatePack } from '../../src'
import type { Message, Pack } from '../../src'
import { de } from '../../src/packs/de'
import { en } from '../../src/packs/en'
import { enTables } from '../../src/packs/en/tables'
import { es } from '../../src/packs/es'
import { fr } from '../../src/packs/fr'
import { ptBR } from '../../src/packs/pt-BR'

const shipped: Pack[] = [en, es, fr, de, ptBR]

function issuesOf(run: () => unknown): { code: string; path: string }[] {
  try {
    run()
  } catch (error) {
    if (isAttuneError(error)) return error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }))
    throw error
  }
  return []
}


describe('the shipped packs', () => {
  for (const pack of shipped) {
    it(`${pack.id} is valid and complete: every key of en, with the same variables`, () => {
      expect(() => definePack(pack)).not.toThrow()
      for (const [key, message] of Object.entries(en.messages)) {
        const mine = pack.messages[key]
        expect(mine, `${pack.id} ${key}`).toBeDefined()
        expect(Object.keys(mine?.vars ?? {}).sort(), `${pack.id} ${key}`).toEqual(Object.keys(message.vars).sort())
      }
      expect(Object.keys(pack.messages).sort()).toEqual(Object.keys(en.messages).sort())
    })
  }

  it('writes each language in its own words, not English', () => {
    for (const pack of [es, fr, de, ptBR]) {
      const same = Object.keys(en.messages).filter((key) => pack.messages[key]?.text === en.messages[key]?.text && !/^[{}\w\s:;]+$/.test(en.messages[key]?.text ?? ''))
      expect(same, pack.id).toEqual([])
    }
  })

  it('has a plain-language wording wherever en has one, so plain language works in every language', () => {
    const plainKeys = Object.keys(en.messages).filter((key) => en.messages[key]?.variants?.plain !== undefined)
    expect(plainKeys.length).toBeGreaterThan(30)
    for (const pack of [es, fr, de, ptBR]) {
      const missing = plainKeys.filter((key) => pack.messages[key]?.variants?.plain === undefined)
      expect(missing, pack.id).toEqual([])
    }
  })
})

describe('definePack', () => {
  it('returns a checked copy and leaves the input unchanged', () => {
    const input = { ...en, id: 'acme/en', messages: { 'closure.invite': { text: 'Reply any time.', vars: {} } } }
    const before = JSON.stringify(input.messages)
    const pack = definePack(input)
    expect(pack.messages['closure.invite']).toEqual({ text: 'Reply any time.', vars: {} })
    expect(pack.messages).not.toBe(input.messages)
    expect(JSON.stringify(input.messages)).toBe(before)
  })

  it('lists every problem at once, with paths', () => {
    const bad = {
      ...en,
      id: 'no slash',
      locale: 'not a locale!!',
      messages: {
        'a.syntax': { text: 'Hello {name', vars: { name: 'string' } },
        'a.undeclared': { text: 'Hello {name}', vars: {} },
        'a.unused': { text: 'Hello', vars: { name: 'string' } },
        'a.other': { text: '{n, plural, one {one item}}', vars: { n: 'number' } },
        'a.variants': { text: 'Hi', vars: {}, variants: { channel: { fax: 'Hi' }, tone: { sarcastic: 'Hi' } } },
        'a.type': { text: '{when, date, short}', vars: { when: 'string' } },
        'Not A Key': { text: 'Hi', vars: {} },
        'a.not-text': { text: 42, vars: {} },
      } as unknown as Record<string, Message>,
    }
    expect(issuesOf(() => definePack(bad))).toEqual([
      { code: 'invalid-id', path: 'id' },
      { code: 'invalid-locale', path: 'locale' },
      { code: 'icu-syntax', path: 'messages.a.syntax.text' },
      { code: 'undeclared-variable', path: 'messages.a.undeclared.text' },
      { code: 'unused-variable', path: 'messages.a.unused.text' },
      { code: 'missing-other', path: 'messages.a.other.text' },
      { code: 'unknown-channel', path: 'messages.a.variants.variants.channel.fax' },
      { code: 'unknown-tone', path: 'messages.a.variants.variants.tone.sarcastic' },
      { code: 'variable-type', path: 'messages.a.type.text' },
      { code: 'invalid-key', path: 'messages.Not A Key' },
      { code: 'not-a-string', path: 'messages.a.not-text.text' },
    ])
  })

  it('refuses direct phrases that are not among the cue\'s phrases', () => {
    const cue = { id: 'glad', phrases: ['glad'], feelings: { joy: 2 }, note: 'Gladness said outright.', direct: ['glad', 'happy'] }
    const issues = issuesOf(() => definePack({ ...en, id: 'my/x', detect: { ...en.detect, feelingCues: [...en.detect.feelingCues, cue] } }))
    expect(issues).toContainEqual({ code: 'invalid-direct', path: `detect.feelingCues.${en.detect.feelingCues.length}.direct.1` })
    expect(issues).toHaveLength(1)
  })

  it('refuses a mishap flag that is not a boolean, and reads a custom mishap as such', () => {
    const cue = { id: 'late-again', phrases: ['late again'], feelings: { frustration: 2 }, note: 'Lateness that has happened before.', mishap: 'yes' }
    const issues = issuesOf(() => definePack({ ...en, id: 'my/x', detect: { ...en.detect, feelingCues: [...en.detect.feelingCues, cue as never] } }))
    expect(issues).toEqual([{ code: 'invalid-mishap', path: `detect.feelingCues.${en.detect.feelingCues.length}.mishap` }])
    // A pack's own mishap cue makes praise beside it sarcasm.
    const soggy = { id: 'soggy', phrases: ['soggy chips'], feelings: { disappointment: 2 }, note: 'Food that arrived spoilt.', mishap: true }
    const plain = { ...soggy, id: 'soggy', mishap: false }
    const pack = (c: typeof soggy) => definePack({ ...en, id: 'my/food', detect: { ...en.detect, feelingCues: [...en.detect.feelingCues, c] } })
    const feelings = (c: typeof soggy) => detectFeelings('Lovely, soggy chips.', { pack: pack(c) }).feelings.map((f) => f.feeling)
    expect(feelings(soggy)).not.toContain('joy')
    expect(feelings(plain)).toContain('joy')
  })

  it('refuses a malformed near on a concern or signal cue', () => {
    const cue = { id: 'rude', of: 'abuse' as const, phrases: ['rude'], note: 'Rudeness aimed at someone.', near: { words: ['you', 3], within: 0 } }
    const issues = issuesOf(() => definePack({ ...en, id: 'my/x', detect: { ...en.detect, signalCues: [...en.detect.signalCues, cue as never] } }))
    expect(issues).toEqual([{ code: 'invalid-near', path: `detect.signalCues.${en.detect.signalCues.length}.near` }])
  })

  it('refuses spellings that are not groups of two or more lower-case words', () => {
    const issues = issuesOf(() => definePack({ ...en, id: 'my/x', detect: { ...en.detect, spellings: [["can't", 'cannot'], ['Colour', 'color'], ['alone'], 'x' as never] } }))
    expect(issues).toEqual([1, 2, 3].map((k) => ({ code: 'invalid-spellings', path: `detect.spellings.${k}` })))
  })

  it("reads a cue phrase in each of the pack's spellings", () => {
    const cue = { id: 'meter-unreachable', of: 'access' as const, phrases: ["can't reach my meter"], note: 'A meter the customer cannot get to.' }
    const pack = definePack({ ...en, id: 'my/meters', detect: { ...en.detect, concernCues: [...en.detect.concernCues, cue] } })
    for (const text of ["I can't reach my meter", 'I cannot reach my meter', 'I can not reach my meter', 'I cant reach my meter']) {
      expect(detectFeelings(text, { pack }).concerns.flatMap((c) => c.evidence.map((e) => e.cue)), text).toContain('meter-unreachable')
    }
    // Without spellings, a phrase matches as written (and, for concerns, without its apostrophe).
    const plain = definePack({ ...pack, id: 'my/plain', detect: { ...pack.detect, spellings: [] } })
    expect(detectFeelings('I cannot reach my meter', { pack: plain }).concerns.flatMap((c) => c.evidence.map((e) => e.cue))).not.toContain('meter-unreachable')
  })

  it("refuses a concern cue's reframe that is not the key of a reframe message", () => {
    const cue = { id: 'kiosk-down', of: 'access' as const, phrases: ['kiosk is down'], note: 'A kiosk out of service.', reframe: 'fix it' }
    const issues = issuesOf(() => definePack({ ...en, id: 'my/x', detect: { ...en.detect, concernCues: [...en.detect.concernCues, cue] } }))
    expect(issues).toEqual([{ code: 'invalid-reframe', path: `detect.concernCues.${en.detect.concernCues.length}.reframe` }])
  })

  it("gives the en pack's concern cues their reframes back (the tables detectFeelings reads carry none)", () => {
    const reframes = new Map(en.detect.concernCues.flatMap((cue) => (cue.reframe ? [[cue.id, cue.reframe] as const] : [])))
    expect(reframes.size).toBe(16)
    expect([reframes.get('hazard'), reframes.get('down'), reframes.get('hardship'), reframes.get('no-device'), reframes.get('gas-leak')]).toEqual(['reframe.safety', 'reframe.access-service', 'reframe.hardship', 'reframe.access-another-way', 'reframe.gas'])
    for (const key of reframes.values()) expect(Object.hasOwn(en.messages, key), key).toBe(true)
    expect(enTables.concernCues.some((cue) => 'reframe' in cue)).toBe(false)
  })

  it('finds duplicate ids in the tables', () => {
    const cue = en.detect.feelingCues[0]
    const pack = { ...en, id: 'acme/en', detect: { ...en.detect, feelingCues: [...en.detect.feelingCues, { ...cue, phrases: ['x'] }] } } as Pack
    expect(issuesOf(() => definePack(pack))).toContainEqual({ code: 'duplicate-id', path: `detect.feelingCues.${en.detect.feelingCues.length}.id` })
  })

  it('requires the tables of a complete pack', () => {
    expect(issuesOf(() => definePack({ id: 'acme/en', locale: 'en', messages: {} } as unknown as Pack))).toEqual([
      { code: 'missing-table', path: 'detect' },
      { code: 'missing-table', path: 'loyalty' },
      { code: 'missing-table', path: 'lint' },
    ])
  })
})

describe('extendPack', () => {
  it('overrides per key and inherits the rest, as a locale falls back along its chain', () => {
    const enGB = extendPack(en, { id: 'acme/en-GB', locale: 'en-GB', messages: { 'closure.invite': { text: "If anything's still not right, do reply.", vars: {} } } })
    expect(enGB.extends).toBe('attune/en')
    expect(renderMessage(enGB, 'closure.invite', {})).toBe("If anything's still not right, do reply.")
    expect(renderMessage(enGB, 'propose.ask', {})).toBe(renderMessage(en, 'propose.ask', {}))
    expect(renderMessage(enGB, 'tradeoff.costs', { amount: { amount: 5, currency: 'GBP' } })).toBe('costs £5.00')
    expect(en.messages['closure.invite']?.text).toBe("If anything still isn't right, just reply to this message.")
  })

  it('refuses keys the base does not know and messages with other variables', () => {
    expect(issuesOf(() => extendPack(en, { id: 'acme/en', messages: { 'made.up': { text: 'Hi', vars: {} }, 'greeting.named': { text: 'Yo {nick}', vars: { nick: 'string' } } } }))).toEqual([
      { code: 'unknown-key', path: 'messages.made.up' },
      { code: 'different-variables', path: 'messages.greeting.named.vars' },
    ])
  })
})

describe('validatePack', () => {
  it('checks a JSON pack from a CMS against a base without throwing', () => {
    const json = '{"id":"acme/en","messages":{"closure.invite":{"text":"Reply any time, {name}","vars":{}}}}'
    const result = validatePack(JSON.parse(json), { base: en })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['undeclared-variable'])
    const good = validatePack(JSON.parse('{"id":"acme/en","messages":{"closure.invite":{"text":"Reply any time.","vars":{}}}}'), { base: en })
    expect(good.ok && renderMessage(good.value, 'closure.invite', {})).toBe('Reply any time.')
  })

  it('refuses __proto__, constructor and prototype keys, and changes nothing outside the pack', () => {
    const json = '{"id":"acme/en","__proto__":{"polluted":true},"messages":{"__proto__":{"text":"x","vars":{}},"closure.invite":{"text":"Hi","vars":{"constructor":"string"}}}}'
    const result = validatePack(JSON.parse(json), { base: en })
    expect(!result.ok && result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['forbidden-key', '__proto__'],
      ['forbidden-key', 'messages.__proto__'],
      ['forbidden-key', 'messages.closure.invite.vars.constructor'],
      ['different-variables', 'messages.closure.invite.vars'],
    ])
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })

  it('gives clear issues for non-objects, enormous and deeply nested packs, never a crash', () => {
    for (const input of [null, 42, 'pack', [], { id: 'a/b', locale: 'en', messages: 'nope' }]) {
      const result = validatePack(input)
      expect(result.ok).toBe(false)
    }
    const many = Object.fromEntries(Array.from({ length: 10_001 }, (_, k) => [`k.m${k}`, { text: 'x', vars: {} }]))
    const huge = validatePack({ ...en, id: 'a/b', messages: many })
    expect(!huge.ok && huge.issues[0]?.code).toBe('too-many-messages')
    let deep: unknown = { text: 'x', vars: {} }
    for (let k = 0; k < 10_000; k++) deep = { variants: deep }
    const nested = validatePack({ ...en, id: 'a/b', messages: { 'a.b': deep } })
    expect(nested.ok).toBe(false)
  })

  it('accepts a complete pack without a base', () => {
    const result = validatePack({ ...en, id: 'acme/en' })
    expect(result.ok && result.value.id).toBe('acme/en')
  })
})

describe('renderMessage', () => {
  it('matches the docs example, in the caller\'s time zone', () => {
    expect(renderMessage(en, 'acknowledge.milestone', { what: 'a courier pickup', by: '2026-11-24T21:00:00Z' }, { timeZone: 'America/Chicago' })).toBe('Next step: a courier pickup, by 3:00 PM on Tuesday.')
    expect(renderMessage(en, 'acknowledge.milestone', { what: 'a courier pickup', by: '2026-11-24T21:00:00Z' }, { timeZone: 'Asia/Tokyo' })).toBe('Next step: a courier pickup, by 6:00 AM on Wednesday.')
  })

  it('names every missing, wrong and unknown value, never renders a blank', () => {
    try {
      renderMessage(en, 'own.promise-broken', { what: 7, extra: 'x' } as never)
      expect.unreachable()
    } catch (error) {
      expect(isAttuneError(error) && error.code).toBe('missing-value')
      expect(isAttuneError(error) && error.issues.map((i) => [i.code, i.path[0]])).toEqual([
        ['invalid-value', 'what'],
        ['missing-value', 'due'],
        ['unknown-value', 'extra'],
      ])
    }
  })

  it('refuses an unknown key and an unknown time zone', () => {
    expect(issuesOf(() => renderMessage(en, 'no.such.key', {}))).toEqual([{ code: 'unknown-key', path: 'key' }])
    expect(issuesOf(() => renderMessage(en, 'propose.ask', {}, { timeZone: 'Mars/Base' }))).toEqual([{ code: 'invalid-time-zone', path: 'timeZone' }])
  })

  it('escapes values for the output format and shows ICU syntax in values literally', () => {
    const name = '<img src=x onerror=alert(1)> *bold* {name} [link](x)'
    expect(renderMessage(en, 'greeting.named', { name }, { format: 'html' })).toBe('Hi &lt;img src=x onerror=alert(1)&gt; *bold* {name} [link](x),')
    expect(renderMessage(en, 'greeting.named', { name }, { format: 'markdown' })).toBe('Hi \\<img src=x onerror=alert\\(1\\)\\> \\*bold\\* \\{name\\} \\[link\\]\\(x\\),')
    expect(renderMessage(en, 'greeting.named', { name })).toBe(`Hi ${name},`)
  })

  it('resolves variants in order: channel, then tone, then a phrasing picked by seed', () => {
    expect(renderMessage(en, 'greeting.named', { name: 'Ana' }, { channel: 'chat', tone: 'formal' })).toBe('Hi Ana!')
    expect(renderMessage(en, 'greeting.named', { name: 'Ana' }, { channel: 'email', tone: 'formal' })).toBe('Dear Ana,')
    const phrasings = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => renderMessage(en, 'propose.ask', {}, { seed })))
    expect(phrasings).toEqual(new Set(['Which of these works best for you?', 'Which would you prefer?']))
    expect(renderMessage(en, 'propose.ask', {}, { seed: 'ticket-1' })).toBe(renderMessage(en, 'propose.ask', {}, { seed: 'ticket-1' }))
  })

  it('says a date used plainly relative to now, in the pack\'s language', () => {
    const pack = definePack({ ...en, id: 'acme/en', messages: { ...en.messages, 'x.due': { text: 'Your refund arrives {due}.', vars: { due: 'date' } } } })
    expect(renderMessage(pack, 'x.due', { due: '2026-11-21T15:00:00Z' }, { now: '2026-11-20T15:00:00Z' })).toBe('Your refund arrives tomorrow.')
    expect(renderMessage(pack, 'x.due', { due: '2026-11-20T18:00:00Z' }, { now: '2026-11-20T15:00:00Z' })).toBe('Your refund arrives in 3 hours.')
    const espack = definePack({ ...es, id: 'acme/es', messages: { ...es.messages, 'x.due': { text: 'Tu reembolso llega {due}.', vars: { due: 'date' } } } })
    expect(renderMessage(espack, 'x.due', { due: '2026-12-04T15:00:00Z' }, { now: '2026-11-20T15:00:00Z' })).toBe('Tu reembolso llega dentro de 2 semanas.')
    expect(issuesOf(() => renderMessage(pack, 'x.due', { due: '2026-11-21T15:00:00Z' }))).toEqual([{ code: 'missing-now', path: 'now' }])
  })

  it('formats money and lists in the pack\'s locale', () => {
    expect(renderMessage(de, 'tradeoff.costs', { amount: { amount: 1234.5, currency: 'EUR' } })).toBe('kostet 1.234,50\u00a0€')
    const listPack = definePack({ ...es, id: 'acme/es', messages: { ...es.messages, 'x.list': { text: 'Opciones: {items}', vars: { items: 'list' } } } })
    expect(renderMessage(listPack, 'x.list', { items: ['reembolso', 'cambio', 'vale'] })).toBe('Opciones: reembolso, cambio y vale')
    expect(issuesOf(() => renderMessage(en, 'tradeoff.costs', { amount: { amount: 5, currency: 'XX1' } }))).toEqual([{ code: 'invalid-value', path: 'amount' }])
  })

  it('renders every message of every pack in every channel and tone with fixture values', () => {
    const fixture = { name: 'Ana', topic: 'your order', owner: 'Sam', team: 'Billing', event: 'the party', when: 'Saturday', within: 'three days', what: 'check with the courier', by: '2026-11-24T21:00:00Z', due: '2026-11-24T21:00:00Z', channel: 'email', amount: '$18.50', count: 3, duration: 'two days', label: 'Courier', tradeoff: 'fastest', how: 'we added a check', agent: 'Sam', first: 'arrives Friday', second: 'no cost', pronoun: 'she' } as const
    for (const pack of shipped) {
      for (const [key, message] of Object.entries(pack.messages)) {
        const values = Object.fromEntries(Object.entries(message.vars).map(([v, type]) => [v, type === 'money' ? { amount: 18.5, currency: 'USD' } : fixture[v as keyof typeof fixture]]))
        for (const channel of ['chat', 'email', 'phone', 'social', 'sms'] as const) {
          for (const tone of ['warm', 'neutral', 'formal'] as const) {
            const text = renderMessage(pack, key, values, { channel, tone, timeZone: 'UTC' })
            expect(text.trim().length, `${pack.id} ${key}`).toBeGreaterThan(0)
            expect(text, `${pack.id} ${key}`).not.toMatch(/\{|\}|undefined|NaN/)
          }
        }
      }
    }
  })
})
