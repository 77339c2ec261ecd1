import { invalidInput } from '../_lib/invalidInput'
import { detectFeelings } from '../detect/detectFeelings'
import type { FeelingReading } from '../types/core'

/**
 * What a customer cares most about in a repair: getting it fast, paying nothing, or doing nothing.
 *
 * @example
 * const priority: Priority = 'speed'
 *
 * @category Repair
 */
export type Priority = 'speed' | 'savings' | 'convenience'

// Phrases of a customer who cannot or will not put in effort; reading them needs the text itself.
const CONVENIENCE = [
  "don't have time", 'do not have time', 'no time to', "can't get to", 'cannot get to', 'post office', 'drive to', 'drive back',
  'print a label', 'no printer', 'hassle', 'easiest', 'simplest', 'most convenient', 'without having to', "don't want to have to",
  'too much effort', 'work all day', 'i work', 'kids at home', "can't leave", 'cannot leave', 'housebound', 'no car',
]

/**
 * Finds what the customer is most likely to value in a repair, from what they wrote: a deadline or
 * urgency ("I need it by Friday") means speed; money at stake ("I shouldn't have to pay for this")
 * means savings; a lack of time or means for effort ("I don't have time to go to the post office")
 * means convenience. Speed wins over the others when a deadline is named; `null` when nothing
 * points anywhere.
 *
 * @param source - The customer's message, or a reading of it. A message also gives the convenience
 *   cues, which a reading alone does not carry.
 * @returns The priority, or `null`.
 * @throws {@link AttuneError} with code `invalid-input` when `source` is neither.
 *
 * @example
 * inferPriority("I don't have time to go to the post office again.")
 * //=> 'convenience'
 * inferPriority('I need it by Friday for the wedding!')
 * //=> 'speed'
 *
 * @category Repair
 */
export function inferPriority(source: string | FeelingReading): Priority | null {
  const reading = typeof source === 'string' ? detectFeelings(source) : source
  if (typeof reading !== 'object' || reading === null || !Array.isArray(reading.concerns) || !Array.isArray(reading.signals)) {
    throw invalidInput('source', source)
  }
  if (reading.concerns.some((c) => c.concern === 'deadline') || reading.signals.some((s) => s.signal === 'urgency')) return 'speed'
  if (typeof source === 'string') {
    const lower = source.toLowerCase().replace(/[’‘]/g, "'")
    if (CONVENIENCE.some((phrase) => lower.includes(phrase))) return 'convenience'
  }
  if (reading.concerns.some((c) => c.concern === 'money')) return 'savings'
  return null
}
