import type { Channel, Concern, Feeling, Signal, Tone } from './core'

/**
 * A hand-written cue: phrases that express feelings, with the weight each adds (in log-odds) to each
 * feeling's score. A negative weight argues against a feeling: sarcasm cues ("thanks for nothing")
 * take gratitude away as they add frustration.
 *
 * Phrases are lower-case words separated by spaces, matched against token norms; commas and
 * hyphens between the words in the text are passed over ("fed-up" matches `fed up`).
 *
 * @example
 * const cue: FeelingCue = {
 *   id: 'fed-up', phrases: ['fed up', 'sick of'], feelings: { frustration: 2.5 },
 *   note: 'Being fed up is frustration that has built over time.',
 * }
 *
 * @category Packs
 */
export type FeelingCue = {
  /** Stable kebab-case id, unique in the pack; evidence names it. */
  id: string
  /** The phrases that fire the cue. */
  phrases: string[]
  /** Log-odds added to each feeling's score. */
  feelings: Partial<Record<Feeling, number>>
  /** Why the cue means what it means. */
  note: string
  /** Whether a negator before the phrase still lets it fire (sarcasm, fixed idioms). @defaultValue false */
  ignoresNegation?: boolean
  /**
   * The phrases (a subset of `phrases`) that state the feeling outright ("I'm relieved", "I'm
   * confused"). When one fires outside a negation, the cue's strongest feeling is reported even if
   * the rest of the message keeps its score under the threshold: a customer who says how they feel
   * is taken at their word. Ambiguous phrases ("lost", "drained") stay out of this list. A phrase
   * written with a "!" joined to its last word ("relieved!") is direct too, as if listed here.
   * @defaultValue none
   */
  direct?: string[]
  /**
   * Whether the cue names something that went wrong for the customer (a delay, a loss, a charge, a
   * failure to answer). Praise right beside such a cue is read as sarcasm, not joy: in the same
   * sentence with no contrast word between them ("Fantastic customer service, on hold for an
   * hour"), or alone in a sentence of three words or fewer just before it ("Brilliant. Third
   * engineer no-show."), or of two just after it ("Still no refund. Great job."). Verdicts
   * ("terrible") are not mishaps: "Great staff, terrible food" is praise and blame. A hit of any
   * access concern cue counts as a mishap too ("The update deleted all my saved addresses. Great.").
   * @defaultValue false
   */
  mishap?: boolean
}

/**
 * A cue for what is at stake, or for how the contact has gone.
 *
 * @example
 * const cue: TopicCue<'access'> = { id: 'locked-out', of: 'access', phrases: ['locked out'], note: 'No access to the account.' }
 *
 * @category Packs
 */
export type TopicCue<T extends string> = {
  /** Stable kebab-case id, unique in the pack. */
  id: string
  /** The concern or signal it raises. */
  of: T
  /** The phrases that fire the cue (same syntax as {@link FeelingCue}). */
  phrases: string[]
  /** Why it raises it. */
  note: string
  /**
   * The cue counts only with one of `words` within `within` tokens before or after it: "useless" is
   * abuse near "you" and not near "the app". @defaultValue always counts
   */
  near?: {
    /** Words (in matching form, lower case) of which one must be near. */
    words: string[]
    /** How many tokens away, before or after the phrase, still counts as near. */
    within: number
  }
  /**
   * For a concern cue: the pack message a reply's reframe uses when this cue raised the concern,
   * in place of `reframe.<concern>` ("reframe.safety", "stop using it", for a product that sparks;
   * "reframe.access-service" for a service that is down rather than an account locked). Used only
   * when the reply's pack has that message. @defaultValue `reframe.<concern>`
   */
  reframe?: string
}

