import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { languageFrom } from './program.ts'
import { exampleTemplates } from './templates/index.ts'
import { runAvp, temporaryFolder } from './test-support.ts'

const examplesFolder = new URL('../../../examples/', import.meta.url)
const example = (name: string) => new URL(`${name}.yaml`, examplesFolder).pathname

describe('avp init', () => {
  for (const lang of ['en', 'zh']) {
    it(`writes a starter plan that avp check accepts (--lang ${lang})`, async () => {
      const file = join(temporaryFolder(), 'plan.yaml')
      const init = await runAvp(['init', file, '--lang', lang])
      expect(init.exitCode).toBe(0)
      const check = await runAvp(['check', file, '--lang', lang])
      expect(check.stderr).toBe('')
      expect(check.exitCode).toBe(0)
    })
  }

  it('writes the comments in Chinese with --lang zh', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    await runAvp(['init', file, '--lang', 'zh'])
    expect(readFileSync(file, 'utf8')).toContain('# 按职能划分的团队')
  })

  for (const template of exampleTemplates) {
    it(`writes the ${template} example, which avp check accepts`, async () => {
      const file = join(temporaryFolder(), 'plan.yaml')
      expect((await runAvp(['init', '--template', template, file])).exitCode).toBe(0)
      expect((await runAvp(['check', file])).exitCode).toBe(0)
    })
  }

  it('refuses to overwrite a file without --force', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    writeFileSync(file, 'mine')
    const run = await runAvp(['init', file])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('already exists')
    expect(readFileSync(file, 'utf8')).toBe('mine')
    expect((await runAvp(['init', '--force', file])).exitCode).toBe(0)
  })

  it('names the templates when given an unknown one', async () => {
    const run = await runAvp(['init', '--template', 'robotics', join(temporaryFolder(), 'x.yaml')])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('starter, llm-api-cn-eu, medical-imaging, speech-hardware')
  })
})

describe('avp check', () => {
  for (const name of exampleTemplates) {
    it(`exits 0 on the ${name} example`, async () => {
      const run = await runAvp(['check', example(name)])
      expect(run.stderr).toBe('')
      expect(run.exitCode).toBe(0)
    })
  }

  it('reports all three mistakes with path and line:column, and exits 2', async () => {
    const text = readFileSync(example('llm-api-cn-eu'), 'utf8')
      .replace('gpus: 512', 'gpus: -8')
      .replace('stage: series-a', 'stag: series-a')
      .replace('horizonMonths: 60', 'horizonMonths: 6')
    const file = join(temporaryFolder(), 'plan.yaml')
    writeFileSync(file, text)
    const run = await runAvp(['check', file])
    expect(run.exitCode).toBe(2)
    const lines = run.stderr.trim().split('\n')
    expect(lines[0]).toBe(`${file} has 3 problem(s):`)
    const lineOf = (needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1
    expect(lines.slice(1)).toEqual([
      `  company.stag: unknown key "stag"; did you mean "stage"? (plan.yaml:${lineOf('stag: series-a')}:3)`,
      `  models[0].training.gpus: expected a positive integer, got -8 (plan.yaml:${lineOf('gpus: -8')}:13)`,
      `  finance.horizonMonths: expected a whole number of months from 12 to 120, got 6 (plan.yaml:${lineOf('horizonMonths: 6')}:18)`,
    ])
  })

  it('reports the same mistakes in Chinese', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    writeFileSync(file, readFileSync(example('llm-api-cn-eu'), 'utf8').replace('gpus: 512', 'gpus: -8'))
    const run = await runAvp(['check', file, '--lang', 'zh'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('models[0].training.gpus: 应为正整数，实际为 -8 (plan.yaml:')
  })

  it('names an unknown GPU at its line, in Chinese, with the closest id', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    writeFileSync(
      file,
      readFileSync(example('llm-api-cn-eu'), 'utf8').replace(
        'gpu: h800\n      gpus: 512',
        'gpu: h80\n      gpus: 512',
      ),
    )
    const run = await runAvp(['check', file, '--lang', 'zh'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /models\[0\]\.training\.gpu: 未知的 GPU "h80"；是否想写 "h800"？ \(plan\.yaml:\d+:\d+\)/,
    )
  })

  it('exits 1 and names the contingency plan when an indicator is red', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    writeFileSync(
      file,
      readFileSync(example('llm-api-cn-eu'), 'utf8').replace('cashUsd: 21500000', 'cashUsd: 3000000'),
    )
    const run = await runAvp(['check', file])
    expect(run.exitCode).toBe(1)
    expect(run.stdout).toContain('✗ red')
    expect(run.stdout).toContain('Freeze hiring')
    expect(run.stderr).toContain('1 indicator(s) are red')
  })

  it('locates an indicator naming an unknown figure and suggests the right one', async () => {
    const file = join(temporaryFolder(), 'plan.yaml')
    const text = readFileSync(example('llm-api-cn-eu'), 'utf8').replace(
      'value: team.keyPersonShare * 100',
      'value: team.keyPeopleShare * 100',
    )
    writeFileSync(file, text)
    const run = await runAvp(['check', file])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /risks\.indicators\[1\]\.value: unknown figure 'team\.keyPeopleShare'.*team\.keyPersonShare/,
    )
    expect(run.stderr).toMatch(/\(plan\.yaml:\d+:14\)/)
  })

  it('explains a missing file without a stack trace', async () => {
    const run = await runAvp(['check', '/nonexistent/plan.yaml'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toBe('cannot read /nonexistent/plan.yaml: no such file\n')
  })

  it('prints indicators as JSON with --json', async () => {
    const run = await runAvp(['check', example('llm-api-cn-eu'), '--json'])
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true })
  })
})

