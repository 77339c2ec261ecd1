import { checkPack, copyMessages } from '../_lib/packCheck'
import { AttuneError } from '../types/AttuneError'
import type { DetectTables, LintTables, LoyaltyTables, Message, Pack } from '../types/pack'

/**
 * What a pack built on another one changes: its id, maybe its locale, and the messages and tables
 * it rewords or adds to.
 *
 * @example
 * const overrides: PackOverrides = {
 *   id: 'acme/en', messages: { 'closure.invite': { text: 'Anything else? Just hit reply.', vars: {} } },
 * }
 *
 * @category Packs
 */
export type PackOverrides = {
  /** The new pack's namespaced id. */
  id: string
  /** Its BCP 47 locale; the base's when left out (`en-GB` on `en`). */
  locale?: string
  /** Messages to reword, by key; each takes the same variables as the base's. */
  messages?: Record<string, Message>
  /** Detection tables to replace, table by table. */
  detect?: Partial<DetectTables>
  /** Loyalty tables to replace, table by table. */
  loyalty?: Partial<LoyaltyTables>
  /** Reply rules and rubric to replace, table by table. */
  lint?: Partial<LintTables>
}

/**
 * A new pack that rewords some of a base pack's messages and inherits the rest, so a locale or a
 * brand voice falls back along its chain (`acme/en-GB` to `attune/en-GB` to `attune/en`). Every
 * override is checked: a key the base does not know, or a message that takes other variables than
 * the base's, is an issue. Tables are replaced table by table (a shallow merge per table).
 *
 * @param base - The pack to build on.
 * @param overrides - {@link PackOverrides}.
 * @returns The new pack; neither input is changed.
 * @throws {@link AttuneError} with code `invalid-pack` listing every issue.
 *
 * @example
 * const acme = extendPack(en, { id: 'acme/en', messages: { 'closure.invite': { text: 'Anything else? Just hit reply.', vars: {} } } })
 * renderMessage(acme, 'closure.invite', {})
 * //=> 'Anything else? Just hit reply.'
 *
 * @category Packs
 */
/* @__NO_SIDE_EFFECTS__ */
export function extendPack(base: Pack, overrides: PackOverrides): Pack {
  const input = { id: overrides.id, locale: overrides.locale ?? base.locale, extends: base.id, messages: overrides.messages ?? {} }
  const issues = checkPack(input, base)
  if (issues.length) throw new AttuneError('invalid-pack', issues)
  return {
    id: overrides.id,
    locale: input.locale,
    extends: base.id,
    messages: { ...base.messages, ...copyMessages(input.messages) },
    detect: { ...base.detect, ...overrides.detect },
    loyalty: { ...base.loyalty, ...overrides.loyalty },
    lint: { ...base.lint, ...overrides.lint },
  }
}
