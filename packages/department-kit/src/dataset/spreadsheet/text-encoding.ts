import iconv from 'iconv-lite';
import jschardet from 'jschardet';

/** The text of a file and the encoding it was read with. */
export interface DecodedText {
  readonly text: string;
  /** The encoding used, as people name it: `UTF-8`, `UTF-8 with BOM`, `GB18030`, `UTF-16LE`… */
  readonly encoding: string;
  /** Whether the encoding was detected (`false`: the caller forced it). */
  readonly detected: boolean;
}

/** A file that cannot be read as text in the encoding chosen; `line` is where the first bad byte sits. */
export class TextDecodingError extends Error {
  override readonly name = 'TextDecodingError';

  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

/** Whether `--encoding NAME` names an encoding the decoder knows. */
export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Uint8Array): boolean {
  try {
    strictUtf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * GB2312 and GBK are subsets of GB18030 (the national standard, what Excel on Chinese Windows
 * writes as "ANSI"): reading their bytes as GB18030 gives the same characters, and the rare ones
 * outside GBK too.
 */
function superset(name: string): string {
  if (/^(gb2312|gbk|gb18030|cp936|euc-cn)$/i.test(name)) return 'GB18030';
  return name.toUpperCase().replace(/^UTF-?(8|16|32)-?(LE|BE)?$/, (_, bits: string, order = '') => `UTF-${bits}${order}`);
}

/**
 * The encoding of a file, detected: bytes that are valid UTF-8 are UTF-8 (a decoder's verdict, not
 * a guess, and right for ASCII too); anything else is what the detector (jschardet, the port of
 * Mozilla's universal charset detector) ranks first — GB18030 for what Excel saves on Chinese
 * Windows, UTF-16 for "Unicode text".
 */
function detect(bytes: Uint8Array): { encoding: string; label: string } | undefined {
  if (isUtf8(bytes)) {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { encoding: 'utf-8', label: bom ? 'UTF-8 with BOM' : 'UTF-8' };
  }
  const guess = jschardet.detect(bytes);
  if (!guess.encoding || !iconv.encodingExists(guess.encoding)) return undefined;
  const name = superset(guess.encoding);
  return { encoding: name, label: name };
}

/** The line (from 1) of the first character the decoder could not read (U+FFFD, the replacement character). */
function firstBadLine(text: string): number | undefined {
  const at = text.indexOf('\uFFFD');
  if (at < 0) return undefined;
  let line = 1;
  for (let i = 0; i < at; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Decodes a text file: the encoding is detected unless `forced`; a byte order mark is dropped.
 * Input the encoding cannot read is refused with the line of the first bad byte, never stored as
 * mojibake.
 */
export function decodeText(bytes: Uint8Array, forced?: string): DecodedText {
  const chosen = forced !== undefined ? { encoding: forced, label: superset(forced) } : detect(bytes);
  if (!chosen)
    throw new TextDecodingError(
      'cannot tell which encoding the file is in: save it as "CSV UTF-8" in Excel, or name the encoding with --encoding (e.g. --encoding gb18030)',
    );
  if (!iconv.encodingExists(chosen.encoding))
    throw new TextDecodingError(`--encoding ${chosen.encoding} is not an encoding this tool knows (e.g. utf-8, gb18030, gbk, utf-16le)`);
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), chosen.encoding);
  const line = firstBadLine(text);
  if (line !== undefined && chosen.encoding === 'utf-8' && forced === undefined)
    throw new TextDecodingError(
      `line ${line} holds "\uFFFD", the replacement character an earlier conversion with the wrong encoding leaves behind; type the text there again from the original document`,
      line,
    );
  if (line !== undefined)
    throw new TextDecodingError(
      `line ${line} holds bytes that are not ${chosen.label} text${forced !== undefined ? '' : ' (the encoding detected)'}; ` +
        'check the file there, save it again as "CSV UTF-8", or name its encoding with --encoding',
      line,
    );
  return { text, encoding: chosen.label, detected: forced === undefined };
}
