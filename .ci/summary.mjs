// Prints "N passed, N failed" from vitest's JSON report, and exits non-zero when the tests or any
// gate after them failed.
import { existsSync, readFileSync } from 'node:fs'

const [file, status] = process.argv.slice(2)
let passed = 0
let failed = 0
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  passed = report.numPassedTests ?? 0
  failed = report.numFailedTests ?? 0
}
const gateFailed = Number(status) !== 0
if (gateFailed && failed === 0) {
  console.log('A gate after the tests failed (see above).')
  failed = 1
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(gateFailed || failed > 0 || passed === 0 ? 1 : 0)
