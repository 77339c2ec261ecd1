import type { Issue } from './core'

/**
 * Codes an {@link AttuneError} carries.
 *
 * @example
 * const code: AttuneErrorCode = 'invalid-input'
 *
 * @category Types
 */
export type AttuneErrorCode = 'invalid-input' | 'invalid-options' | 'invalid-pack' | 'missing-value'

/**
 * The one error attune throws, for a programmer's mistake: a non-string given to an analysis
 * function, or options that do not validate. `issues` lists every problem, never just the first.
 *
 * @example
 * try {
 *   detectFeelings(42 as unknown as string)
 * } catch (error) {
 *   if (isAttuneError(error)) console.log(error.code)
 *   //=> 'invalid-input'
 * }
 *
 * @category Types
 */
export class AttuneError extends Error {
  /** What kind of mistake. */
  readonly code: AttuneErrorCode
  /** Every problem found, with its path. */
  readonly issues: Issue[]

  /**
   * @param code - What kind of mistake.
   * @param issues - Every problem found; the message lists them all.
   */
  constructor(code: AttuneErrorCode, issues: Issue[]) {
    super(
      `${code}: ` +
        issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; '),
    )
    this.name = 'AttuneError'
    this.code = code
    this.issues = issues
  }
}

/**
 * Whether a value is an {@link AttuneError}. Prefer it to `instanceof`: the ESM and CJS builds
 * each carry their own copy of the class.
 *
 * @param value - Anything caught.
 * @returns `true` for an attune error from either build.
 *
 * @example
 * isAttuneError(new AttuneError('invalid-input', [{ code: 'not-a-string', path: [], message: 'Expected a string' }]))
 * //=> true
 *
 * @category Types
 */
export function isAttuneError(value: unknown): value is AttuneError {
  return (
    value instanceof Error &&
    value.name === 'AttuneError' &&
    typeof (value as { code?: unknown }).code === 'string' &&
    Array.isArray((value as { issues?: unknown }).issues)
  )
}
