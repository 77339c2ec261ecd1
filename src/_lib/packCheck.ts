// Checks a pack given as untrusted data (a JSON file from a team's CMS, say): every problem is
// listed with its path, nothing throws, nothing outside the input is touched. `__proto__`,
// `constructor` and `prototype` keys are refused, so a JSON pack cannot reach a prototype.
import { IntlMessageFormat } from 'intl-messageformat'
import type { Issue } from '../types/core'
import type { Message, MessageVarType, Pack } from '../types/pack'

export const CHANNELS = ['chat', 'email', 'phone', 'social', 'sms'] as const
export const TONES = ['warm', 'neutral', 'formal'] as const
export const VAR_TYPES: readonly MessageVarType[] = ['string', 'number', 'date', 'money', 'list']
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype'])
const MAX_MESSAGES = 10_000
const MAX_TEXT = 10_000
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/
const ID = /^[a-z0-9][a-z0-9-]*\/[A-Za-z0-9-]+$/

type Ast = { type: number; value?: unknown; options?: Record<string, { value: Ast[] }>; children?: Ast[] }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Parses ICU text; returns the variables it uses (with how) or the parser's error code. */
export function icuVariables(text: string, locale: string): { ok: true; vars: Map<string, number> } | { ok: false; error: string } {
  let ast: Ast[]
  try {
    ast = new IntlMessageFormat(text, locale, undefined, { ignoreTag: true }).getAst() as unknown as Ast[]
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) }
  }
  const vars = new Map<string, number>()
  const walk = (nodes: Ast[]): void => {
    for (const node of nodes) {
      if (node.type >= 1 && node.type <= 6 && typeof node.value === 'string') {
        if (!vars.has(node.value) || node.type !== 1) vars.set(node.value, node.type)
      }
      if (node.options) for (const option of Object.values(node.options)) walk(option.value)
      if (node.children) walk(node.children)
    }
  }
  walk(ast)
  return { ok: true, vars }
}

// How a variable of each declared type may be used: 1 plain, 2 number, 3 date, 4 time, 5 select, 6 plural.
const ALLOWED_USE: Record<MessageVarType, number[]> = {
  string: [1, 5],
  number: [1, 2, 6],
  date: [1, 3, 4],
  money: [1],
  list: [1],
}

function checkText(text: unknown, path: (string | number)[], vars: Record<string, MessageVarType>, locale: string, mustUseAll: boolean, issues: Issue[]): void {
  if (typeof text !== 'string') {
    issues.push({ code: 'not-a-string', path, message: 'Expected ICU MessageFormat text' })
    return
  }
  if (text.trim() === '') issues.push({ code: 'empty-message', path, message: 'A message must say something' })
  if (text.length > MAX_TEXT) {
    issues.push({ code: 'too-long', path, message: `At most ${MAX_TEXT} characters` })
    return
  }
  const parsed = icuVariables(text, locale)
  if (!parsed.ok) {
    const code = parsed.error === 'MISSING_OTHER_CLAUSE' ? 'missing-other' : 'icu-syntax'
    const message = code === 'missing-other' ? 'A plural or select needs an `other` case' : `ICU syntax error: ${parsed.error}`
    issues.push({ code, path, message })
    return
  }
  for (const [name, use] of parsed.vars) {
    const type = vars[name]
    if (type === undefined || !Object.hasOwn(vars, name)) {
      issues.push({ code: 'undeclared-variable', path, message: `Uses {${name}}, which the message does not declare in vars` })
    } else if (!ALLOWED_USE[type]?.includes(use)) {
      issues.push({ code: 'variable-type', path, message: `{${name}} is declared as ${type} but used as ${['', 'text', 'number', 'date', 'time', 'select', 'plural'][use]}` })
    }
  }
  if (mustUseAll) {
    for (const name of Object.keys(vars)) {
      if (!parsed.vars.has(name)) issues.push({ code: 'unused-variable', path, message: `Declares {${name}} but never uses it` })
    }
  }
}

