/**
 * A half-open range of UTF-16 code units into the caller's own string: `text.slice(start, end)`.
 *
 * @example
 * const span: Span = { start: 0, end: 5 }
 * 'Hello world'.slice(span.start, span.end)
 * //=> 'Hello'
 *
 * @category Types
 */
export type Span = {
  /** Offset of the first code unit. */
  start: number
  /** Offset one past the last code unit. */
  end: number
}

/**
 * The text behind a judgment: where it is, what it says, which cue matched it and how much it
 * counted.
 *
 * @example
 * const evidence: Evidence = {
 *   start: 4, end: 14, text: 'frustrated', cue: 'frustrated', negated: false, weight: 0.8,
 * }
 *
 * @category Types
 */
export type Evidence = Span & {
  /** `text.slice(start, end)` of the analysed string, exactly. */
  text: string
  /** Id of the cue that matched (a kebab-case id from the pack, or a lexicon word). */
  cue: string
  /** Whether a negator had this cue in its scope ("not happy"). */
  negated: boolean
  /** What the cue contributed, after intensifiers, softeners and negation. */
  weight: number
}

/**
 * The fourteen feelings attune names. See `FEELINGS` for their valence and their mapping onto
 * Ekman's groups and the GoEmotions labels.
 *
 * @example
 * const feeling: Feeling = 'frustration'
 *
 * @category Types
 */
export type Feeling =
  | 'frustration'
  | 'anger'
  | 'disgust'
  | 'anxiety'
  | 'sadness'
  | 'disappointment'
  | 'embarrassment'
  | 'exhaustion'
  | 'confusion'
  | 'surprise'
  | 'gratitude'
  | 'relief'
  | 'joy'
  | 'hope'

/**
 * What is at stake for the customer.
 *
 * @example
 * const concern: Concern = 'deadline'
 *
 * @category Types
 */
export type Concern = 'deadline' | 'money' | 'access' | 'safety' | 'privacy' | 'livelihood'

/**
 * How the contact has gone so far, as the customer tells it.
 *
 * @example
 * const signal: Signal = 'repeat-contact'
 *
 * @category Types
 */
export type Signal =
  | 'repeat-contact'
  | 'transferred'
  | 'waiting'
  | 'churn-threat'
  | 'escalation-request'
  | 'legal-threat'
  | 'public-shaming'
  | 'abuse'
  | 'shouting'
  | 'urgency'

/**
 * The channel a reply goes out on.
 *
 * @example
 * const channel: Channel = 'email'
 *
 * @category Types
 */
export type Channel = 'chat' | 'email' | 'phone' | 'social' | 'sms'

/**
 * The register of a reply.
 *
 * @example
 * const tone: Tone = 'warm'
 *
 * @category Types
 */
export type Tone = 'warm' | 'neutral' | 'formal'

/**
 * Overall direction of a message: a label and a score from -1 (negative) to 1 (positive).
 *
 * @example
 * const polarity: Polarity = { label: 'negative', score: -0.6 }
 *
 * @category Types
 */
export type Polarity = {
  /** `mixed` when both positive and negative feelings carry real weight. */
  label: 'positive' | 'negative' | 'mixed' | 'neutral'
  /** From -1 to 1. */
  score: number
}

/**
 * One feeling found in a message.
 *
 * @example
 * const found: FeelingFound = { feeling: 'anxiety', intensity: 0.7, evidence: [] }
 *
 * @category Types
 */
export type FeelingFound = {
  /** The feeling. */
  feeling: Feeling
  /** From 0 (barely expressed) to 1 (expressed as strongly as text can). */
  intensity: number
  /** The spans that expressed it, strongest first. */
  evidence: Evidence[]
}

/**
 * One concern found in a message, with what a reply can use of it.
 *
 * @example
 * const found: ConcernFound = {
 *   concern: 'deadline', evidence: [], detail: { event: "my daughter's birthday", when: 'Saturday' },
 * }
 *
 * @category Types
 */
export type ConcernFound = {
  /** The concern. */
  concern: Concern
  /** The spans that raised it. */
  evidence: Evidence[]
  /** What the customer said of it, as they said it. */
  detail?: {
    /** The event at stake ("my daughter's birthday", "my flight"). */
    event?: string
    /** When it happens ("Saturday", "tomorrow", "by Friday", "in nine days"). */
    when?: string
    /** How far ahead, when `when` is a span from now ("in nine days" gives "nine days"). */
    within?: string
    /** An amount of money ("$49.99"). */
    amount?: string
  }
}

/**
 * One signal about the contact, with its count or duration when the customer gave one.
 *
 * @example
 * const found: SignalFound = { signal: 'repeat-contact', evidence: [], detail: { count: 3 } }
 *
 * @category Types
 */
