/**
 * @module pages/GuidePage
 * The guide: the seed's questions answered in general and with this venture's own figures, in the
 * words the CLI and the report use (`renderGuideTopic` from core).
 */
import { type Analysis, renderGuideTopic } from '@avp/core'
import { useUi } from '../app/context.ts'

export default function GuidePage({ analysis }: { analysis: Analysis }) {
  const { t, language } = useUi()
  const topics = (analysis as Partial<Analysis>).guide?.topics ?? []
  return (
    <>
      <h1>{t('nav.guide')}</h1>
      {topics.map((link) => {
        const topic = renderGuideTopic(link.id, language, link, (analysis as Analysis).company)
        return (
          <article key={topic.id} className="guide-topic" aria-labelledby={`guide-${topic.id}`}>
            <h2 id={`guide-${topic.id}`}>
              {topic.question}. {topic.title}
            </h2>
            {topic.yourFigures ? <p className="your-figures">{topic.yourFigures}</p> : null}
            <p>{topic.body}</p>
            <p className="muted">
              <code>{topic.command}</code>
            </p>
          </article>
        )
      })}
    </>
  )
}
