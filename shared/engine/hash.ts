// SHA-256 as lowercase hex, synchronous so commands can hash inside their transaction.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

export function sha256OfText(text: string): string {
  return sha256Hex(new TextEncoder().encode(text));
}
