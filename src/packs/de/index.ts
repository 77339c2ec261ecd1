import { extendPack } from '../extendPack'
import { en } from '../en'
import type { Pack } from '../../types/pack'
import { messages } from './messages'

/**
 * The German pack: every message of `en`, written as a German-speaking support agent would write
 * it. Its detection and loyalty tables are still the English ones (inherited from `en`), so text
 * in German gets an empty feeling reading rather than a guess. Pass it explicitly; nothing registers
 * itself on import.
 *
 * @example
 * import { de } from 'attune/packs/de'
 * renderMessage(de, 'propose.ask', {})
 * //=> 'Was passt für Sie am besten?'
 *
 * @category Packs
 */
export const de: Pack = /* @__PURE__ */ extendPack(en, { id: 'attune/de', locale: 'de', messages })