function checkMessage(message: unknown, path: (string | number)[], locale: string, issues: Issue[]): void {
  if (!isRecord(message)) {
    issues.push({ code: 'not-an-object', path, message: 'Expected a message { text, vars, variants? }' })
    return
  }
  for (const key of Object.keys(message)) {
    if (FORBIDDEN.has(key)) issues.push({ code: 'forbidden-key', path: [...path, key], message: `"${key}" is not allowed as a key` })
    else if (key !== 'text' && key !== 'vars' && key !== 'variants') issues.push({ code: 'unknown-key', path: [...path, key], message: 'A message has only text, vars and variants' })
  }
  const vars: Record<string, MessageVarType> = Object.create(null) as Record<string, MessageVarType>
  if (!isRecord(message['vars'])) {
    issues.push({ code: 'not-an-object', path: [...path, 'vars'], message: 'Expected vars: { name: type }, {} for none' })
  } else {
    for (const [name, type] of Object.entries(message['vars'])) {
      if (FORBIDDEN.has(name)) issues.push({ code: 'forbidden-key', path: [...path, 'vars', name], message: `"${name}" is not allowed as a variable name` })
      else if (!VAR_TYPES.includes(type as MessageVarType)) issues.push({ code: 'invalid-variable-type', path: [...path, 'vars', name], message: `Expected one of ${VAR_TYPES.join(', ')}` })
      else vars[name] = type as MessageVarType
    }
  }
  checkText(message['text'], [...path, 'text'], vars, locale, true, issues)
  const variants = message['variants']
  if (variants === undefined) return
  if (!isRecord(variants)) {
    issues.push({ code: 'not-an-object', path: [...path, 'variants'], message: 'Expected variants { channel?, tone?, alternatives? }' })
    return
  }
  for (const [kind, value] of Object.entries(variants)) {
    const at = [...path, 'variants', kind]
    if (kind === 'plain') checkText(value, at, vars, locale, false, issues)
    else if (kind === 'alternatives') {
      if (!Array.isArray(value)) issues.push({ code: 'not-an-array', path: at, message: 'Expected a list of other phrasings' })
      else value.forEach((text, k) => checkText(text, [...at, k], vars, locale, true, issues))
    } else if (kind === 'channel' || kind === 'tone') {
      const allowed: readonly string[] = kind === 'channel' ? CHANNELS : TONES
      if (!isRecord(value)) {
        issues.push({ code: 'not-an-object', path: at, message: `Expected { ${allowed.join('?, ')}? }` })
        continue
      }
      for (const [name, text] of Object.entries(value)) {
        if (!allowed.includes(name)) issues.push({ code: kind === 'channel' ? 'unknown-channel' : 'unknown-tone', path: [...at, name], message: `Unknown ${kind} "${name}": expected ${allowed.join(', ')}` })
        else checkText(text, [...at, name], vars, locale, false, issues)
      }
    } else {
      issues.push({ code: 'unknown-key', path: at, message: 'Variants are channel, tone, plain and alternatives' })
    }
  }
}

/**
 * Every problem with an untrusted pack. With a `base`, every key must be one the base knows, with the
 * same variables: an extension rewords, it does not invent keys a composer will never ask for.
 */
export function checkPack(input: unknown, base?: Pack): Issue[] {
  const issues: Issue[] = []
  if (!isRecord(input)) return [{ code: 'not-an-object', path: [], message: 'Expected a pack object { id, locale, messages, ... }' }]
  for (const key of Object.keys(input)) if (FORBIDDEN.has(key)) issues.push({ code: 'forbidden-key', path: [key], message: `"${key}" is not allowed as a key` })
  const { id, locale, messages } = input
  if (typeof id !== 'string' || !ID.test(id)) issues.push({ code: 'invalid-id', path: ['id'], message: 'Expected a namespaced id such as "acme/en-support"' })
  let lang = 'en'
  if (typeof locale !== 'string') issues.push({ code: 'invalid-locale', path: ['locale'], message: 'Expected a BCP 47 locale such as "en-GB"' })
  else {
    try {
      lang = Intl.getCanonicalLocales(locale)[0] ?? 'en'
    } catch {
      issues.push({ code: 'invalid-locale', path: ['locale'], message: `"${locale}" is not a BCP 47 locale` })
    }
  }
  if (input['extends'] !== undefined && typeof input['extends'] !== 'string') issues.push({ code: 'invalid-extends', path: ['extends'], message: 'Expected the id of the base pack' })
  if (base && typeof input['extends'] === 'string' && input['extends'] !== base.id) {
    issues.push({ code: 'wrong-base', path: ['extends'], message: `Extends "${input['extends']}" but was checked against "${base.id}"` })
  }
  checkIds(input, issues)
  const spellings = isRecord(input['detect']) ? (input['detect'] as Record<string, unknown>)['spellings'] : undefined
  if (spellings !== undefined) {
    const ok = (group: unknown): boolean => Array.isArray(group) && group.length >= 2 && group.every((m) => typeof m === 'string' && m.length > 0 && m === m.toLowerCase().trim())
    if (!Array.isArray(spellings)) issues.push({ code: 'invalid-spellings', path: ['detect', 'spellings'], message: 'Must be a list of groups of spellings' })
    else spellings.forEach((group: unknown, k) => {
      if (!ok(group)) issues.push({ code: 'invalid-spellings', path: ['detect', 'spellings', k], message: 'Must be two or more lower-case spellings ["can\'t", "cannot"]' })
    })
  }
  if (!isRecord(messages)) {
    issues.push({ code: 'not-an-object', path: ['messages'], message: 'Expected messages: { key: message }' })
    return issues
  }
  const keys = Object.keys(messages)
  if (keys.length > MAX_MESSAGES) {
    issues.push({ code: 'too-many-messages', path: ['messages'], message: `At most ${MAX_MESSAGES} messages` })
    return issues
  }
  for (const key of keys) {
    const path = ['messages', key]
    if (FORBIDDEN.has(key)) {
      issues.push({ code: 'forbidden-key', path, message: `"${key}" is not allowed as a key` })
      continue
    }
    if (!KEY.test(key)) issues.push({ code: 'invalid-key', path, message: 'Keys are dotted kebab-case: "acknowledge.received"' })
    const message = messages[key]
    checkMessage(message, path, lang, issues)
    if (base) {
      const known = Object.hasOwn(base.messages, key) ? base.messages[key] : undefined
      if (!known) issues.push({ code: 'unknown-key', path, message: `The base pack "${base.id}" has no key "${key}"` })
      else if (isRecord(message) && isRecord(message['vars'])) {
        const mine = Object.keys(message['vars']).sort().join(',')
        const theirs = Object.keys(known.vars).sort().join(',')
        if (mine !== theirs) issues.push({ code: 'different-variables', path: [...path, 'vars'], message: `Must take the base's variables (${theirs || 'none'}), not (${mine || 'none'})` })
      }
    }
  }
  return issues
}

