import { checkPack } from '../_lib/packCheck'
import type { Result } from '../types/core'
import type { Pack } from '../types/pack'
import { missingTables } from './definePack'
import { extendPack } from './extendPack'
import type { PackOverrides } from './extendPack'

/**
 * The {@link validatePack} function options.
 *
 * @example
 * import { en } from 'attune/packs/en'
 * const options: ValidatePackOptions = { base: en }
 *
 * @category Packs
 */
export type ValidatePackOptions = {
  /** Check the input as overrides of this pack, and return the two merged. */
  base?: Pack
}

/**
 * The checks of {@link definePack} (or, with a `base`, of {@link extendPack}) without throwing: for
 * packs loaded as JSON from a team's CMS, where a bad file is data, not a programmer's mistake.
 * Returns the pack, or every issue with its path. Keys such as `__proto__` are refused, so a JSON
 * pack changes nothing outside itself.
 *
 * @param input - Anything, usually `JSON.parse` of a file.
 * @param options - {@link ValidatePackOptions}.
 * @returns `{ ok: true, value }` with the pack, or `{ ok: false, issues }`.
 *
 * @example
 * const result = validatePack(JSON.parse('{"id":"acme/en","messages":{"closure.invite":{"text":"Reply any time {name}","vars":{}}}}'), { base: en })
 * result.ok ? result.value.id : result.issues.map((i) => i.code)
 * //=> ['undeclared-variable']
 *
 * @category Packs
 */
export function validatePack(input: unknown, options: ValidatePackOptions = {}): Result<Pack> {
  const base = options.base
  if (base) {
    const withBase = typeof input === 'object' && input !== null && !Array.isArray(input) ? { locale: base.locale, extends: base.id, ...input } : input
    const issues = checkPack(withBase, base)
    if (issues.length) return { ok: false, issues }
    return { ok: true, value: extendPack(base, withBase as PackOverrides) }
  }
  const issues = checkPack(input)
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) issues.push(...missingTables(input as Record<string, unknown>))
  if (issues.length) return { ok: false, issues }
  const pack = input as Pack
  return { ok: true, value: { ...pack } }
}
