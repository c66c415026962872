/**
 * @module charts/echarts-svg
 * Renders an ECharts option to an SVG string on the server (no DOM), so reports embed charts inline and
 * open without any network access.
 */
import { BarChart, FunnelChart, LineChart, RadarChart } from 'echarts/charts'
import { GridComponent, LegendComponent, RadarComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

echarts.use([
  SVGRenderer,
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  // Strategy charts: market funnel and competitor radar.
  FunnelChart,
  RadarChart,
  RadarComponent,
])

/** The palette of every chart, chosen to stay distinguishable in grey print. */
export const palette = ['#2f6fb3', '#e07b39', '#3a9e6f', '#b8474f', '#7d5ba6', '#8c8c8c']

const fontFamily = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif'

/** Server-side render of `option` at the given size; animation is off so the SVG is final. */
export function renderEchartsSvg(option: echarts.EChartsCoreOption, widthPx = 720, heightPx = 320): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: widthPx, height: heightPx })
  try {
    chart.setOption({ animation: false, color: palette, textStyle: { fontFamily }, ...option })
    return chart.renderToSVGString()
  } finally {
    chart.dispose()
  }
}
