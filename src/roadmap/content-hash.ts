/**
 * A content fingerprint for the parsed-tree cache: two independent 53-bit hashes (cyrb53) and the
 * length. Not cryptographic, and need not be: it only tells "this markdown was parsed before", and
 * computing it costs microseconds where loading node:crypto costs milliseconds on every command.
 */
export function contentHash(bytes: Uint8Array): string {
  return `${bytes.length.toString(36)}-${cyrb53(bytes, 0x9e3779b9).toString(36)}-${cyrb53(bytes, 0x85ebca6b).toString(36)}`;
}

function cyrb53(bytes: Uint8Array, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
