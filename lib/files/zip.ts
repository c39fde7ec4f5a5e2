import { Inflate } from 'fflate';
import { FileError, MESSAGES } from './errors';

/**
 * Just enough of ZIP to take one part out of a .docx, bounded against hostile files: the central
 * directory is read by hand (entry count capped) and the part is inflated in small chunks whose
 * output is counted, so a zip bomb stops at the cap instead of filling memory, whatever sizes
 * its headers claim.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const MAX_ENTRIES = 5000; // Word writes a few dozen parts
const CHUNK = 16 * 1024; // compressed bytes per push: at most ~16 MB out before the cap is checked

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

export const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 3 && b[3] === 4;

/** The central directory's entries; a truncated or damaged archive throws FileError. */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65557; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new FileError(MESSAGES.brokenZip);
  const count = u16(bytes, end + 10);
  if (count > MAX_ENTRIES) throw new FileError(MESSAGES.tooLarge);
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let p = u32(bytes, end + 16);
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new FileError(MESSAGES.brokenZip);
    const nameLen = u16(bytes, p + 28);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/\\/g, '/').replace(/^\//, ''),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
    };
    entries.set(entry.name, entry);
    p += 46 + nameLen + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

/** One entry's bytes, inflated up to `maxBytes` (more throws FileError: too large). */
export function readEntry(bytes: Uint8Array, e: ZipEntry, maxBytes: number): Uint8Array {
  if (e.flags & 1) throw new FileError(MESSAGES.encrypted);
  const h = e.offset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new FileError(MESSAGES.brokenZip);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (data.length < e.compressedSize || e.compressedSize === 0xffffffff) throw new FileError(MESSAGES.brokenZip);
  if (e.method === 0) {
    if (data.length > maxBytes) throw new FileError(MESSAGES.tooLarge);
    return data;
  }
  if (e.method !== 8) throw new FileError(MESSAGES.brokenZip);
  const parts: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxBytes) throw new FileError(MESSAGES.tooLarge);
    parts.push(chunk);
    done ||= final;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    if (!data.length) inflate.push(data, true);
  } catch (err) {
    if (err instanceof FileError) throw err;
    throw new FileError(MESSAGES.brokenZip); // fflate's "invalid block type", "unexpected EOF" …
  }
  if (!done) throw new FileError(MESSAGES.brokenZip);
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) out.set(part, at), (at += part.length);
  return out;
}
