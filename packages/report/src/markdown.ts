/**
 * @module markdown
 * Writes a report document as GitHub-flavoured Markdown. Charts become their data tables.
 */
import type { Block, ReportDocument, TableBlock } from './document.ts'
import { escapeMarkdown } from './escape.ts'

function table(block: TableBlock): string[] {
  if (block.header.length === 0) return []
  const numeric = new Set(block.numericColumns ?? [])
  const row = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`
  return [
    row(block.header),
    `|${block.header.map((_, index) => (numeric.has(index) ? ' ---: ' : ' --- ')).join('|')}|`,
    ...block.rows.map(row),
  ]
}

function blockLines(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
      return [`${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`]
    case 'paragraph':
      return [escapeMarkdown(block.text)]
    case 'list':
      return block.items.map((item) => `- ${escapeMarkdown(item)}`)
    case 'figures':
      return block.items.map((item) => `- **${escapeMarkdown(item.label)}:** ${escapeMarkdown(item.value)}`)
    case 'callout':
      return [
        `> **${block.level === 'red' ? '🔴' : '🟠'} ${escapeMarkdown(block.title)}**`,
        ...block.lines.map((line) => `> ${escapeMarkdown(line)}`),
      ]
    case 'table':
      return table(block)
    case 'chart':
      return [
        `**${escapeMarkdown(block.title)}**`,
        ...(block.table.header.length > 0 ? ['', ...table(block.table)] : []),
      ]
  }
}

/** The report as Markdown text, ending with a newline. */
export function renderMarkdown(document: ReportDocument): string {
  const sections = [
    `# ${escapeMarkdown(document.title)}`,
    ...document.blocks.map((block) => blockLines(block).join('\n')),
  ]
  return `${sections.join('\n\n')}\n`
}
