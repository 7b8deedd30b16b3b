// Standard base64 (RFC 4648, with padding) for evidence files inside the JSON export. Written here because
// shared/ may use neither Node's Buffer nor the DOM's btoa, and exports must read the same everywhere.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUES = new Map([...ALPHABET].map((char, index) => [char.charCodeAt(0), index]));
const CANONICAL = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  // Built in slices: one string per byte would make a 25 MB file a 25-million-element array.
  const SLICE = 3 * 8192;
  for (let start = 0; start < bytes.length; start += SLICE) {
    const end = Math.min(start + SLICE, bytes.length);
    let out = '';
    for (let i = start; i < end; i += 3) {
      const a = bytes[i] ?? 0;
      const b = bytes[i + 1] ?? 0;
      const c = bytes[i + 2] ?? 0;
      const triple = (a << 16) | (b << 8) | c;
      out += ALPHABET[(triple >> 18) & 63];
      out += ALPHABET[(triple >> 12) & 63];
      out += i + 1 < end ? ALPHABET[(triple >> 6) & 63] : '=';
      out += i + 2 < end ? ALPHABET[triple & 63] : '=';
    }
    parts.push(out);
  }
  return parts.join('');
}

/** Whether `text` is base64 exactly as bytesToBase64 writes it (no spaces, line breaks or missing padding). */
export function isCanonicalBase64(text: string): boolean {
  return text.length % 4 === 0 && CANONICAL.test(text);
}

/** Decodes canonical base64; undefined for anything else, so the caller can say where the bad text is. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (!isCanonicalBase64(text)) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const value = (k: number) => VALUES.get(text.charCodeAt(i + k)) ?? 0;
    const triple = (value(0) << 18) | (value(1) << 12) | (value(2) << 6) | value(3);
    if (o < bytes.length) bytes[o++] = (triple >> 16) & 255;
    if (o < bytes.length) bytes[o++] = (triple >> 8) & 255;
    if (o < bytes.length) bytes[o++] = triple & 255;
  }
  return bytes;
}