// Ids in the pack's tables (cues, loyalty tags) must be unique: evidence and findings name them.
function checkIds(input: Record<string, unknown>, issues: Issue[]): void {
  const lists: [string, string][] = [['detect', 'feelingCues'], ['detect', 'concernCues'], ['detect', 'signalCues'], ['loyalty', 'tags']]
  const seen = new Map<string, (string | number)[]>()
  for (const [table, list] of lists) {
    const entries = isRecord(input[table]) ? (input[table] as Record<string, unknown>)[list] : undefined
    if (!Array.isArray(entries)) continue
    entries.forEach((entry: unknown, index) => {
      const id = isRecord(entry) ? entry['id'] : undefined
      if (typeof id !== 'string') return
      const scope = table === 'loyalty' ? 'loyalty' : 'detect'
      const previous = seen.get(`${scope}:${id}`)
      if (previous) issues.push({ code: 'duplicate-id', path: [table, list, index, 'id'], message: `"${id}" is already the id of ${previous.join('.')}` })
      else seen.set(`${scope}:${id}`, [table, list, index])
      const near = isRecord(entry) ? entry['near'] : undefined
      if (list !== 'feelingCues' && near !== undefined) {
        const ok = isRecord(near) && Array.isArray(near['words']) && (near['words'] as unknown[]).every((w) => typeof w === 'string' && w.length > 0) && Number.isInteger(near['within']) && (near['within'] as number) > 0
        if (!ok) issues.push({ code: 'invalid-near', path: [table, list, index, 'near'], message: 'Must be { words: non-empty strings, within: a whole number of tokens above 0 }' })
      }
      const reframe = isRecord(entry) ? entry['reframe'] : undefined
      if (list === 'concernCues' && reframe !== undefined && !(typeof reframe === 'string' && reframe.startsWith('reframe.'))) {
        issues.push({ code: 'invalid-reframe', path: [table, list, index, 'reframe'], message: 'Must be the key of a reframe message ("reframe.safety")' })
      }
      const mishap = isRecord(entry) ? entry['mishap'] : undefined
      if (list === 'feelingCues' && mishap !== undefined && typeof mishap !== 'boolean') {
        issues.push({ code: 'invalid-mishap', path: [table, list, index, 'mishap'], message: 'Must be true or false' })
      }
      const direct = isRecord(entry) ? entry['direct'] : undefined
      if (list === 'feelingCues' && direct !== undefined) {
        const phrases = isRecord(entry) && Array.isArray(entry['phrases']) ? (entry['phrases'] as unknown[]) : []
        if (!Array.isArray(direct)) issues.push({ code: 'invalid-direct', path: [table, list, index, 'direct'], message: 'Must be a list of the cue\'s own phrases' })
        else direct.forEach((phrase: unknown, k) => {
          if (!phrases.includes(phrase)) issues.push({ code: 'invalid-direct', path: [table, list, index, 'direct', k], message: `${JSON.stringify(phrase)} is not one of the cue's phrases` })
        })
      }
    })
  }
}

/** A deep copy of checked messages into plain objects (no prototype tricks can survive it). */
export function copyMessages(messages: Record<string, Message>): Record<string, Message> {
  const out: Record<string, Message> = {}
  for (const [key, message] of Object.entries(messages)) {
    const copy: Message = { text: message.text, vars: { ...message.vars } }
    if (message.variants) {
      const variants: NonNullable<Message['variants']> = {}
      if (message.variants.channel) variants.channel = { ...message.variants.channel }
      if (message.variants.tone) variants.tone = { ...message.variants.tone }
      if (message.variants.alternatives) variants.alternatives = [...message.variants.alternatives]
      if (message.variants.plain !== undefined) variants.plain = message.variants.plain
      copy.variants = variants
    }
    out[key] = copy
  }
  return out
}
