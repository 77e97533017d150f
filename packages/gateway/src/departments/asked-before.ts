/**
 * Which keys were asked before, approximately, in fixed memory and without allocating: a table of
 * 32-bit hashes, the "doorkeeper" of TinyLFU. It lets a cache keep only what is asked more than
 * once: with a new search term on most requests, keeping every answer costs more (the copies, the
 * evictions, the garbage collector) than revalidating the few that come back saves.
 *
 * Being approximate only moves when a page starts to be kept: a collision can answer `true` for a
 * key never asked (one page is kept that did not need to be) or forget a key (its page is kept one
 * ask later). Nothing that is answered depends on it.
 */
export class AskedBefore {
  private readonly slots: Uint32Array;

  /** @param slots a power of two; 65 536 slots are 256 KiB. */
  constructor(slots = 1 << 16) {
    if (!Number.isInteger(Math.log2(slots))) throw new RangeError(`slots must be a power of two, got ${slots}`);
    this.slots = new Uint32Array(slots);
  }

  /** Whether `key` was asked before this call; the ask is remembered either way. */
  ask(key: string): boolean {
    // 0 marks an empty slot, so no key hashes to it.
    const hash = fnv1a(key) || 1;
    const slot = hash & (this.slots.length - 1);
    if (this.slots[slot] === hash) return true;
    this.slots[slot] = hash;
    return false;
  }
}

/** FNV-1a over the key's UTF-16 code units: fast, and spread well enough for a doorkeeper. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
