/**
 * @module pages/BiasAuditPanel
 * The bias-audit upload: a CSV chosen in the browser, its group and selected columns picked from the
 * header, the file streamed through core's audit (no server needed), and per attribute the selection rate
 * and impact ratio of each group as charts, with the four-fifths line and the audit's warnings. In server
 * mode the table can also be stored with the venture (the server's bias-upload route).
 */
import { type BiasAudit, hasMessage, issueMessage, translate, UserError } from '@avp/core'
import { type ChangeEvent, useMemo, useState } from 'react'
import { useUi } from '../app/context.ts'
import { auditChunks, csvHeader, fileChunks } from '../bias/bias-stream.ts'
import { EChart } from '../charts/EChart.tsx'
import { formatNumber, formatPercent } from '../format/format.ts'

export interface BiasUploadTarget {
  /** Stores the CSV text with the venture on the server; resolves when stored. */
  readonly upload: (fileName: string, content: string) => Promise<void>
}

export function BiasAuditPanel({ server }: { server: BiasUploadTarget | null }) {
  const { t, language } = useUi()
  const [file, setFile] = useState<File | null>(null)
  const [columns, setColumns] = useState<string[]>([])
  const [groups, setGroups] = useState<string[]>([])
  const [selected, setSelected] = useState('')
  const [label, setLabel] = useState('')
  const [score, setScore] = useState('')
  const [excludeSmall, setExcludeSmall] = useState(false)
  const [readCharacters, setReadCharacters] = useState<number | null>(null)
  const [audit, setAudit] = useState<BiasAudit | null>(null)
  const [message, setMessage] = useState('')
  const [running, setRunning] = useState(false)

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null
    setFile(chosen)
    setAudit(null)
    setMessage('')
    if (!chosen) return
    const header = csvHeader(await chosen.slice(0, 64 * 1024).text())
    setColumns(header)
    setLabel('')
    setScore('')
    // A first guess the user can change: the last column is usually the outcome.
    setSelected(header.at(-1) ?? '')
    setGroups(header.slice(0, 1))
  }
  const run = async () => {
    if (!file) return
    setRunning(true)
    setMessage('')
    try {
      setAudit(
        await auditChunks(
          fileChunks(file),
          {
            groupColumns: groups,
            selectedColumn: selected,
            ...(label === '' ? {} : { labelColumn: label }),
            ...(score === '' ? {} : { scoreColumn: score }),
            excludeSmallGroups: excludeSmall,
          },
          setReadCharacters,
        ),
      )
    } catch (error) {
      setAudit(null)
      setMessage(
        error instanceof UserError
          ? error.issues.map((issue) => issueMessage(issue, language)).join('; ')
          : String(error),
      )
    } finally {
      setRunning(false)
      setReadCharacters(null)
    }
  }
  const store = async () => {
    if (!file || !server) return
    try {
      await server.upload(file.name, await file.text())
      setMessage(t('compliance.bias.stored', { file: file.name }))
    } catch (error) {
      setMessage(t('account.failed', { detail: error instanceof Error ? error.message : String(error) }))
    }
  }
  const toggleGroup = (column: string, on: boolean) =>
    setGroups((list) => (on ? [...list, column] : list.filter((each) => each !== column)))

  return (
    <section aria-labelledby="bias-heading" data-testid="bias-audit">
      <h2 id="bias-heading">{t('compliance.bias.title')}</h2>
      <p className="muted">{t('compliance.bias.intro')}</p>
      <label className="field">
        <span>{t('compliance.bias.file')}</span>
        <input type="file" accept=".csv,text/csv" onChange={(event) => void choose(event)} />
      </label>
      {columns.length > 0 ? (
        <>
          <fieldset>
            <legend>{t('compliance.bias.groupColumns')}</legend>
            {columns.map((column) => (
              <label key={column} className="inline">
                <input
                  type="checkbox"
                  checked={groups.includes(column)}
                  onChange={(event) => toggleGroup(column, event.target.checked)}
                />
                <span>{column}</span>
              </label>
            ))}
          </fieldset>
          <ColumnSelect
            label={t('compliance.bias.selectedColumn')}
            columns={columns}
            value={selected}
            onChange={setSelected}
          />
          <ColumnSelect
            label={t('compliance.bias.labelColumn')}
            columns={columns}
            value={label}
            onChange={setLabel}
            noneLabel={t('compliance.bias.noColumn')}
          />
          <ColumnSelect
            label={t('compliance.bias.scoreColumn')}
            columns={columns}
            value={score}
            onChange={setScore}
            noneLabel={t('compliance.bias.noColumn')}
          />
          <label className="inline">
            <input
              type="checkbox"
              checked={excludeSmall}
              onChange={(event) => setExcludeSmall(event.target.checked)}
            />
            <span>{t('compliance.bias.excludeSmall')}</span>
          </label>
          <div className="actions">
            <button type="button" onClick={() => void run()} disabled={running || groups.length === 0}>
              {t('compliance.bias.run')}
            </button>
            {server ? (
              <button type="button" onClick={() => void store()}>
                {t('compliance.bias.store')}
              </button>
            ) : null}
          </div>
        </>
      ) : null}
      {running && file ? (
        <p role="status">
          <progress
            max={file.size}
            value={Math.min(file.size, readCharacters ?? 0)}
            aria-label={t('compliance.bias.run')}
          />
        </p>
      ) : null}
      {message ? (
        <p role="status" data-testid="bias-message">
          {message}
        </p>
      ) : null}
      {audit ? (
        <div data-testid="bias-results">
          <p>{t('compliance.bias.rows', { rows: formatNumber(language, audit.rowCount) })}</p>
          {[...audit.attributes, ...(audit.intersection ? [audit.intersection] : [])].map((attribute) => (
            <AttributeCharts key={attribute.attribute} attribute={attribute} />
          ))}
          <p className="muted">{translate(language, 'compliance.fourFifthsNote')}</p>
          {audit.warnings.length > 0 ? (
            <ul>
              {audit.warnings.map((warning) => {
                const key = `compliance.biasWarnings.${warning.code}`
                return (
                  <li key={`${warning.code}-${warning.attribute}-${warning.group ?? ''}`}>
                    {hasMessage(key) ? translate(language, key as never, warning.params) : warning.message}
                  </li>
                )
              })}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  )
}

function AttributeCharts({ attribute }: { attribute: BiasAudit['attributes'][number] }) {
  const { t, language } = useUi()
  const names = attribute.groups.map((group) => group.group)
  const rateOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 16, top: 24, bottom: 40 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', min: 0, max: 1, name: t('compliance.bias.selectionRate') },
      series: [
        {
          type: 'bar',
          name: t('compliance.bias.selectionRate'),
          data: attribute.groups.map((group) => group.selectionRate),
        },
      ],
    }),
    [attribute, names, t],
  )
  const ratioOption = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 56, right: 16, top: 24, bottom: 40 },
      xAxis: { type: 'category', data: names },
      yAxis: { type: 'value', min: 0, max: 1, name: t('compliance.bias.impactRatio') },
      series: [
        {
          type: 'bar',
          name: t('compliance.bias.impactRatio'),
          data: attribute.groups.map((group) => ({
            value: group.impactRatio,
            itemStyle: group.belowFourFifths ? { color: '#b8474f' } : undefined,
          })),
          markLine: {
            symbol: 'none',
            label: { position: 'insideEndTop', formatter: t('compliance.bias.fourFifths') },
            data: [{ yAxis: 0.8 }],
          },
        },
      ],
    }),
    [attribute, names, t],
  )
  return (
    <article aria-label={attribute.attribute}>
      <h3>{attribute.attribute}</h3>
      <div className="chart-pair">
        <EChart
          option={rateOption}
          label={`${attribute.attribute}: ${t('compliance.bias.selectionRate')}`}
          height={240}
        />
        <EChart
          option={ratioOption}
          label={`${attribute.attribute}: ${t('compliance.bias.impactRatio')}`}
          height={240}
        />
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('compliance.bias.group')}</th>
              <th scope="col">{t('compliance.bias.count')}</th>
              <th scope="col">{t('compliance.bias.selectionRate')}</th>
              <th scope="col">{t('compliance.bias.impactRatio')}</th>
            </tr>
          </thead>
          <tbody>
            {attribute.groups.map((group) => (
              <tr key={group.group} className={group.belowFourFifths ? 'status-red' : undefined}>
                <th scope="row">
                  {group.excluded
                    ? `${group.group} (${translate(language, 'compliance.excluded')})`
                    : group.group}
                </th>
                <td className="number">{formatNumber(language, group.count)}</td>
                <td className="number">
                  {group.selectionRate === null
                    ? t('common.none')
                    : formatPercent(language, group.selectionRate)}
                </td>
                <td className="number">
                  {group.impactRatio === null
                    ? t('common.none')
                    : formatNumber(language, group.impactRatio, 3)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {attribute.unknownCount > 0 ? (
        <p>{translate(language, 'compliance.unknownCount', { count: attribute.unknownCount })}</p>
      ) : null}
      <details>
        <summary>{translate(language, 'compliance.metrics')}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{translate(language, 'compliance.metric')}</th>
                <th scope="col">{translate(language, 'compliance.value')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(attribute.metrics).map(([name, value]) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td className="number">
                    {value === null
                      ? translate(language, 'compliance.undefined')
                      : formatNumber(language, value, 3)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </article>
  )
}

/** A labelled choice of one CSV column, optionally with a "none" entry (empty value). */
function ColumnSelect({
  label,
  columns,
  value,
  onChange,
  noneLabel,
}: {
  label: string
  columns: readonly string[]
  value: string
  onChange: (column: string) => void
  noneLabel?: string
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {noneLabel === undefined ? null : <option value="">{noneLabel}</option>}
        {columns.map((column) => (
          <option key={column} value={column}>
            {column}
          </option>
        ))}
      </select>
    </label>
  )
}
