/**
 * Small sets of BMP characters tested by code unit in constant time: each set is one bit of a
 * shared 64 KiB table (a `Set<number>` lookup costs a hash; this is one array read).
 */
const TABLE = new Uint8Array(0x10000);
let nextBit = 0;

/** A set of characters, tested with {@link CharClass.has} on a code unit. */
export interface CharClass {
  has(code: number): boolean;
}

/**
 * Makes a set of the BMP characters of `chars` (at most eight sets per process).
 * @example charClass("，。").has("。".charCodeAt(0)) // true
 */
export function charClass(chars: string): CharClass {
  if (nextBit >= 8) throw new Error("charClass: no bit left in the shared table");
  const bit = 1 << nextBit++;
  for (let i = 0; i < chars.length; i++) TABLE[chars.charCodeAt(i)]! |= bit;
  return { has: (code) => (TABLE[code]! & bit) !== 0 };
}
