/**
 * @module charts/EChart
 * One chart: loads ECharts on first use, draws `option` as SVG, follows the container's width and the
 * reader's language (axis labels and tooltips).
 */
import type { EChartsCoreOption } from 'echarts/core'
import { useEffect, useRef } from 'react'
import { useUi } from '../app/context.ts'

/** The palette of the report's charts (`packages/report`), so the web and the report look alike. */
export const palette = ['#2f6fb3', '#e07b39', '#3a9e6f', '#b8474f', '#7d5ba6', '#8c8c8c']
const fontFamily = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif'

export function EChart({
  option,
  label,
  height = 320,
}: {
  option: EChartsCoreOption
  label: string
  height?: number
}) {
  const { language } = useUi()
  const element = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let disposed = false
    let dispose = () => {}
    void import('./echarts-setup.ts').then(({ echarts }) => {
      if (disposed || !element.current) return
      const chart = echarts.init(element.current, null, {
        renderer: 'svg',
        locale: language === 'zh-CN' ? 'ZH' : 'EN',
      })
      chart.setOption({ animation: false, color: palette, textStyle: { fontFamily }, ...option })
      const observer = new ResizeObserver(() => chart.resize())
      observer.observe(element.current)
      dispose = () => {
        observer.disconnect()
        chart.dispose()
      }
    })
    return () => {
      disposed = true
      dispose()
    }
  }, [option, language])
  return <div ref={element} className="chart" role="img" aria-label={label} style={{ height }} />
}
