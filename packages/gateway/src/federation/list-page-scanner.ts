/**
 * Reads a department's list page `{ data: [ {...}, ... ], meta, links }` without building it:
 * where each record's bytes are, where the values the merge needs are (`id` and the sort field,
 * top-level members of the record), and where `meta` and `links` are. The gateway then hands the
 * records' bytes on as they came instead of parsing and re-serialising them.
 *
 * Hand-written on purpose: no JSON library reports byte ranges while validating, and the page is
 * hostile input, so the scanner checks the whole page is JSON (RFC 8259: strings and their escapes,
 * numbers, nesting, whitespace, nothing after the value) before anything in it is used. Whatever
 * it does not handle it reports as such, and the caller parses the page the ordinary way: the
 * scanner never guesses.
 *
 * A record's bytes can be handed on only when they are exactly what `JSON.stringify` writes for
 * the parsed record (`canonical`): no whitespace, no escape `JSON.stringify` would not write, numbers
 * as `JSON.stringify` writes them, no duplicate member names (`JSON.parse` keeps the last one), no
 * member name that is an array index (V8 moves those first). A record that is not canonical is
 * still located; the caller parses just its bytes.
 */
import { isUtf8 } from 'node:buffer';

/** Where a record is and where its key members' values are (`-1` when the member is absent). */
export interface ScannedRecord {
  readonly start: number;
  readonly end: number;
  /** True when `JSON.stringify(JSON.parse(bytes))` gives back the record's bytes exactly. */
  readonly canonical: boolean;
  /** The value of the record's `id` member. Only meaningful when `canonical` (no duplicates). */
  readonly idStart: number;
  readonly idEnd: number;
  /** The value of the record's sort field. Only meaningful when `canonical`. */
  readonly sortStart: number;
  readonly sortEnd: number;
}

export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

export interface ScannedListPage {
  readonly records: readonly ScannedRecord[];
  readonly meta: ByteRange | undefined;
  readonly links: ByteRange | undefined;
}

/**
 * Why a page was not scanned: it is not JSON (`invalid`), or it is JSON the scanner leaves to
 * `JSON.parse` (`unhandled`: not an object with a `data` array of objects, a top-level member
 * spelled with escapes or given twice, invalid UTF-8, nesting deeper than `MAX_DEPTH`).
 */
export type NotScanned = 'invalid' | 'unhandled';

/** Deeper than this is left to `JSON.parse` (which accepts far deeper nesting than any record has). */
const MAX_DEPTH = 256;

/** An object of a record with more names than this is not checked for duplicates but parsed. */
const MAX_COMPARED_NAMES = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;

/** A control character: never in a JSON string, only as whitespace between tokens. */
const CONTROL = /[\x00-\x1f]/;
const TRUE = Buffer.from('true');
const FALSE = Buffer.from('false');
const NULL = Buffer.from('null');
const DATA = Buffer.from('data');
const META = Buffer.from('meta');
const LINKS = Buffer.from('links');

class Stop {
  constructor(readonly reason: NotScanned) {}
}
const INVALID = new Stop('invalid');
const UNHANDLED = new Stop('unhandled');

/**
 * Scans a department's list page. `idField` and `sortField` name the record members whose value
 * ranges are wanted.
 */
export function scanListPage(body: Uint8Array, idField: string, sortField: string): ScannedListPage | NotScanned {
  // Invalid UTF-8 becomes U+FFFD when decoded: the parse path's answer, not the page's bytes.
  if (!isUtf8(body)) return 'unhandled';
  try {
    return new Scanner(body, Buffer.from(idField), Buffer.from(sortField)).page();
  } catch (error) {
    if (error instanceof Stop) return error.reason;
    throw error;
  }
}

class Scanner {
  private pos = 0;
  private depth = 0;
  /** Inside a record, whitespace, escapes and numbers decide whether its bytes are canonical. */
  private inRecord = false;
  private canonical = true;
  private idStart = -1;
  private idEnd = -1;
  private sortStart = -1;
  private sortEnd = -1;
  /**
   * Set on what the parse path must answer (`data` not an array of objects, a top-level member
   * given twice or spelled with escapes); the page is still checked to the end, so a page that is
   * not JSON is reported as `invalid` whatever it holds.
   */
  private leftToParse = false;
  /** The member names of the record's objects being scanned (see `object`). */
  private readonly names: number[] = [];

