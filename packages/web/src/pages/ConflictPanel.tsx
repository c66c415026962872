/**
 * @module pages/ConflictPanel
 * A save refused because someone saved a newer version first: both versions side by side as a line diff,
 * and the two ways out — load theirs, or keep editing (merge by hand) and save on top of theirs.
 */
import { useMemo } from 'react'
import { useUi } from '../app/context.ts'
import { diffLines } from '../compare/figure-diff.ts'

interface ConflictProps {
  readonly theirsText: string
  readonly theirsVersion: number
  readonly mineText: string
  readonly onLoadTheirs: () => void
  readonly onSaveMine: () => void
}

export function ConflictPanel({
  theirsText,
  theirsVersion,
  mineText,
  onLoadTheirs,
  onSaveMine,
}: ConflictProps) {
  const { t } = useUi()
  const lines = useMemo(() => diffLines(theirsText, mineText), [theirsText, mineText])
  return (
    <section className="conflict" role="alert" aria-labelledby="conflict-heading" data-testid="conflict">
      <h2 id="conflict-heading">{t('account.conflict', { version: theirsVersion })}</h2>
      <p>{t('account.merge')}</p>
      <p className="muted">
        <span className="diff-removed">- {t('account.theirs')}</span>{' '}
        <span className="diff-added">+ {t('account.mine')}</span>
      </p>
      <pre className="diff">
        {lines.map((line) => (
          <div key={`${line.kind}-${line.line}`} className={`diff-${line.kind}`}>
            {line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  '}
            {line.text}
          </div>
        ))}
      </pre>
      <div className="actions">
        <button type="button" onClick={onLoadTheirs}>
          {t('account.reload')}
        </button>
        <button type="button" onClick={onSaveMine}>
          {t('account.keepMine')}
        </button>
      </div>
    </section>
  )
}
