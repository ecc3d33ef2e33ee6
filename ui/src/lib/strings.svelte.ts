// The interface’s own words, from locales/<lang>/ui.ftl. The webview runs no
// Fluent of its own: the core formats every `ui-*` message of the interface
// language (`l10n_ui`) and this module holds them for `t`.
//
// `t` only accepts the ids listed below, so a word the interface names but
// the list lacks is a type error; the core’s tests check that every id quoted
// under ui/src exists in every locale. Until the messages of the current
// language have arrived, every word is empty: the screen never shows a raw id.

import { errorOf, l10nUi } from './api';
import type { Lang } from './language';
import type { IpcError } from './types';

/** Every message the interface shows, each defined in locales/<lang>/ui.ftl. */
export const STRING_IDS = [
  'ui-app-title',
  'ui-language-label',
  'ui-start-title',
  'ui-start-kinds-label',
  'ui-loading',
  'ui-findings-title',
  'ui-findings-checking',
  'ui-findings-severity-error',
  'ui-findings-severity-warning',
  'ui-findings-severity-advice',
  'ui-finding-basis',
  'ui-finding-path',
  'ui-error-title',
  'ui-error-code',
  'ui-new-case',
  'ui-open-case',
  'ui-save-case',
  'ui-saved',
  'ui-start-example',
  'ui-start-open-title',
  'ui-start-recent',
  'ui-start-recent-missing',
  'ui-wizard-steps',
  'ui-count-errors',
  'ui-count-warnings',
  'ui-step-complete',
  'ui-step-back',
  'ui-step-next',
  'ui-confirm-next-title',
  'ui-confirm-next-body',
  'ui-confirm-stay',
  'ui-confirm-go',
  'ui-findings-scope',
  'ui-findings-scope-step',
  'ui-findings-scope-all',
  'ui-findings-none',
  'ui-list-add',
  'ui-list-remove',
  'ui-choice-none',
  'ui-measure-add-label',
  'ui-measure-add',
  'ui-datetime-zone',
  'ui-hint-time-zone',
  'ui-hint-country',
  'ui-hint-language',
  'ui-hint-currency',
  'ui-hint-amount',
  'ui-hint-ip-address',
  'ui-hint-email',
  'ui-hint-url',
  'ui-hint-phone',
  'ui-review-title',
  'ui-doc-language',
  'ui-preview-title',
  'ui-export-pdf',
  'ui-export-draft-title',
  'ui-export-draft-body',
  'ui-export-draft',
  'ui-cancel',
  'ui-exported',
  'ui-settings',
  'ui-settings-title',
  'ui-settings-intro',
  'ui-settings-authority-name',
  'ui-settings-authority-address',
  'ui-settings-authority-email',
  'ui-settings-authority-phone',
  'ui-settings-signatory-name',
  'ui-settings-signatory-function',
  'ui-settings-signatory-place',
  'ui-settings-reference-pattern',
  'ui-settings-reference-hint',
  'ui-settings-interface-lang',
  'ui-settings-document-lang',
  'ui-settings-save',
  'ui-settings-saved',
  'ui-settings-logo',
  'ui-settings-logo-none',
  'ui-settings-logo-set',
  'ui-settings-logo-choose',
  'ui-settings-logo-remove',
  'ui-language-en',
  'ui-language-fr',
  'ui-language-es',
  'ui-language-ru',
  'ui-language-ar',
  'ui-language-zh',
  'ui-register',
  'ui-register-title',
  'ui-register-search',
  'ui-register-filters',
  'ui-register-filter-kind',
  'ui-register-filter-status',
  'ui-register-filter-direction',
  'ui-register-filter-country',
  'ui-register-filter-due',
  'ui-register-any',
  'ui-register-due-overdue',
  'ui-register-due-7',
  'ui-register-due-30',
  'ui-register-results',
  'ui-register-none',
  'ui-register-col-reference',
  'ui-register-col-kind',
  'ui-register-col-status',
  'ui-register-col-country',
  'ui-register-col-title',
  'ui-register-col-updated',
  'ui-register-col-due',
  'ui-register-open',
  'ui-register-more',
  'ui-register-import',
  'ui-register-backup',
  'ui-register-restore-backup',
  'ui-register-restore-confirm',
  'ui-register-import-imported',
  'ui-register-import-revised',
  'ui-register-import-duplicate',
  'ui-register-import-failed',
  'ui-register-backed-up',
  'ui-register-restored',
  'ui-register-same-reference',
  'ui-dashboard-title',
  'ui-dashboard-none',
  'ui-dashboard-overdue',
  'ui-dashboard-due',
  'ui-dashboard-advice',
  'ui-tracking',
  'ui-tracking-title',
  'ui-tracking-status',
  'ui-tracking-their-reference',
  'ui-tracking-add-event',
  'ui-tracking-event-date',
  'ui-tracking-event-kind',
  'ui-tracking-event-status',
  'ui-tracking-event-note',
  'ui-tracking-add',
  'ui-tracking-timeline',
  'ui-tracking-no-events',
  'ui-tracking-revisions',
  'ui-tracking-revision',
  'ui-tracking-restore',
  'ui-tracking-restored-from',
  'ui-tracking-changed',
  'ui-tracking-follow-up',
  'ui-tracking-followed-by',
  'ui-tracking-follows',
  'ui-tracking-deadlines',
  'ui-back-to-form',
  'ui-autosaved',
  'ui-autosave-failed',
  'ui-register-filter-from',
  'ui-register-filter-to',
  'ui-register-incoming',
  'ui-register-incoming-country',
  'ui-register-incoming-received',
  'ui-register-incoming-their-reference',
  'ui-register-incoming-submit',
  'ui-tracking-additional-information',
  'ui-tracking-letter-written',
  'ui-register-export',
  'ui-register-exported',
  'ui-register-incoming-import',
] as const;

export type StringId = (typeof STRING_IDS)[number];

/** The messages of the language last asked for; empty while they load. */
let messages: Readonly<Record<string, string>> = $state.raw({});
/** Why the messages of the language last asked for could not be had. */
let failure: IpcError | null = $state(null);
/** Numbers each load, so that only the answer to the newest one is kept. */
let latest = 0;

/** The message in the interface language, or an empty string while it loads. */
export function t(id: StringId): string {
  return messages[id] ?? '';
}

/**
 * A label from the catalog (`section-*`, `field-*`, `choice-*`, `measure-*`,
 * `kind-*`, `instrument-*`): the core's catalog check guarantees each exists
 * in every language, so the ids are built from catalog data, not listed here.
 */
export function label(id: string): string {
  return messages[id] ?? '';
}

/** A language named in itself, as language pickers do. */
export function languageName(lang: Lang): string {
  return t(`ui-language-${lang}`);
}

/** The error that kept the interface’s words from loading, if any. */
export function stringsError(): IpcError | null {
  return failure;
}

/**
 * Asks the core for the words of `lang` and shows them once they arrive; the
 * words of the previous language are cleared at once. An answer that arrives
 * after a newer load has begun is dropped.
 */
export async function loadStrings(lang: Lang): Promise<void> {
  const mine = ++latest;
  messages = {};
  failure = null;
  try {
    const loaded = await l10nUi(lang);
    if (mine === latest) messages = loaded;
  } catch (reason) {
    if (mine === latest) failure = errorOf(reason);
  }
}
