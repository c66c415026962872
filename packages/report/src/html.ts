/**
 * @module html
 * Writes a report document as one self-contained HTML file: inline CSS, inline SVG charts, no scripts and
 * no external resources, so it opens offline and can be mailed or printed as it is.
 */
import { translate } from '@avp/core'
import type { Block, ReportDocument, TableBlock } from './document.ts'
import { escapeHtml } from './escape.ts'

const styles = `
body{font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;max-width:980px;margin:2rem auto;padding:0 1rem;color:#1d2733;line-height:1.5}
h1{font-size:1.8rem;border-bottom:3px solid #2f6fb3;padding-bottom:.3rem}h2{margin-top:2.2rem;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:1rem 0;width:100%}th,td{border:1px solid #d0d7de;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f6f9}td.num{text-align:right;font-variant-numeric:tabular-nums}
dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:.6rem}
dl.figures div{background:#f3f6f9;border-radius:6px;padding:.6rem .8rem}dt{font-size:.8rem;color:#57606a}dd{margin:0;font-size:1.15rem;font-weight:600}
.callout{border-left:6px solid;padding:.5rem 1rem;margin:1rem 0;border-radius:4px}.callout.red{border-color:#c0392b;background:#fdecea}
.callout.amber{border-color:#e67e22;background:#fef5e7}.callout p{margin:.2rem 0}
figure{margin:1.2rem 0}figcaption{font-weight:600;margin-bottom:.4rem}figure svg{max-width:100%;height:auto}
details summary{cursor:pointer;color:#57606a}footer{margin-top:3rem;color:#57606a;font-size:.85rem}
@media print{body{margin:0}h2{break-after:avoid}figure,table{break-inside:avoid}}
`

function table(block: TableBlock): string {
  if (block.header.length === 0) return ''
  const numeric = new Set(block.numericColumns ?? [])
  const head = block.header.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join('')
  const body = block.rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => `<td${numeric.has(index) ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('\n')
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`
}

function blockHtml(block: Block, language: ReportDocument['language']): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    case 'figures':
      return `<dl class="figures">${block.items
        .map((item) => `<div><dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd></div>`)
        .join('')}</dl>`
    case 'callout':
      return `<div class="callout ${block.level}" role="alert"><p><strong>${escapeHtml(block.title)}</strong></p>${block.lines
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join('')}</div>`
    case 'table':
      return table(block)
    case 'chart': {
      // The SVG comes from our own renderers, which escape every text they place in it.
      const summary = escapeHtml(translate(language, 'report.chartData'))
      const data =
        block.table.header.length > 0
          ? `<details><summary>${summary}</summary>${table(block.table)}</details>`
          : ''
      return `<figure><figcaption>${escapeHtml(block.title)}</figcaption>${block.svg}${data}</figure>`
    }
  }
}

/** The report as a complete HTML document. */
export function renderHtml(document: ReportDocument): string {
  const [first, ...rest] = document.blocks
  const footer = rest.at(-1)
  const body = [first, ...rest.slice(0, -1)]
    .filter((block) => block !== undefined)
    .map((block) => blockHtml(block, document.language))
  return `<!doctype html>
<html lang="${document.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<link rel="icon" href="data:,">
<style>${styles}</style>
</head>
<body>
<h1>${escapeHtml(document.title)}</h1>
${body.join('\n')}
${footer?.kind === 'paragraph' ? `<footer>${escapeHtml(footer.text)}</footer>` : ''}
</body>
</html>
`
}
