// The interface's own few words. Everything else on screen (kinds, findings,
// legal bases) comes localized from the core.
//
// TODO(next step): move these to Fluent, locales/<lang>/ui.ftl, checked like
// every other locale (each id in all six languages). Until then: English only,
// keyed by the ids they will have, and `t` only accepts ids that exist, so a
// missing string is a type error rather than a raw id on screen.

import type { Lang } from './language';

const en = {
  'ui-app-title': 'Rogatory',
  'ui-language-label': 'Language',
  'ui-start-title': 'New request',
  'ui-start-kinds-label': 'Kind of request',
  'ui-loading': 'Loading…',
  'ui-findings-title': 'Findings',
  'ui-findings-checking': 'Checking…',
  'ui-findings-severity-error': 'Errors',
  'ui-findings-severity-warning': 'Warnings',
  'ui-findings-severity-advice': 'Advice',
  'ui-finding-basis': 'Legal basis',
  'ui-finding-path': 'Field',
  'ui-error-title': 'This could not be done',
  'ui-error-code': 'Error code',
} as const;

export type StringId = keyof typeof en;

export function t(id: StringId): string {
  return en[id];
}

/** Each language named in itself, as language pickers do. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ru: 'Русский',
  ar: 'العربية',
  zh: '中文',
};
