/** ROC AUC by ranks (ties share their mean rank). */
export function auc(scores: number[], labels: boolean[]): number {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => a[0] - b[0])
  const ranks = new Array<number>(scores.length)
  for (let i = 0; i < order.length; ) {
    let j = i
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++
    for (let k = i; k <= j; k++) ranks[(order[k] as readonly [number, number])[1]] = (i + j) / 2 + 1
    i = j + 1
  }
  const positives = labels.filter(Boolean).length
  const negatives = labels.length - positives
  const sum = labels.reduce((acc, y, i) => acc + (y ? (ranks[i] as number) : 0), 0)
  return (sum - (positives * (positives + 1)) / 2) / (positives * negatives)
}
