import type { Finding } from '../types/core'

function point(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.max(0, Math.min(offset, text.length))
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 10) {
      line++
      lineStart = k + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}

/**
 * Formats a finding for a terminal or a log: `line:col-line:col severity message [ruleId]`. Lines
 * and columns (1-based) are worked out here, at the edge; findings themselves carry offsets only.
 *
 * @param text - The text the finding is about.
 * @param finding - A finding from `lintReply`.
 * @returns One line.
 *
 * @example
 * const draft = 'Hi there,\nWe will reply soon.'
 * formatFinding(draft, lintReply(draft)[0])
 * //=> '2:15-2:19 warning A promise with no time [vague-timeline]'
 *
 * @category Lint
 */
export function formatFinding(text: string, finding: Finding): string {
  const from = point(text, finding.span.start)
  const to = point(text, finding.span.end)
  return `${from.line}:${from.column}-${to.line}:${to.column} ${finding.severity} ${finding.message} [${finding.ruleId}]`
}
