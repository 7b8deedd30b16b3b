// The few web-standard globals shared/ relies on. Node 20, browsers and workers all
// provide them, so shared/ needs neither the DOM nor Node type libraries.
declare global {
  interface Crypto {
    randomUUID(): string;
    readonly subtle: {
      digest(algorithm: 'SHA-256', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
    };
  }
  var crypto: Crypto;
  class TextEncoder {
    encode(input?: string): Uint8Array;
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean });
    decode(input?: ArrayBufferView | ArrayBuffer): string;
  }
  function setTimeout(handler: () => void, timeout?: number): unknown;
  function clearTimeout(id: unknown): void;
}
export {};
