// An email carries more than what its sender wrote this time: the earlier messages it quotes, and a
// sign-off with a signature under it. `ownWords` blanks those out (with spaces after a full stop, so
// every offset into the text stays the same and a reading's spans still point into the text it was
// given).

// Closing formulas, alone on their line apart from the sender's name ("Thanks,", "Best regards,",
// "Cheers! Sam"); longest first, so "best regards" is tried before "best". (A plain array: a bundle
// that never reads emails drops it.)
const CLOSINGS: readonly string[] = [
  'thank you in advance', 'thanks in advance', 'thank you again', 'warmest regards', 'yours sincerely',
  'all the best', 'best regards', 'kind regards', 'respectfully', 'thanks again', 'warm regards',
  'best wishes', 'many thanks', 'yours truly', 'sincerely', 'thank you', 'regards', 'cheers', 'thanks',
  'yours', 'best', 'thx', 'ty',
]
// Up to three words of a name after a closing on its line ("Thanks, Maria", "Regards, J. Okafor").
const NAME = /^(?:\p{Lu}[\p{L}'.-]*\s*){1,3}$/u
// The header over a quoted original: "On Mon, 2 Nov 2026 at 09:14, Acme Support <help@acme.com> wrote:".
const REPLY_HEADER = /^on\b.{0,200}\bwrote:?$/i
const ORIGINAL = /^-{2,}\s*(?:original|forwarded) message\s*-{2,}$/i
const MAIL_APP = /^(?:sent from my\b|get outlook for\b)/i

/**
 * `text` with what is not the sender's own words of this message blanked out, by a full stop and
 * spaces:
 * - lines quoted from an earlier message ("> ...");
 * - everything below a reply header ("On Mon, ... wrote:", "-----Original Message-----", or "From:"
 *   with "Sent:" or "Date:" under it);
 * - a closing formula on its own line after the body, with everything under it ("Thanks,\nMaria",
 *   "Best regards,\nDaniel Ruiz\nOperations Manager", "Sent from my iPhone").
 *
 * A text with no line break is returned as it is. Linear in the length, with no array per line.
 */
export function ownWords(text: string): string {
  if (text.indexOf('\n') < 0) return text
  const n = text.length
  // Spans to blank, in order, and where the quoted original begins (n: nowhere).
  const blanks: number[] = []
  let cut = n
  let body = -1
  for (let start = 0; start < n; ) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? n : newline
    const first = firstVisible(text, start, end)
    if (first < end) {
      const c = text.charCodeAt(first)
      if (c === 62 /* > */) {
        // (A run of quoted lines is one span.)
        if (blanks.length > 0 && blanks[blanks.length - 1] === start - 1) blanks[blanks.length - 1] = end
        else blanks.push(start, end)
      } else {
        // Only a line that starts like a header is looked at closer: "On ...", "-----", "From:".
        const lower = c | 32
        if ((lower === 111 || lower === 102 || c === 45) && isHeader(text, first, end)) {
          cut = start
          break
        }
        if (body < 0) body = start
      }
    }
    if (newline < 0) break
    start = newline + 1
  }
  // The sign-off: among the last six lines with words in them before the original, the first that
  // is a closing (after at least one line of the sender's own) blanks itself and all under it.
  // (At most the last 40 lines are looked at: a sign-off is at the end, under a few blank lines.)
  const tail: number[] = []
  for (let end = cut, seen = 0; end > 0 && tail.length < 12 && seen < 40; seen++) {
    const start = text.lastIndexOf('\n', end - 1) + 1
    const first = firstVisible(text, start, end)
    if (first < end && text.charCodeAt(first) !== 62) tail.unshift(start, end)
    end = start - 1
  }
  for (let k = 0; k < tail.length; k += 2) {
    const start = tail[k] as number
    const line = text.slice(start, tail[k + 1] as number).trim()
    if (MAIL_APP.test(line)) blanks.push(start, tail[k + 1] as number)
    else if (start > body && isClosing(line)) {
      blanks.push(start, cut)
      break
    }
  }
  if (cut < n) blanks.push(cut, n)
  if (blanks.length === 0) return text
  // Spans may overlap (a closing blanks lines a quote already blanked): merge in order of start.
  const spans: [number, number][] = []
  for (let k = 0; k < blanks.length; k += 2) spans.push([blanks[k] as number, blanks[k + 1] as number])
  spans.sort((a, b) => a[0] - b[0])
  let out = ''
  let from = 0
  for (const [start, end] of spans) {
    if (end <= from) continue
    const at = Math.max(start, from)
    out += text.slice(from, at) + blankOf(text, at, end)
    from = end
  }
  return out + text.slice(from)
}

// The span of `text` from `start` to `end` with every character but a line break made a space, and
// the first of them a full stop: no phrase is read across what was taken out ("on hold" above a
// "Sent from my iPhone" and "for nothing" under it are not "on hold for").
function blankOf(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n')
    .replace(' ', '.')
}

// The first character of the line that is not a space or a tab (`end` if none).
function firstVisible(text: string, start: number, end: number): number {
  let k = start
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || text.charCodeAt(k) === 13)) k++
  return k
}

// A reply header at `first`: "On ... wrote:", "-----Original Message-----", or "From: ..." with
// "Sent:" or "Date:" on one of the next four lines.
function isHeader(text: string, first: number, end: number): boolean {
  const line = text.slice(first, Math.min(end, first + 300)).trim()
  if (end - first <= 300 && (REPLY_HEADER.test(line) || ORIGINAL.test(line))) return true
  if (!/^from:\s/i.test(line)) return false
  let start = end + 1
  for (let k = 0; k < 4 && start < text.length; k++) {
    const next = text.indexOf('\n', start)
    const stop = next < 0 ? text.length : next
    if (/^(?:sent|date):\s/i.test(text.slice(firstVisible(text, start, stop), Math.min(stop, start + 20)))) return true
    if (next < 0) break
    start = next + 1
  }
  return false
}

// "Thanks," "Best regards, Dana" "Cheers! Sam": a closing formula and at most a name.
function isClosing(line: string): boolean {
  const lower = line.toLowerCase()
  for (const closing of CLOSINGS) {
    if (!lower.startsWith(closing) || /\p{L}/u.test(lower.charAt(closing.length))) continue
    const rest = line.slice(closing.length).replace(/^[\s,.!]+/, '')
    return rest === '' || NAME.test(rest)
  }
  return false
}
