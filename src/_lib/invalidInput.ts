import { AttuneError } from '../types/AttuneError'

/** The error an analysis function throws for a non-string. */
export function invalidInput(name: string, value: unknown): AttuneError {
  const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value
  return new AttuneError('invalid-input', [
    { code: 'not-a-string', path: [name], message: `Expected ${name} to be a string, got ${got}` },
  ])
}
