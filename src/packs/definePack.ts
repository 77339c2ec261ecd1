import { checkPack, copyMessages } from '../_lib/packCheck'
import { AttuneError } from '../types/AttuneError'
import type { Issue } from '../types/core'
import type { Pack } from '../types/pack'

/** The tables a complete pack must carry, beside its messages. */
export function missingTables(input: Record<string, unknown>): Issue[] {
  const issues: Issue[] = []
  for (const table of ['detect', 'loyalty', 'lint'] as const) {
    if (typeof input[table] !== 'object' || input[table] === null) {
      issues.push({ code: 'missing-table', path: [table], message: `A complete pack carries its ${table} tables (extendPack inherits them from a base)` })
    }
  }
  return issues
}

/**
 * Checks a complete pack and returns it, or throws one {@link AttuneError} (code `invalid-pack`)
 * listing every problem with its path: ICU syntax errors, a variable used but not declared or
 * declared but unused, a plural or select with no `other`, an unknown channel or tone, a key that is
 * not dotted kebab-case, a forbidden key (`__proto__`, `constructor`, `prototype`), a missing table.
 * The returned pack's messages are a fresh copy; the input is not changed.
 *
 * For a team's pack built on one of attune's, use {@link extendPack}; for a pack loaded from JSON,
 * {@link validatePack}.
 *
 * @param input - The pack.
 * @returns The checked pack.
 * @throws {@link AttuneError} with code `invalid-pack` listing every issue.
 *
 * @example
 * const pack = definePack({ ...en, id: 'acme/en', messages: { ...en.messages } })
 * pack.id
 * //=> 'acme/en'
 *
 * @category Packs
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePack(input: Pack): Pack {
  const issues = checkPack(input)
  if (typeof input === 'object' && input !== null) issues.push(...missingTables(input as unknown as Record<string, unknown>))
  if (issues.length) throw new AttuneError('invalid-pack', issues)
  return { ...input, messages: copyMessages(input.messages) }
}