/**
 * Word weights fitted on labeled data, in a compact form: `entries` holds one line per word,
 * `word<TAB>index:weight index:weight ...`, where an index points into `feelings` and a weight is in
 * hundredths of a log-odds unit. A word starting with `!` is the word inside a negation's scope.
 * The pairs may also be written in a shorter form, a letter for the index (`a` = 0, `b` = 1, ...)
 * followed by the weight in twentieths of a unit (steps of 0.05), with no space:
 * `annoying<TAB>a43n-8` is `annoying<TAB>0:215 13:-40`. The `en` pack's fitted lexicon, whose weights
 * are rounded to 0.1, is written that way.
 *
 * @example
 * const lexicon: FeelingLexicon = {
 *   source: 'example', feelings: ['frustration', 'joy'], bias: [-3, -2], thresholds: [0.3, 0.4],
 *   entries: 'annoying\t0:215\nlove\t1:240',
 * }
 *
 * @category Packs
 */
export type FeelingLexicon = {
  /** Where the weights come from (script and data). */
  source: string
  /** The feelings the weights score, in index order. */
  feelings: Feeling[]
  /** Log-odds of each feeling with no evidence at all. */
  bias: number[]
  /** Probability from which each feeling is reported. */
  thresholds: number[]
  /** One line per word; see above. */
  entries: string
}

/**
 * The words negation and contrast are read with, shared by detection and loyalty.
 *
 * @example
 * const negation: NegationTables = { negators: ['not'], scopeBreakers: ['but'], negationScope: 3, contrast: ['but'] }
 *
 * @category Packs
 */
export type NegationTables = {
  /** Words that open a negation scope ("not", "never", "don't"). */
  negators: string[]
  /** Words that close a negation scope early ("but"). */
  scopeBreakers: string[]
  /** How far a negation reaches, in words. */
  negationScope: number
  /** Words after which the rest of a sentence counts more than what came before ("but"). */
  contrast: string[]
  /**
   * Contrast words only where a clause starts, first in the message or after punctuation ("Still,
   * it works", "..., yet it fails"), since elsewhere they mean "up to now" ("still missing", "not
   * here yet"). Optional: a pack without it has no such words.
   */
  clauseContrast?: string[]
}

/**
 * The tables `detectFeelings` reads with, part of a pack.
 *
 * @example
 * import { en } from 'attune/packs/en'
 * en.detect.negators.includes('never')
 * //=> true
 *
 * @category Packs
 */
export type DetectTables = NegationTables & {
  /** Fitted word weights. */
  lexicon: FeelingLexicon
  /** Hand-written phrase cues for feelings, sarcasm included. */
  feelingCues: FeelingCue[]
  /** Words that strengthen the next word, with their factor ("very": 1.3). */
  intensifiers: Record<string, number>
  /** Words that weaken the next word, with their factor ("slightly": 0.6). */
  softeners: Record<string, number>
  /** All-caps words that are not shouting (acronyms). */
  acronyms: string[]
  /** Cues for concerns. */
  concernCues: TopicCue<Concern>[]
  /** Cues for signals. */
  signalCues: TopicCue<Signal>[]
  /** Events that make a deadline ("birthday", "flight"). */
  events: string[]
  /** Words that name a time ("saturday", "tomorrow", "tonight"). */
  times: string[]
  /** Number words with their values ("third": 3, "twice": 2). */
  numbers: Record<string, number>
  /** Units of waiting time ("minutes", "weeks"). */
  durationUnits: string[]
  /**
   * Words that make a threat to leave a condition or a thought rather than a decision ("if",
   * "unless", "or", "considering"): a churn threat in a sentence with one of them is conditional
   * (`SignalFound.detail.conditional`). @defaultValue none: every threat reads as a decision
   */
  conditions?: string[]
  /**
   * The language's most common words ("the", "and", "is"). With the lexicon and cue words, they
   * tell text in the pack's language from text in another, which gets an empty reading. A word the
   * tables know otherwise (a cue's first word, a negator, a number, a time) need not be listed.
   */
  commonWords: string[]
  /**
   * The language these tables read (BCP 47: `en`). The customer's own words that a reading keeps (an
   * event, a time, a duration) are in this language, so composers quote them only into replies in
   * the same language. @defaultValue the pack's language
   */
  language?: string
  /**
   * Phrases with which an agent's turn deals with a concern without naming it the way a customer
   * does ("I've unlocked your account", "your refund has been issued"). `readConversation` counts a
   * concern as addressed when a later agent turn uses one of its phrases.
   */
  addressedBy?: Partial<Record<Concern, string[]>>
  /**
   * Spellings a cue phrase may use in place of each other, a group each: `["can't", 'cannot', 'can
   * not']`, `['cancelled', 'canceled']`. A phrase written with one member of a group is matched
   * with every member, so a cue lists "can't log in" once and "cannot log in" is read too. Members
   * are whole words, or words separated by spaces. @defaultValue none: phrases match as written
   */
  spellings?: string[][]
}

