// Logistic regression for the fitting scripts: AdaGrad steps, L2 on the weights a row touches and
// L1 by truncation (weak weights go to exactly zero, which keeps the shipped tables small). Rows are
// visited in order, so the same data gives the same weights.
import { sigmoid } from '../src/_lib/feelingModel'

export type SparseRow = { idx: number[]; val: number[] }
export type LogisticSettings = { epochs: number; rate: number; l1: number; l2: number }

export function fitLogistic<R extends SparseRow>(
  rows: R[],
  size: number,
  offset: (row: R) => number,
  label: (row: R) => number,
  { epochs, rate, l1, l2 }: LogisticSettings,
): { weights: Float64Array<ArrayBuffer>; bias: number } {
  const w = new Float64Array(size)
  const g2 = new Float64Array(size).fill(1e-8)
  let b = 0
  let gb = 1e-8
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const row of rows) {
      let z = b + offset(row)
      for (let k = 0; k < row.idx.length; k++) z += (w[row.idx[k] as number] as number) * (row.val[k] as number)
      const err = sigmoid(z) - label(row)
      gb += err * err
      b -= (rate * err) / Math.sqrt(gb)
      for (let k = 0; k < row.idx.length; k++) {
        const j = row.idx[k] as number
        const g = err * (row.val[k] as number) + (l2 * (w[j] as number) * rows.length) / 100
        g2[j]! += g * g
        const step = rate / Math.sqrt(g2[j] as number)
        const moved = (w[j] as number) - step * g
        w[j] = Math.sign(moved) * Math.max(0, Math.abs(moved) - step * l1)
      }
    }
  }
  return { weights: w, bias: b }
}
