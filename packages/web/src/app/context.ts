/**
 * @module app/context
 * What every page reads: the language with its text lookup, and the venture's money display.
 */
import type { Analysis } from '@avp/core'
import { createContext, useContext } from 'react'
import type { MoneyDisplay } from '../format/format.ts'
import { type Params, type WebKey, type WebLanguage, webText } from '../i18n/translate.ts'

export interface UiContext {
  readonly language: WebLanguage
  readonly t: (key: WebKey, params?: Params) => string
  readonly money: MoneyDisplay
}

export const UiContextValue = createContext<UiContext>({
  language: 'en',
  t: (key, params) => webText('en', key, params),
  money: { currency: 'USD', usdExchangeRate: 1 },
})

/** The language, text lookup and money display of the page. */
export function useUi(): UiContext {
  return useContext(UiContextValue)
}

/** How the venture shows money, from its analysis (US dollars until one exists). */
export function moneyDisplayOf(analysis: Analysis | null): MoneyDisplay {
  return analysis
    ? { currency: analysis.company.currency, usdExchangeRate: analysis.company.usdExchangeRate }
    : { currency: 'USD', usdExchangeRate: 1 }
}
