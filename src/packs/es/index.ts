import { extendPack } from '../extendPack'
import { en } from '../en'
import type { Pack } from '../../types/pack'
import { messages } from './messages'

/**
 * The Spanish pack: every message of `en`, written as a Spanish-speaking support agent would write
 * it. Its detection and loyalty tables are still the English ones (inherited from `en`), so text
 * in Spanish gets an empty feeling reading rather than a guess. Pass it explicitly; nothing registers
 * itself on import.
 *
 * @example
 * import { es } from 'attune/packs/es'
 * renderMessage(es, 'propose.ask', {})
 * //=> '¿Cuál te viene mejor?'
 *
 * @category Packs
 */
export const es: Pack = /* @__PURE__ */ extendPack(en, { id: 'attune/es', locale: 'es', messages })
