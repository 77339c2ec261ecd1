// Array.prototype.sort pays a set-up cost that dominates on the one- to five-item lists attune
// sorts per message; insertion sort is faster there and stable like the built-in one. Long lists
// (a huge message) go to the built-in sort, so the cost stays n log n.
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 16) return list.sort(compare)
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T
    let j = i - 1
    while (j >= 0 && compare(list[j] as T, item) > 0) {
      list[j + 1] = list[j] as T
      j--
    }
    list[j + 1] = item
  }
  return list
}
