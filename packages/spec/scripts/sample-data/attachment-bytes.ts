import { createHash } from 'node:crypto';

// Attachments are small real files, so their size and sha256 can be checked.

export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** The bytes behind every attachment URL, kept for `--attachments`. */
export type AttachmentFiles = Map<string, Buffer>;

/** A one-page PDF 1.4 with the title in its document properties (UTF-16) and ASCII lines on the page. */
export function pdfOf(title: string, lines: string[]): Buffer {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
  const stream = ['BT', '/F1 11 Tf', '14 TL', '72 780 Td', ...lines.map((line) => `(${escape(line)}) '`), 'ET'].join('\n');
  const titleHex = `FEFF${Buffer.from(title, 'utf16le').swap16().toString('hex').toUpperCase()}`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title <${titleHex}> /Producer (Gongkai sample data) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A UTF-8 CSV with a byte-order mark (what spreadsheet software in China expects). */
export const csvOf = (rows: string[][]): Buffer =>
  Buffer.from(
    `\uFEFF${rows.map((row) => row.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(',')).join('\r\n')}\r\n`,
    'utf8',
  );
