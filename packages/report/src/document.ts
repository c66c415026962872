/**
 * @module document
 * A report as format-neutral blocks. The content is decided once here (in `build-report.ts`); the
 * Markdown and HTML writers only lay the blocks out.
 */

export interface ChartBlock {
  readonly kind: 'chart'
  readonly title: string
  /** Inline SVG; HTML embeds it. */
  readonly svg: string
  /** The same data as a table, for Markdown and for screen readers. */
  readonly table: TableBlock
}

export interface TableBlock {
  readonly kind: 'table'
  readonly header: readonly string[]
  readonly rows: ReadonlyArray<readonly string[]>
  /** Columns holding numbers, right-aligned. */
  readonly numericColumns?: readonly number[]
}

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | {
      readonly kind: 'figures'
      readonly items: ReadonlyArray<{ readonly label: string; readonly value: string }>
    }
  | {
      readonly kind: 'callout'
      readonly level: 'amber' | 'red'
      readonly title: string
      readonly lines: readonly string[]
    }
  | TableBlock
  | ChartBlock

export interface ReportDocument {
  readonly language: 'en' | 'zh-CN'
  readonly title: string
  readonly blocks: readonly Block[]
}
