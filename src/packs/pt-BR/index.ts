import { extendPack } from '../extendPack'
import { en } from '../en'
import type { Pack } from '../../types/pack'
import { messages } from './messages'

/**
 * The Brazilian Portuguese pack: every message of `en`, written as a Brazilian Portuguese-speaking support agent would write
 * it. Its detection and loyalty tables are still the English ones (inherited from `en`), so text
 * in Brazilian Portuguese gets an empty feeling reading rather than a guess. Pass it explicitly; nothing registers
 * itself on import.
 *
 * @example
 * import { ptBR } from 'attune/packs/pt-BR'
 * renderMessage(ptBR, 'propose.ask', {})
 * //=> 'Qual delas funciona melhor para você?'
 *
 * @category Packs
 */
export const ptBR: Pack = /* @__PURE__ */ extendPack(en, { id: 'attune/pt-BR', locale: 'pt-BR', messages })
