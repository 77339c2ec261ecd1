import type { Pack } from '../../types/pack'
import { enDetect } from './detect'
import { enLint } from './lint'
import { enLoyalty } from './loyalty'
import { enNegation } from './negation'
import { messages } from './messages'

/**
 * The English pack, the default: its messages (ICU MessageFormat, with channel and tone variants)
 * and the tables `detectFeelings` and `scoreLoyalty` read with. Pass it,
 * or a pack built on it, as `{ pack }`; nothing registers itself on import.
 *
 * @example
 * import { en } from 'attune/packs/en'
 * * detectFeelings('Thanks a lot!', { pack: en }).primary
 * //=> 'gratitude'
 *
 * @category Packs
 */
export const en: Pack = {
  id: 'attune/en',
  locale: 'en',
  messages,
  detect: enDetect,
  loyalty: enLoyalty,
  lint: enLint,
}

export { enDetect, enLint, enLoyalty, enNegation }
