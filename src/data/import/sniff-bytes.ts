export type FileKind = 'empty' | 'text' | 'zip' | 'ods' | 'cfb-encrypted' | 'cfb' | 'pdf' | 'binary';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  return sig.every((b, i) => bytes[at + i] === b);
}

function containsUtf16(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i + text.length * 2 <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 0; j < text.length; j++) if (bytes[i + 2 * j] !== text.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    return true;
  }
  return false;
}

/**
 * Looks at the content, not the name: an .xlsx renamed .csv is still a workbook, a PDF renamed .csv is not a
 * table. The first 64 KB are enough, except for an OLE2 file, whose directory can be anywhere.
 */
export function sniffBytes(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    // OpenDocument stores an uncompressed "mimetype" entry first.
    const head = new TextDecoder('latin1').decode(bytes.subarray(30, 120));
    return head.startsWith('mimetype') && head.includes('opendocument.spreadsheet') ? 'ods' : 'zip';
  }
  // OLE2 compound file: Excel 97–2003 (.xls), or an .xlsx encrypted with a password.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return containsUtf16(bytes, 'EncryptionInfo') ? 'cfb-encrypted' : 'cfb';
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  // Text files have no control bytes below the tab.
  return sample.some((b) => b < 9) ? 'binary' : 'text';
}

/** UTF-8 (with or without BOM) or UTF-16 (Excel's "Unicode text"); anything else as Windows-1252. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
