import { describe, expect, it } from 'vitest'
import { runAvp } from '../test-support.ts'
import { parsePort } from './serve.ts'

describe('avp serve', () => {
  it('lists --port and --data in its help, in English and Chinese', async () => {
    const english = await runAvp(['serve', '--help'])
    expect(english.exitCode).toBe(0)
    expect(english.stdout).toContain('--port <port>')
    expect(english.stdout).toContain('--data <folder>')
    const chinese = await runAvp(['serve', '--help', '--lang', 'zh'])
    expect(chinese.stdout).toContain('端口')
  })

  it('exits 2 for a port that is not a number from 0 to 65535', async () => {
    expect((await runAvp(['serve', '--port', 'eighty'])).exitCode).toBe(2)
    expect((await runAvp(['serve', '--port', '70000'])).exitCode).toBe(2)
  })
})

describe('parsePort', () => {
  it('returns the number for 0, 8080 and 65535', () => {
    expect([parsePort('0'), parsePort('8080'), parsePort('65535')]).toEqual([0, 8080, 65535])
  })
})
