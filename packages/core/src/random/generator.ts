/**
 * @module random/generator
 * The seeded generator every random draw in core goes through: sfc32 (Chris Doty-Humphrey's "small fast
 * chaotic" generator from PractRand; 128 bits of state, passes PractRand and BigCrush) seeded by splitmix32.
 *
 * A stream is named by a seed and a stream number (the chunk index of a simulation). Both are hashed into
 * the state rather than added (`seed + chunkIndex`), so seed 1's chunk 1 is not seed 2's chunk 0 and two
 * runs with neighbouring seeds share no chunks.
 */
import { UserError } from '../errors.ts'

/** A source of uniform draws, and of standard normals (the ziggurat's tables sit beside the generator). */
export interface Random {
  /** A uniform draw in the open interval (0, 1), with 32 bits of resolution. Never 0, never 1. */
  next(): number
  /** A uniform 32-bit unsigned integer. */
  nextUint32(): number
  /** A standard normal draw (mean 0, standard deviation 1). */
  normal(): number
}

const twoToThe32 = 4_294_967_296

/**
 * The murmur3 32-bit finaliser: a bijection on 32-bit integers that spreads each input bit over the output.
 * @example
 * mix32(0) //=> 0
 */
export function mix32(value: number): number {
  let z = value | 0
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/**
 * splitmix32: a Weyl sequence (step: the golden ratio × 2³²) passed through `mix32`. Each call returns the
 * next 32-bit output; used only to turn a seed into well-spread generator state.
 * @example
 * const words = splitmix32(42); words() === splitmix32(42)() //=> true
 */
export function splitmix32(seed: number): () => number {
  let state = seed | 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    return mix32(state)
  }
}

/** Splits a seed into 32-bit words, refusing what would silently lose bits. */
function seedWords(seed: number, name: string): [number, number] {
  if (!Number.isSafeInteger(seed) || seed < 0) {
    const message = `${name} must be a whole number from 0 to 2^53 - 1, got ${seed}`
    throw new UserError('invalid_seed', message, [
      { code: 'invalid_seed', path: [name], message, params: { received: String(seed) } },
    ])
  }
  return [seed >>> 0, Math.floor(seed / twoToThe32) >>> 0]
}

/**
 * Tables of the 128-layer ziggurat for the standard normal (Marsaglia & Tsang, "The Ziggurat Method for
 * Generating Random Variables", Journal of Statistical Software 5(8), 2000): `r` is where the base layer meets
 * the tail and `v` the area of each layer. Scaled for a 24-bit position.
 */
const zigguratTailStart = 3.442619855899
const zigguratLayerArea = 9.91256303526217e-3
const zigguratWidth = new Float64Array(128)
const zigguratAccept = new Float64Array(128)
const zigguratHeight = new Float64Array(128)
{
  const positions = 2 ** 24
  let edge = zigguratTailStart
  const baseWidth = zigguratLayerArea / Math.exp(-0.5 * edge * edge)
  zigguratAccept[0] = (edge / baseWidth) * positions
  zigguratAccept[1] = 0
  zigguratWidth[0] = baseWidth / positions
  zigguratWidth[127] = edge / positions
  zigguratHeight[0] = 1
  zigguratHeight[127] = Math.exp(-0.5 * edge * edge)
  for (let layer = 126; layer >= 1; layer--) {
    const inner = Math.sqrt(-2 * Math.log(zigguratLayerArea / edge + Math.exp(-0.5 * edge * edge)))
    zigguratAccept[layer + 1] = (inner / edge) * positions
    edge = inner
    zigguratHeight[layer] = Math.exp(-0.5 * edge * edge)
    zigguratWidth[layer] = edge / positions
  }
}

/** sfc32 state in four 32-bit words; a class because the state is exactly what lives here. */
class Sfc32 implements Random {
  private a: number
  private b: number
  private c: number
  private counter: number

  constructor(a: number, b: number, c: number) {
    this.a = a | 0
    this.b = b | 0
    this.c = c | 0
    this.counter = 1
    // The recommended warm-up: the first outputs of a fresh state are still correlated with the seed.
    for (let round = 0; round < 12; round++) this.nextUint32()
  }

  nextUint32(): number {
    const sum = (((this.a + this.b) | 0) + this.counter) | 0
    this.counter = (this.counter + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + sum) | 0
    return sum >>> 0
  }

  next(): number {
    // The half-step keeps draws off both ends, so `Math.log(random.next())` is always finite.
    return (this.nextUint32() + 0.5) / twoToThe32
  }

  normal(): number {
    // Ziggurat: 99 % of draws cost one 32-bit word, a multiply and a compare. The word's bits are split —
    // low 7 pick the layer, bit 8 the sign, the top 24 the position — so no bit serves twice (Doornik, "An
    // Improved Ziggurat Method", 2005, notes that reusing the layer bits in the value correlates the two).
    for (;;) {
      const word = this.nextUint32()
      const layer = word & 127
      const position = word >>> 8
      const sign = word & 128 ? -1 : 1
      const x = position * zigguratWidth[layer]!
      if (position < zigguratAccept[layer]!) return sign * x
      if (layer === 0) return sign * this.normalTail()
      const top = zigguratHeight[layer - 1]!
      const bottom = zigguratHeight[layer]!
      if (bottom + this.next() * (top - bottom) < Math.exp(-0.5 * x * x)) return sign * x
    }
  }

  /** A draw from the normal tail beyond the base layer's edge (Marsaglia 1964). */
  private normalTail(): number {
    for (;;) {
      const x = -Math.log(this.next()) / zigguratTailStart
      const y = -Math.log(this.next())
      if (y + y >= x * x) return zigguratTailStart + x
    }
  }
}

/**
 * A generator for `seed` (0 to 2⁵³ − 1; 64-bit seeds must be reduced to that first) and `stream` (e.g. a
 * chunk index). Same pair, same sequence, in Node and in every browser.
 * @example
 * createRandom(7).nextUint32() === createRandom(7).nextUint32() //=> true
 * createRandom(7, 1).next() === createRandom(7, 0).next() //=> false
 */
export function createRandom(seed: number, stream = 0): Random {
  const [seedLow, seedHigh] = seedWords(seed, 'seed')
  const [streamLow, streamHigh] = seedWords(stream, 'stream')
  // Two independent splitmix sequences, one keyed by the seed and one by the stream, XORed word by word.
  const fromSeed = splitmix32(seedLow ^ mix32(seedHigh ^ 0x5bd1e995))
  const fromStream = splitmix32(mix32(streamLow ^ 0x27d4eb2f) ^ mix32(streamHigh ^ 0x165667b1))
  return new Sfc32(fromSeed() ^ fromStream(), fromSeed() ^ fromStream(), fromSeed() ^ fromStream())
}