// A cue without its note, and detection tables whose cues may go without theirs: what the readers
// need (internal; `detectFeelings` reads the en tables this way by default, so the notes stay out of
// its bundle).
export type Noteless<T extends { note: string }> = Omit<T, 'note'> & { note?: string }
export type ReadTables = Omit<DetectTables, 'feelingCues' | 'concernCues' | 'signalCues' | 'lexicon'> & {
  lexicon: Omit<FeelingLexicon, 'source'> & { source?: string }
  feelingCues: readonly Noteless<FeelingCue>[]
  concernCues: readonly Noteless<TopicCue<Concern>>[]
  signalCues: readonly Noteless<TopicCue<Signal>>[]
}

/**
 * A loyalty phrase table entry: a tag, whether it predicts return (`positive`) or churn
 * (`negative`), its weight in log-odds, its phrases and why it matters.
 *
 * @example
 * const tag: LoyaltyTag = {
 *   id: 'felt-heard', polarity: 'positive', weight: 1.4, phrases: ['felt heard'],
 *   note: 'Being heard is the strongest predictor of forgiveness after a failure.',
 * }
 *
 * @category Packs
 */
export type LoyaltyTag = {
  /** Stable kebab-case tag ("felt-heard", "passed-around"). */
  id: string
  /** Whether the phrase predicts return or churn, when not negated. */
  polarity: 'positive' | 'negative'
  /** Log-odds it adds (positive) or takes away (negative). */
  weight: number
  /** The phrases (same syntax as {@link FeelingCue}). */
  phrases: string[]
  /** Why it predicts what it predicts. */
  note: string
}

/**
 * What a loyalty signal is about.
 *
 * @example
 * const target: LoyaltyTarget = 'agent'
 *
 * @category Packs
 */
export type LoyaltyTarget = 'agent' | 'company' | 'product' | 'delivery'

/**
 * The tables `scoreLoyalty` reads with, part of a pack.
 *
 * @example
 * import { en } from 'attune/packs/en'
 * en.loyalty.targets.agent.includes('agent')
 * //=> true
 *
 * @category Packs
 */
export type LoyaltyTables = {
  /** Tagged phrases. */
  tags: LoyaltyTag[]
  /** Words that name what a signal is about, per target. */
  targets: Record<LoyaltyTarget, string[]>
  /** Fitted word weights on "would recommend". */
  lexicon: {
    /** Where the weights come from (script and data). */
    source: string
    /** Log-odds with no evidence at all (not part of the score, which is 0 without evidence). */
    bias: number
    /** `word<TAB>weight` per line, weights in hundredths of a log-odds unit. */
    entries: string
  }
}

/**
 * One reply rule, as data: what it looks for, how serious it is, what to say, and why.
 *
 * @example
 * const rule: LintRule = {
 *   id: 'vague-timeline', kind: 'conditional', severity: 'warning', message: 'A promise with no time',
 *   note: '"Soon" means different things to the customer and to us.', phrases: ['soon', 'shortly'], suggestion: 'Give a time: "by 3 pm today"',
 * }
 *
 * @category Packs
 */
export type LintRule = {
  /** Stable kebab-case id; findings carry it. */
  id: string
  /** As in Vale: `existence` (a phrase is there), `substitution` (a phrase has a better form), `conditional` (a phrase, or its absence, given the rest of the reply), `metric` (a measure crosses a threshold). */
  kind: 'existence' | 'substitution' | 'conditional' | 'metric'
  /** How serious a finding is. */
  severity: 'error' | 'warning' | 'info'
  /** What the agent is told. */
  message: string
  /** Why the rule exists. */
  note: string
  /** The phrases it looks for, lower case. */
  phrases?: string[]
  /** Words to replace (or drop, with ""), for substitution rules. */
  swap?: Record<string, string>
  /** The threshold of a metric rule. */
  threshold?: number
  /** A better way, in a sentence. */
  suggestion?: string
  /** A bad example, for the docs. */
  bad?: string
  /** A better example, for the docs. */
  better?: string
}

