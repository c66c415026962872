/**
 * @module password
 * Password hashing with scrypt from `node:crypto` (no native addon). The parameters travel inside the
 * stored hash, so the cost can rise later without breaking existing accounts.
 */
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto'

const keyLength = 64
const defaultCost = 2 ** 15

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    )
  })
}

/**
 * Hashes a password as `scrypt$N$r$p$salt$key` (base64) with a fresh 16-byte salt; N=2^15, r=8, p=1
 * by default (OWASP's scrypt minimum is N=2^17 with p=1 or N=2^15 with more memory; this is the
 * cost STACK.md verified here, about 50 ms).
 * @example
 * (await hashPassword('correct horse battery')).startsWith('scrypt$32768$8$1$') //=> true
 */
export async function hashPassword(password: string, cost = defaultCost): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, { N: cost, r: 8, p: 1, maxmem: 64 * 1024 * 1024 })
  return ['scrypt', cost, 8, 1, salt.toString('base64'), key.toString('base64')].join('$')
}

/**
 * Whether `password` matches the stored hash (constant-time comparison).
 * @example
 * await verifyPassword('wrong', await hashPassword('right')) //=> false
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
