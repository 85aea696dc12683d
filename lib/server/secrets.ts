import 'server-only';
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '@/lib/class/contract';

/** A fresh join code: `JOIN_CODE_LENGTH` characters drawn uniformly from the unambiguous alphabet. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) {
    code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  }
  return code;
}

/** A fresh secret or token: 256 random bits, base64url (43 characters). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret or token: SHA-256, hex. The plain value is never stored. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * Whether `secret` hashes to `storedHash`, compared in constant time (both are SHA-256 hex,
 * so equal length). An empty secret never matches.
 */
export function secretMatches(secret: string | null | undefined, storedHash: string): boolean {
  if (!secret) return false;
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
