import type { NegationTables } from '../../types/pack'

// Kept as separate constants so the feeling tables can share them without an object spread, which
// bundlers cannot prove free of side effects (it would keep the whole pack in every bundle).
// prettier-ignore
export const negators: string[] = [
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'hardly', 'barely', 'cannot',
  "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't", "couldn't",
  "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "mustn't", 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt',
  'arent', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'havent', 'hasnt', 'nt', 'lack', 'lacks',
]
export const scopeBreakers: string[] = ['but', 'however', 'although', 'though', 'yet', 'and', 'because', 'so', 'just']
export const negationScope = 3
export const contrast: string[] = ['but', 'however', 'though', 'although', 'except']
// "Still, it works" and ", yet it fails" are contrasts; "still missing" and "not arrived yet" are not.
export const clauseContrast: string[] = ['still', 'yet']

/**
 * The English words that open, close and bound a negation's scope, and the contrast words; shared by
 * the feeling and loyalty tables.
 *
 * @example
 * import { enNegation } from 'attune/packs/en'
 * enNegation.negators.includes("didn't")
 * //=> true
 *
 * @category Packs
 */
export const enNegation: NegationTables = { negators, scopeBreakers, negationScope, contrast, clauseContrast }
