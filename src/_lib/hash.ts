// FNV-1a over a string's UTF-16 code units: the hash of the scan's word table and of a message seed.
// (Fowler, Noll and Vo's public-domain hash; its 32-bit offset basis and prime.)

// A const enum, so the build writes the numbers where they are used: the scan hashes every letter,
// and would otherwise load them from the module each time.
export const enum Fnv {
  /** 0x811c9dc5, as a signed 32-bit integer. */
  SEED = -2128831035,
  PRIME = 0x01000193,
}

/**
 * The second hash of the scan's word table (see `WordTable.checks`): the same xor-then-multiply
 * step as FNV-1a, with another seed and MurmurHash2's multiplier (Austin Appleby's public-domain
 * hash), so a word that matches another's FNV-1a hash by chance almost never matches this one too.
 */
export const enum Check {
  /** 0x9747b28c, as a signed 32-bit integer. */
  SEED = -1756908916,
  PRIME = 0x5bd1e995,
}

/** A 32-bit hash of a string's code units (FNV-1a, signed). */
export function hashOf(key: string): number {
  let hash: number = Fnv.SEED
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), Fnv.PRIME)
  return hash
}

/** The second hash of a string's code units (see `Check`). */
export function checkOf(key: string): number {
  let hash: number = Check.SEED
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), Check.PRIME)
  return hash
}