  /**
   * The page as a one-byte string, for the engine's own search: strings are most of a page, and
   * finding their closing quote with `indexOf` is many times faster than looking at every byte.
   */
  private readonly text: string;
  /** Without control characters anywhere, a string ends at its next unescaped quote. */
  private readonly controlFree: boolean;
  /** The next backslash at or after `pos` (or -1); searched again only once passed. */
  private nextBackslash = -2;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly idField: Uint8Array,
    private readonly sortField: Uint8Array,
  ) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    this.controlFree = !CONTROL.test(this.text);
  }

  page(): ScannedListPage {
    const bytes = this.bytes;
    this.whitespace();
    if (bytes[this.pos] !== OPEN_BRACE) {
      this.value();
      this.end();
      throw UNHANDLED;
    }
    let records: ScannedRecord[] | undefined;
    let meta: ByteRange | undefined;
    let links: ByteRange | undefined;
    if (!this.opened(CLOSE_BRACE)) {
      for (;;) {
        if (bytes[this.pos] !== QUOTE) throw INVALID;
        const keyStart = this.pos;
        const escaped = this.string();
        const keyEnd = this.pos;
        this.colon();
        // A member spelled with escapes may be one of these three; a repeated one means JSON.parse
        // keeps the last. Both are legal and rare: left to JSON.parse.
        if (escaped) {
          this.leftToParse = true;
          this.value();
        } else if (this.keyIs(keyStart, keyEnd, DATA)) {
          if (records) this.leftToParse = true;
          records = this.records();
        } else if (this.keyIs(keyStart, keyEnd, META)) {
          if (meta) this.leftToParse = true;
          meta = this.range();
        } else if (this.keyIs(keyStart, keyEnd, LINKS)) {
          if (links) this.leftToParse = true;
          links = this.range();
        } else {
          this.value();
        }
        if (this.afterMember(CLOSE_BRACE)) break;
      }
    }
    this.end();
    if (!records || this.leftToParse) throw UNHANDLED;
    return { records, meta, links };
  }

  /** The top-level `data` value: records are objects, anything else is left to the parse path. */
  private records(): ScannedRecord[] {
    const bytes = this.bytes;
    if (bytes[this.pos] !== OPEN_BRACKET) {
      this.value();
      this.leftToParse = true; // not an array: the parse path answers
      return [];
    }
    const records: ScannedRecord[] = [];
    if (this.opened(CLOSE_BRACKET)) return records;
    for (;;) {
      if (bytes[this.pos] !== OPEN_BRACE) {
        this.value();
        this.leftToParse = true; // an element that is not an object: the parse path answers
      } else {
        const start = this.pos;
        this.inRecord = true;
        this.canonical = true;
        this.idStart = this.idEnd = this.sortStart = this.sortEnd = -1;
        this.object(true);
        this.inRecord = false;
        const { canonical, idStart, idEnd, sortStart, sortEnd } = this;
        records.push({ start, end: this.pos, canonical, idStart, idEnd, sortStart, sortEnd });
      }
      if (this.afterMember(CLOSE_BRACKET)) break;
    }
    return records;
  }

  private range(): ByteRange {
    const start = this.pos;
    this.value();
    return { start, end: this.pos };
  }

  private value(): void {
    const c = this.bytes[this.pos];
    if (c === OPEN_BRACE) this.object(false);
    else if (c === OPEN_BRACKET) this.array();
    else if (c === QUOTE) this.string();
    else if (c === 0x74) this.literal(TRUE);
    else if (c === 0x66) this.literal(FALSE);
    else if (c === 0x6e) this.literal(NULL);
    else if (c === MINUS || (c !== undefined && c >= ZERO && c <= NINE)) this.number();
    else throw INVALID;
  }

  /** An object; `isRecord` for a record itself, whose `id` and sort field are located. */
  private object(isRecord: boolean): void {
    const bytes = this.bytes;
    if (this.opened(CLOSE_BRACE)) return;
    // Member names seen so far in this object, as [start, end) pairs of their contents from
    // `base` on in the shared stack: only tracked in records.
    const names = this.names;
    const base = names.length;
    let seen = 0;
    for (;;) {
      if (bytes[this.pos] !== QUOTE) throw INVALID;
      const keyStart = this.pos;
      const escaped = this.string();
      const keyEnd = this.pos;
      if (this.inRecord) seen = this.name(base, seen, keyStart + 1, keyEnd - 1, escaped);
      this.colon();
      const valueStart = this.pos;
      this.value();
      if (isRecord && !escaped) {
        if (this.keyIs(keyStart, keyEnd, this.idField)) {
          this.idStart = valueStart;
          this.idEnd = this.pos;
        }
        if (this.keyIs(keyStart, keyEnd, this.sortField)) {
          this.sortStart = valueStart;
          this.sortEnd = this.pos;
        }
      }
      if (this.afterMember(CLOSE_BRACE)) {
        names.length = base;
        return;
      }
    }
  }

  private array(): void {
    if (this.opened(CLOSE_BRACKET)) return;
    for (;;) {
      this.value();
      if (this.afterMember(CLOSE_BRACKET)) return;
    }
  }

  /**
   * Enters the object or array whose opening byte is at `pos`: true when it is empty, and then
   * already left (`close` read).
   */
  private opened(close: number): boolean {
    this.pos++;
    this.enter();
    this.whitespace();
    if (this.bytes[this.pos] !== close) return false;
    this.pos++;
    this.depth--;
    return true;
  }

  /**
   * After a member or element: `,` and more to come (false), or the closing byte (true, and the
   * container is left).
   */
  private afterMember(close: number): boolean {
    this.whitespace();
    const c = this.bytes[this.pos];
    if (c === COMMA) {
      this.pos++;
      this.whitespace();
      return false;
    }
    if (c !== close) throw INVALID;
    this.pos++;
    this.depth--;
    return true;
  }

  private colon(): void {
    this.whitespace();
    if (this.bytes[this.pos] !== COLON) throw INVALID;
    this.pos++;
    this.whitespace();
  }

  /**
   * Notes a record's member name; what would make `JSON.stringify` write the record otherwise: an
   * escaped name (it may equal another one once decoded), a name starting with a digit (it may be
   * an array index, which V8 lists before the other members) or a name given twice. `seen` is a
   * 32-bit filter of the object's names so far: only a name whose bit is already set is compared.
   */
  private name(base: number, seen: number, start: number, end: number, escaped: boolean): number {
    const bytes = this.bytes;
    const names = this.names;
    const length = end - start;
    const first = length > 0 ? bytes[start]! : 0;
    if (escaped || (first >= ZERO && first <= NINE)) this.canonical = false;
    // Comparing names is quadratic: a hostile object with many names is left to JSON.parse.
    if (names.length - base >= 2 * MAX_COMPARED_NAMES) {
      this.canonical = false;
      return seen;
    }
    const bit = 1 << ((length * 7 + first + (length > 0 ? bytes[end - 1]! * 3 : 0)) & 31);
    if ((seen & bit) !== 0) {
      for (let i = base; i < names.length; i += 2) {
        const otherStart = names[i]!;
        if (names[i + 1]! - otherStart !== length) continue;
        let same = true;
        for (let k = 0; k < length; k++) {
          if (bytes[start + k] !== bytes[otherStart + k]) {
            same = false;
            break;
          }
        }
        if (same) this.canonical = false;
      }
    }
    names.push(start, end);
    return seen | bit;
  }

  /** A string token; true when it holds escapes. */
  private string(): boolean {
    if (!this.controlFree) return this.stringByBytes();
    const text = this.text;
    let p = this.pos + 1;
    let escaped = false;
    for (;;) {
      const quote = text.indexOf('"', p);
      if (quote === -1) throw INVALID;
      if (this.nextBackslash !== -1 && this.nextBackslash < p) this.nextBackslash = text.indexOf('\\', p);
      const backslash = this.nextBackslash;
      if (backslash === -1 || backslash > quote) {
        this.pos = quote + 1;
        return escaped;
      }
      escaped = true;
      p = this.escape(backslash);
    }
  }

  /** The escape at `p` (a backslash); where the string goes on after it. */
  private escape(p: number): number {
    const bytes = this.bytes;
    const e = bytes[p + 1];
    if (e === 0x75) {
      // \uXXXX: JSON.stringify writes only control characters and lone surrogates this way.
      for (let k = p + 2; k < p + 6; k++) if (!isHexDigit(bytes[k])) throw INVALID;
      this.canonical = false;
      return p + 6;
    }
    if (e === QUOTE || e === BACKSLASH || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) return p + 2;
    if (e === 0x2f) {
      // \/ is JSON, but JSON.stringify writes a plain /.
      this.canonical = false;
      return p + 2;
    }
    throw INVALID;
  }

  /** A string token, byte by byte: a page with control characters (pretty-printed) may hold them in one. */
  private stringByBytes(): boolean {
    const bytes = this.bytes;
    const length = bytes.length;
    let p = this.pos + 1;
    let escaped = false;
    for (;;) {
      if (p >= length) throw INVALID;
      const c = bytes[p]!;
      if (c === QUOTE) break;
      if (c === BACKSLASH) {
        escaped = true;
        p = this.escape(p);
      } else if (c < 0x20) {
        throw INVALID;
      } else {
        p++;
      }
    }
    this.pos = p + 1;
    return escaped;
  }

  private number(): void {
    const bytes = this.bytes;
    const start = this.pos;
    let p = start;
    if (bytes[p] === MINUS) p++;
    if (bytes[p] === ZERO) p++;
    else if (isDigit(bytes[p]) && bytes[p] !== ZERO) while (isDigit(bytes[p])) p++;
    else throw INVALID;
    let integer = true;
    if (bytes[p] === DOT) {
      p++;
      if (!isDigit(bytes[p])) throw INVALID;
      while (isDigit(bytes[p])) p++;
      integer = false;
    }
    if (bytes[p] === 0x65 || bytes[p] === 0x45) {
      p++;
      if (bytes[p] === PLUS || bytes[p] === MINUS) p++;
      if (!isDigit(bytes[p])) throw INVALID;
      while (isDigit(bytes[p])) p++;
      integer = false;
    }
    this.pos = p;
    if (!this.inRecord) return;
    // Up to 15 digits an integer is exact and written back as it came; `-0` is written `0`.
    const short = integer && p - start <= 15 && !(bytes[start] === MINUS && bytes[start + 1] === ZERO);
    if (!short) {
      const text = this.text.slice(start, p);
      if (String(Number(text)) !== text) this.canonical = false;
    }
  }

  private literal(word: Uint8Array): void {
    const bytes = this.bytes;
    for (let k = 0; k < word.length; k++) if (bytes[this.pos + k] !== word[k]) throw INVALID;
    this.pos += word.length;
  }

  private whitespace(): void {
    const bytes = this.bytes;
    let p = this.pos;
    // Most pages have none: one comparison, no loop.
    if (bytes[p]! > 0x20) return;
    for (;;) {
      const c = bytes[p];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) p++;
      else break;
    }
    if (p !== this.pos) {
      if (this.inRecord) this.canonical = false;
      this.pos = p;
    }
  }

  /** Nothing but whitespace after the page's value. */
  private end(): void {
    this.whitespace();
    if (this.pos !== this.bytes.length) throw INVALID;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw UNHANDLED;
  }

  /** Whether the string token at [start, end) is `"name"` written without escapes. */
  private keyIs(start: number, end: number, name: Uint8Array): boolean {
    if (end - start - 2 !== name.length) return false;
    const bytes = this.bytes;
    for (let k = 0; k < name.length; k++) if (bytes[start + 1 + k] !== name[k]) return false;
    return true;
  }
}

function isDigit(c: number | undefined): boolean {
  return c !== undefined && c >= ZERO && c <= NINE;
}

function isHexDigit(c: number | undefined): boolean {
  return c !== undefined && ((c >= ZERO && c <= NINE) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66));
}
