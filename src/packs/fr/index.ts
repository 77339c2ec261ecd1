import { extendPack } from '../extendPack'
import { en } from '../en'
import type { Pack } from '../../types/pack'
import { messages } from './messages'

/**
 * The French pack: every message of `en`, written as a French-speaking support agent would write
 * it. Its detection and loyalty tables are still the English ones (inherited from `en`), so text
 * in French gets an empty feeling reading rather than a guess. Pass it explicitly; nothing registers
 * itself on import.
 *
 * @example
 * import { fr } from 'attune/packs/fr'
 * renderMessage(fr, 'propose.ask', {})
 * //=> 'Laquelle vous convient le mieux ?'
 *
 * @category Packs
 */
export const fr: Pack = /* @__PURE__ */ extendPack(en, { id: 'attune/fr', locale: 'fr', messages })
