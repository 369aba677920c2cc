/**
 * Bytes of a DDL export → text. Exports come as UTF-8 (with or without BOM), UTF-16 from SSMS
 * "Generate Scripts", or legacy single-byte files (Oracle's oe_p_cus.sql is Latin-1). Line ends are
 * normalised to LF so statement line numbers match what an editor shows.
 */
import { UsageError } from '../errors.js';
import type { CatalogNote } from '../model/catalog.js';

export type DdlEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedDdl {
  readonly text: string;
  readonly encoding: DdlEncoding;
  /** Set when the file was not valid UTF-8 and was read as windows-1252. */
  readonly note: CatalogNote | null;
}

function unreadable(file: string, why: string): UsageError {
  return new UsageError('E_DDL_ENCODING', `${file}: cannot read as SQL text (${why})`, {
    hint: 'pass a plain-text SQL export (UTF-8, UTF-16 with BOM, or Latin-1); compressed or binary dumps must be unpacked or exported as a script first',
  });
}

function swapBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** UTF-16 without a BOM: ASCII-heavy SQL has a zero in every other byte. */
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Control characters other than tab/LF/FF/CR mean this is not a script. */
function looksBinary(text: string): boolean {
  const limit = Math.min(text.length, 65536);
  let control = 0;
  for (let i = 0; i < limit; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 9 || (code > 13 && code < 32) || code === 127) && code !== 26) control += 1;
  }
  return control > Math.max(2, limit / 200);
}

function normaliseLineEnds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string {
  const body = bytes.subarray(skip);
  const le = encoding === 'utf-16le' ? body : swapBytes(body);
  return new TextDecoder('utf-16le').decode(le);
}

export function decodeDdlBytes(bytes: Uint8Array, file: string): DecodedDdl {
  let text: string;
  let encoding: DdlEncoding;
  let note: CatalogNote | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeUtf16(bytes, encoding, 2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeUtf16(bytes, encoding, 2);
  } else {
    const bomless = guessBomlessUtf16(bytes);
    if (bomless !== null) {
      encoding = bomless;
      text = decodeUtf16(bytes, bomless, 0);
    } else {
      const skip = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(skip));
        encoding = 'utf-8';
      } catch {
        text = new TextDecoder('windows-1252').decode(bytes);
        encoding = 'windows-1252';
        note = {
          rule: 'ddl-encoding-fallback',
          severity: 'info',
          object: file,
          message: `${file} is not valid UTF-8; read as windows-1252 (Latin-1)`,
          hint: 'if names or defaults look wrong, re-export the script as UTF-8',
        };
      }
    }
  }
  if (looksBinary(text)) throw unreadable(file, 'binary content');
  return { text: normaliseLineEnds(text), encoding, note };
}
