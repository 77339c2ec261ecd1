// FNV-1a over a string's UTF-16 code units: the hash of the scan's word table and of a message seed.
// (Fowler, Noll and Vo's public-domain hash; its 32-bit offset basis and prime.)

export const HASH_SEED = 0x811c9dc5 | 0
export const HASH_PRIME = 0x01000193

/** A 32-bit hash of a string's code units (FNV-1a, signed). */
export function hashOf(key: string): number {
  let hash = HASH_SEED
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), HASH_PRIME)
  return hash
}