/**
 * The tables `lintReply` and `scoreReply` read with, part of a pack.
 *
 * @example
 * import { en } from 'attune/packs/en'
 * en.lint.rules.map((rule) => rule.id).includes('hollow-empathy')
 * //=> true
 *
 * @category Packs
 */
export type LintTables = {
  /**
   * The language of the replies these tables judge (BCP 47: `en`). In a pack whose messages are in
   * another language, `lintReply` runs only the checks that do not read the words, and
   * `scoreReply` refuses to score. @defaultValue the pack's language
   */
  language?: string
  /** The rules. */
  rules: LintRule[]
  /** Phrases that show someone acting or owning ("I'll", "we have"). */
  action: string[]
  /** Words that name a time ("today", "pm", "Friday"). */
  times: string[]
  /** The QA rubric's weight per criterion. */
  rubric: Record<'validation' | 'ownership' | 'clarity' | 'choice' | 'timeline' | 'personalization' | 'closure' | 'tone', number>
}

/**
 * The type of a message variable: how `renderMessage` formats the value given for it.
 *
 * - `string`: text, escaped for the output format;
 * - `number`: a number, for `{n, number}` and `{n, plural, ...}`;
 * - `date`: a Date, epoch milliseconds or an ISO 8601 string, for `{d, date, medium}` and
 *   `{d, time, short}` (formatted in the caller's time zone);
 * - `money`: `{ amount, currency }` (ISO 4217), formatted as currency in the pack's locale;
 * - `list`: an array of strings, joined as the pack's language joins a list ("a, b and c").
 *
 * @example
 * const type: MessageVarType = 'money'
 *
 * @category Packs
 */
export type MessageVarType = 'string' | 'number' | 'date' | 'money' | 'list'

/**
 * One message of a pack: ICU MessageFormat text, the variables it takes, and its variants.
 *
 * @example
 * const message: Message = {
 *   text: 'Next, {what}, by {by, time, short}.',
 *   vars: { what: 'string', by: 'date' },
 *   variants: { channel: { sms: 'Next: {what} by {by, time, short}.' }, alternatives: ['Coming up: {what}, by {by, time, short}.'] },
 * }
 *
 * @category Packs
 */
export type Message = {
  /** ICU MessageFormat; every declared variable appears in it. */
  text: string
  /** Each variable and its type; a key's variables never change within a major version. */
  vars: Record<string, MessageVarType>
  /** Wordings for a channel, a tone, or other phrasings picked by the caller's seed. */
  variants?: {
    /** Per channel; these may leave out variables the channel has no room for. */
    channel?: Partial<Record<Channel, string>>
    /** Per tone. */
    tone?: Partial<Record<Tone, string>>
    /** Other phrasings of `text`, equal in meaning, picked by `seed`. */
    alternatives?: string[]
    /** The wording for a reader who asked for plain language: short sentences, no idioms. */
    plain?: string
  }
}

/**
 * A pack: plain data, passed in explicitly (`{ pack }`), never registered on import. This release
 * carries the detection tables; the message templates arrive with the pack system.
 *
 * @example
 * import { en } from 'attune/packs/en'
 * const pack: Pack = { ...en, id: 'acme/en-support' }
 *
 * @category Packs
 */
export type Pack = {
  /** Namespaced id: `attune/en`, `acme/en-support`. */
  id: string
  /** BCP 47 locale: `en`, `en-GB`. */
  locale: string
  /** The id of the pack this one extends, if any. */
  extends?: string
  /** The wording attune writes, by stable dotted key (`acknowledge.received`). */
  messages: Record<string, Message>
  /** The tables `detectFeelings` reads with. */
  detect: DetectTables
  /** The tables `scoreLoyalty` reads with. */
  loyalty: LoyaltyTables
  /** The tables `lintReply` and `scoreReply` read with. */
  lint: LintTables
}
