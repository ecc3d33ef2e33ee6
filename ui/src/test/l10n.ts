// What the core's two l10n commands answer, for the fake shell, made from the
// copies of the locales in ./locales: the ui messages are plain text, and the
// error messages copied need nothing more than their `{ $name }` arguments
// put in, isolated as the core's Fluent does.

import type { IpcError } from '../lib/types';
import { CATALOG_FTL, ERRORS_FTL, UI_FTL } from './locales';

/** The catalog labels `l10n_ui` serves with the interface's words (as `SHOWN` in the shell). */
const SHOWN = ['kind-', 'section-', 'field-', 'measure-', 'choice-', 'instrument-'];

/** `l10n_ui`: every English id, in `lang` where it has the message (as `Localizer::text`). */
export function l10nUiAnswer(lang: string): Record<string, string> {
  const labels = (messages: Readonly<Record<string, string>> | undefined) =>
    Object.fromEntries(Object.entries(messages ?? {}).filter(([id]) => SHOWN.some((p) => id.startsWith(p))));
  const en = { ...UI_FTL['en'], ...labels(CATALOG_FTL['en']) };
  const own: Record<string, string> = { ...UI_FTL[lang], ...labels(CATALOG_FTL[lang]) };
  return Object.fromEntries(Object.entries(en).map(([id, text]) => [id, own[id] ?? text]));
}

/**
 * `l10n_error`: the sentence of `error-<code>` in `lang`, or the
 * internal-error sentence when the code has no message or an argument is
 * missing, as the command does.
 */
export function l10nErrorAnswer(lang: string, error: IpcError): string {
  const messages = ERRORS_FTL[lang];
  if (messages === undefined) throw new Error(`the fake shell has no error messages in ${lang}`);
  const internal = messages['error-internal']!;
  const pattern = messages[`error-${error.code}`];
  if (pattern === undefined) return internal;
  let missing = false;
  const sentence = pattern.replace(/\{ \$([a-z_]+) \}/g, (_, name: string) => {
    const value = error.args[name];
    if (value === undefined) missing = true;
    return isolated(String(value));
  });
  return missing ? internal : sentence;
}

/** An argument as Fluent places it when isolating: between FSI and PDI. */
export function isolated(value: string | number): string {
  return `\u2068${value}\u2069`;
}