describe('avp analyze', () => {
  it('prints the analysis as JSON', async () => {
    const run = await runAvp(['analyze', example('llm-api-cn-eu'), '--json'])
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout).team.headcount).toBe(31)
  })
  it('prints a readable summary in Chinese', async () => {
    const run = await runAvp(['analyze', example('llm-api-cn-eu'), '--lang', 'zh'])
    expect(run.stdout).toContain('# Qiming Intelligence：创业规划报告')
  })
})

describe('avp report', () => {
  it('writes an HTML and a Markdown report', async () => {
    const folder = temporaryFolder()
    for (const name of ['report.html', 'report.md']) {
      const run = await runAvp(['report', example('llm-api-cn-eu'), '--out', join(folder, name)])
      expect(run.exitCode).toBe(0)
    }
    expect(readFileSync(join(folder, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/)
    expect(readFileSync(join(folder, 'report.md'), 'utf8')).toMatch(/^# Qiming Intelligence/)
  })
  it('refuses an output file that is neither .md nor .html', async () => {
    const run = await runAvp(['report', example('llm-api-cn-eu'), '--out', 'report.pdf'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('must end in .md or .html')
  })
})

describe('help and options', () => {
  it('shows help with examples on every command and exits 0', async () => {
    for (const command of ['init', 'check', 'analyze', 'report']) {
      const run = await runAvp([command, '--help'])
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain('Examples:')
    }
  })
  it('shows help in Chinese', async () => {
    const run = await runAvp(['check', '--help', '--lang', 'zh'])
    expect(run.stdout).toContain('校验计划')
    expect(run.stdout).toContain('用法：')
    expect(run.stdout).toContain('显示命令帮助')
  })
  it('exits 2 on an unknown option', async () => {
    const run = await runAvp(['check', 'x.yaml', '--frobnicate'])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('unknown option')
  })
})

describe('languageFrom', () => {
  it('prefers --lang, then AVP_LANG, then LANG', () => {
    expect(languageFrom(['--lang=zh'], {})).toBe('zh-CN')
    expect(languageFrom([], { AVP_LANG: 'zh', LANG: 'en_US.UTF-8' })).toBe('zh-CN')
    expect(languageFrom([], { LANG: 'zh_CN.UTF-8' })).toBe('zh-CN')
    expect(languageFrom([], {})).toBe('en')
  })
})
