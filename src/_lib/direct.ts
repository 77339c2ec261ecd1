/**
 * A feeling cue's phrase without the closing "!" that marks it direct in the `en` tables ("gutted!"
 * states frustration outright, as if `FeelingCue.direct` listed "gutted"). A "!" joined to a word
 * never matches text, since the reader splits it off, so the mark cannot stand in the way of a match.
 */
export const unmarked = (phrase: string): string => (/[^\s!]!$/.test(phrase) ? phrase.slice(0, -1) : phrase)
