// Where the phrase strings of the en pack's cue tables are, in src/packs/en/tables.ts and in the
// chunk of dist/ built from it: the `"a|b|c"` given to `p(...)`, the phrases given to
// `feelingCue(id, "a|b", ...)`, and the phrases and the near words given to
// `topicCue(id, of, "a|b", "words|near", within)`. The id and the concern may be in single quotes (as
// tables.ts writes them) or double quotes (as the build writes them). Used by order-phrases.ts and
// polish-order.ts, which reorder the phrases inside each string.
export type Span = { start: number; end: number }

// (The `d` flag gives each group's place.)
const STRINGS = /\bp\("([^"]*)"\)|\bfeelingCue\(['"][^'"]*['"], "([^"]*)"|\btopicCue\(['"][^'"]*['"], ['"][^'"]*['"], "([^"]*)"(?:, "([^"]*)")?/dg

/**
 * The spans of the phrase strings' contents (without their quotes), in the order of the text.
 *
 * @example
 * phraseSpans(`topicCue('x', 'money', "a|b", "c|d", 3)`).length
 * //=> 2
 */
export function phraseSpans(text: string): Span[] {
  const spans: Span[] = []
  for (const match of text.matchAll(STRINGS)) {
    for (const place of (match.indices ?? []).slice(1)) if (place) spans.push({ start: place[0], end: place[1] })
  }
  return spans
}

/** `text` with the contents of each span replaced by `put(k, contents)`, k counting from 0. */
export function replaceSpans(text: string, spans: readonly Span[], put: (k: number, contents: string) => string): string {
  let out = ''
  let at = 0
  spans.forEach((span, k) => {
    out += text.slice(at, span.start) + put(k, text.slice(span.start, span.end))
    at = span.end
  })
  return out + text.slice(at)
}