export type SignalFound = {
  /** The signal. */
  signal: Signal
  /** The spans that raised it. */
  evidence: Evidence[]
  /** How often or how long, as the customer said it. */
  detail?: {
    /** How many times ("third time" gives 3). */
    count?: number
    /** How long ("two weeks", "an hour"). */
    duration?: string
    /**
     * For a churn threat: `true` when the customer makes it a condition or a thought ("if this
     * isn't fixed by Friday I'm cancelling", "fix it or I'll go elsewhere", "I'm considering
     * switching"); absent when they say they are leaving ("Cancel my subscription, I'm switching
     * to another provider").
     */
    conditional?: boolean
  }
}

/**
 * What a customer's message expresses: feelings, concerns, signals and polarity.
 *
 * @example
 * const reading: FeelingReading = {
 *   feelings: [], primary: null, polarity: { label: 'neutral', score: 0 }, concerns: [], signals: [],
 * }
 *
 * @category Types
 */
export type FeelingReading = {
  /** Feelings expressed, strongest first. */
  feelings: FeelingFound[]
  /** The strongest feeling, or `null` when none was expressed. */
  primary: Feeling | null
  /** Overall direction. */
  polarity: Polarity
  /** What is at stake. */
  concerns: ConcernFound[]
  /** How the contact has gone. */
  signals: SignalFound[]
}

/**
 * How serious a finding is.
 *
 * @example
 * const severity: Severity = 'warning'
 *
 * @category Types
 */
export type Severity = 'error' | 'warning' | 'info'

/**
 * A positioned finding on a text, plain data. Lines and columns are worked out only when shown.
 *
 * @example
 * const finding: Finding = {
 *   ruleId: 'vague-timeline', severity: 'warning', message: '"soon" gives no time',
 *   span: { start: 20, end: 24 }, actual: 'soon',
 * }
 *
 * @category Types
 */
export type Finding = {
  /** Stable kebab-case id of the rule. */
  ruleId: string
  /** How serious it is. */
  severity: Severity
  /** What is wrong, in a sentence. */
  message: string
  /** Where it is. */
  span: Span
  /** `text.slice(span.start, span.end)`. */
  actual: string
  /** A better phrasing, when there is one. */
  suggestion?: string
  /** Why the rule exists. */
  note?: string
}

/**
 * A promise made to the customer, kept in warm data so a reply can own it.
 *
 * @example
 * const promise: CustomerPromise = { what: 'an update', due: '2026-11-24T15:00:00Z', status: 'pending' }
 *
 * @category Types
 */
export type CustomerPromise = {
  /** What was promised. */
  what: string
  /** When it was due, ISO 8601. */
  due: string
  /** Whether it was kept. */
  status: 'pending' | 'kept' | 'broken'
}

/**
 * Accessibility needs a customer has told the business about.
 *
 * @example
 * const need: AccessibilityNeed = 'plain-language'
 *
 * @category Types
 */
export type AccessibilityNeed = 'screen-reader' | 'plain-language' | 'no-phone' | 'large-text' | 'captions'

/**
 * Warm data about the customer. Without `consent.personalize`, only the name is used.
 *
 * @example
 * const customer: CustomerContext = { name: 'Ana Lima', preferredName: 'Ana', consent: { personalize: true } }
 *
 * @category Types
 */
export type CustomerContext = {
  /** The customer's name. */
  name?: string
  /** What the customer likes to be called. */
  preferredName?: string
  /** Pronouns, for notes that speak of the customer ("she/her"). */
  pronouns?: string
  /** BCP 47 locale. */
  locale?: string
  /** IANA time zone ("Europe/Lisbon"). */
  timeZone?: string
  /** Accessibility needs. */
  accessibility?: AccessibilityNeed[]
  /** The channel the customer prefers for updates. */
  preferredChannel?: Channel
  /** Promises made on earlier contacts. */
  promises?: CustomerPromise[]
  /** Whether the customer agreed to personalisation beyond their name. */
  consent?: {
    /** `true` when the customer agreed to the use of their warm data. */
    personalize: boolean
  }
}

/**
 * One problem with an input: a code, where it is, and what is wrong.
 *
 * @example
 * const issue: Issue = { code: 'invalid-type', path: ['options', 0, 'label'], message: 'Expected a string' }
 *
 * @category Types
 */
export type Issue = {
  /** Stable kebab-case code. */
  code: string
  /** Where in the input, as keys and indices. */
  path: (string | number)[]
  /** What is wrong, in a sentence. */
  message: string
}

/**
 * The non-throwing form of a builder's result.
 *
 * @example
 * const result: Result<number> = { ok: false, issues: [{ code: 'too-small', path: ['cost'], message: 'Must be 0 or more' }] }
 *
 * @category Types
 */
export type Result<T> =
  | {
      /** It validated. */
      ok: true
      /** The built value. */
      value: T
    }
  | {
      /** It did not validate. */
      ok: false
      /** Every problem found. */
      issues: Issue[]
    }

/**
 * A next step with its time: what will happen, and by when.
 *
 * @example
 * const milestone: Milestone = { what: 'a confirmed delivery date', by: '2026-11-20T21:00:00Z' }
 *
 * @category Types
 */
export type Milestone = {
  /** What will happen, concretely ("a confirmed delivery date from the courier"). */
  what: string
  /** By when, ISO 8601 date-time. */
  by: string
}
