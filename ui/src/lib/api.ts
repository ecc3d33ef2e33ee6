// Typed calls to the shell's commands. Each wrapper names its command and its
// arguments once; every failure comes out as a CommandError carrying the
// `{ code, args }` the shell sends, whatever shape the rejection had.

import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import type { CaseDoc, DocumentPreview, IpcError, KindInfo, UiFinding } from './types';
import type { Lang } from './language';

export class CommandError extends Error {
  constructor(
    readonly command: string,
    readonly error: IpcError,
  ) {
    super(`${command}: ${error.code}`);
    this.name = 'CommandError';
  }
}

function isIpcError(value: unknown): value is IpcError {
  if (typeof value !== 'object' || value === null) return false;
  const { code, args } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof args === 'object' && args !== null;
}

/**
 * The shell's own errors are `{ code, args }`; anything else (a command the
 * capabilities do not grant, a bridge failure) arrives as a string or an Error
 * and becomes `internal`, keeping its text as the `detail` argument.
 */
export function toIpcError(reason: unknown): IpcError {
  if (isIpcError(reason)) return reason;
  const detail = reason instanceof Error ? reason.message : String(reason);
  return { code: 'internal', args: { detail } };
}

/** What a failed call reports, for an error state on screen. */
export function errorOf(reason: unknown): IpcError {
  return reason instanceof CommandError ? reason.error : toIpcError(reason);
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw new CommandError(command, toIpcError(reason));
  }
}

export function catalogKinds(lang: Lang): Promise<KindInfo[]> {
  return call('catalog_kinds', { lang });
}

export function caseNew(kind: string): Promise<CaseDoc> {
  return call('case_new', { kind });
}

export function caseExample(name: string): Promise<CaseDoc> {
  return call('case_example', { name });
}

/** `today` (YYYY-MM-DD) replaces the clock, for tests and reproducible checks. */
export function caseCheck(caseDoc: CaseDoc, lang: Lang, today?: string): Promise<UiFinding[]> {
  return call('case_check', today === undefined ? { case: caseDoc, lang } : { case: caseDoc, lang, today });
}

export function documentPreview(caseDoc: CaseDoc, lang: Lang): Promise<DocumentPreview> {
  return call('document_preview', { case: caseDoc, lang });
}

/** Every `ui-*` message of `lang`, formatted by the core, keyed by its id. */
export function l10nUi(lang: Lang): Promise<Record<string, string>> {
  return call('l10n_ui', { lang });
}

/** `error` as a sentence in `lang`; a code without a message gives the generic internal-error sentence. */
export function l10nError(lang: Lang, error: IpcError): Promise<string> {
  return call('l10n_error', { lang, error });
}
