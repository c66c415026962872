/**
 * @module pages/EditorPage
 * Editing a plan: a form per section and the YAML text with line numbers, problems marked at their line.
 * Every change goes straight to the analysis worker; the key figures beside it update as you type.
 */
import type { Analysis, Issue } from '@avp/core'
import { type ChangeEvent, memo, useMemo, useRef, useState } from 'react'
import { useUi } from '../app/context.ts'
import {
  type FormSection,
  fieldLabel,
  formSections,
  type PlanField,
  replaceField,
  sectionFields,
} from '../plan/plan-fields.ts'
import { KeyFigures } from './KeyFigures.tsx'

interface EditorProps {
  readonly text: string
  readonly onChange: (text: string) => void
  readonly issues: readonly Issue[]
  readonly analysis: Analysis | null
}

export function EditorPage({ text, onChange, issues, analysis }: EditorProps) {
  const { t } = useUi()
  const [section, setSection] = useState<FormSection>('models')
  return (
    <>
      <h1>{t('nav.edit')}</h1>
      {analysis ? <KeyFigures analysis={analysis} compact /> : null}
      <div className="editor-layout">
        <section aria-labelledby="form-heading" className="form-panel">
          <h2 id="form-heading">{t('editor.forms')}</h2>
          <label className="field">
            <span>{t('editor.section')}</span>
            <select value={section} onChange={(event) => setSection(event.target.value as FormSection)}>
              {formSections.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <p className="muted">{t('editor.applyHint')}</p>
          <SectionForm text={text} section={section} onChange={onChange} />
        </section>
        <section aria-labelledby="yaml-heading" className="yaml-panel">
          <h2 id="yaml-heading">{t('editor.yaml')}</h2>
          <YamlEditor text={text} onChange={onChange} issues={issues} />
        </section>
      </div>
    </>
  )
}

// Memoised: when the worker's result arrives, only the figures change, not the text these two show.
const SectionForm = memo(function SectionForm({
  text,
  section,
  onChange,
}: {
  text: string
  section: FormSection
  onChange: (text: string) => void
}) {
  const { t } = useUi()
  const fields = useMemo(() => sectionFields(text, section), [text, section])
  if (fields.length === 0) return <p className="muted">{t('editor.noFields')}</p>
  const update =
    (field: PlanField, kind: 'number' | 'string' | 'boolean') => (event: ChangeEvent<HTMLInputElement>) => {
      const raw = event.target.value
      const value =
        kind === 'boolean'
          ? event.target.checked
          : kind === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw))
            ? Number(raw)
            : raw
      onChange(replaceField(text, field, value))
    }
  return (
    <div className="form-fields">
      {fields.map((field) => {
        const label = fieldLabel(field.path)
        const id = `field-${label.replace(/[^\w]/g, '-')}`
        const kind = typeof field.value as 'number' | 'string' | 'boolean'
        return (
          <div className="field" key={label}>
            <label htmlFor={id}>{label}</label>
            {kind === 'boolean' ? (
              <input id={id} type="checkbox" checked={field.value === true} onChange={update(field, kind)} />
            ) : (
              <input
                id={id}
                type={kind === 'number' ? 'number' : 'text'}
                step={kind === 'number' ? 'any' : undefined}
                value={String(field.value)}
                onChange={update(field, kind)}
              />
            )}
          </div>
        )
      })}
    </div>
  )
})

const YamlEditor = memo(function YamlEditor({
  text,
  onChange,
  issues,
}: {
  text: string
  onChange: (text: string) => void
  issues: readonly Issue[]
}) {
  const { t } = useUi()
  const textarea = useRef<HTMLTextAreaElement>(null)
  const gutter = useRef<HTMLDivElement>(null)
  const lineCount = text.split('\n').length
  const issuesByLine = useMemo(() => {
    const map = new Map<number, Issue[]>()
    for (const issue of issues) {
      const line = issue.source?.line ?? 1
      map.set(line, [...(map.get(line) ?? []), issue])
    }
    return map
  }, [issues])
  const goTo = (issue: Issue) => {
    const element = textarea.current
    if (!element || !issue.source) return
    const lines = text.split('\n')
    const offset =
      lines.slice(0, issue.source.line - 1).reduce((sum, line) => sum + line.length + 1, 0) +
      issue.source.column -
      1
    element.focus()
    element.setSelectionRange(offset, offset)
    const lineHeight = element.scrollHeight / Math.max(1, lineCount)
    element.scrollTop = Math.max(0, (issue.source.line - 5) * lineHeight)
  }
  return (
    <>
      <div className="yaml-editor">
        <div className="gutter" ref={gutter} aria-hidden="true">
          {Array.from({ length: lineCount }, (_, index) => index + 1).map((line) => {
            const lineIssues = issuesByLine.get(line)
            return (
              <div
                key={line}
                className={lineIssues ? 'gutter-line has-issue' : 'gutter-line'}
                title={lineIssues?.map((issue) => issue.message).join('\n')}
                data-line={line}
              >
                {line}
              </div>
            )
          })}
        </div>
        <textarea
          ref={textarea}
          aria-label={t('editor.yaml')}
          aria-invalid={issues.length > 0}
          aria-describedby="plan-issues"
          spellCheck={false}
          wrap="off"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          onScroll={(event) => {
            if (gutter.current) gutter.current.scrollTop = event.currentTarget.scrollTop
          }}
        />
      </div>
      <div id="plan-issues" role="status" aria-live="polite">
        <h3>{t('editor.issues')}</h3>
        {issues.length === 0 ? (
          <p className="muted">{t('editor.noIssues')}</p>
        ) : (
          <ul className="issues" data-testid="issues">
            {issues.map((issue) => (
              <li
                key={`${issue.code}:${issue.path.join('.')}:${issue.source?.line}:${issue.source?.column}:${issue.message}`}
              >
                <button type="button" className="link" onClick={() => goTo(issue)}>
                  {issue.source
                    ? t('editor.line', { line: issue.source.line, column: issue.source.column })
                    : ''}
                </button>{' '}
                <code>{fieldLabel(issue.path) || '(plan)'}</code>: {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  )
})
