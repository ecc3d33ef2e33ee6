// Typed calls to the shell's commands. Each wrapper names its command and its
// arguments once; every failure comes out as a CommandError carrying the
// `{ code, args }` the shell sends, whatever shape the rejection had.

import { invoke, type InvokeArgs } from '@tauri-apps/api/core';
import type { Document } from '../bindings/Document';
import type { FormCatalog } from '../bindings/FormCatalog';
import type { RecentCase } from '../bindings/RecentCase';
import type { Settings } from '../bindings/Settings';
import type { CaseHistory } from '../bindings/CaseHistory';
import type { CaseSummary } from '../bindings/CaseSummary';
import type { Deadline } from '../bindings/Deadline';
import type { Direction } from '../bindings/Direction';
import type { Event } from '../bindings/Event';
import type { ImportOutcome } from '../bindings/ImportOutcome';
import type { ListPage } from '../bindings/ListPage';
import type { ListQuery } from '../bindings/ListQuery';
import type { NewCase } from '../bindings/NewCase';
import type { NewEvent } from '../bindings/NewEvent';
import type { Revision } from '../bindings/Revision';
import type { StoredCase } from '../bindings/StoredCase';
import type { CaseDoc, IpcError, KindInfo, UiFinding } from './types';
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

/** Everything the forms are generated from; loaded once. */
export function catalogGet(): Promise<FormCatalog> {
  return call('catalog_get');
}

/** A blank item for a list: a composite type, a measure or a primitive. */
export function caseBlankItem(of: string): Promise<unknown> {
  return call('case_blank_item', { of });
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

export function documentPreview(caseDoc: CaseDoc, lang: Lang): Promise<Document> {
  return call('document_preview', { case: caseDoc, lang });
}

/**
 * Asks where to save the PDF and writes it: the path, or `null` if the
 * officer cancelled. Refused with `draft-refused` while the case has errors,
 * unless `allowDraft`, which marks every page as a draft.
 */
export function exportPdf(caseDoc: CaseDoc, lang: Lang, allowDraft: boolean): Promise<string | null> {
  return call('export_pdf', { case: caseDoc, lang, allowDraft });
}

/** Asks where to save the case file and writes it: the path, or `null`. */
export function caseSave(caseDoc: CaseDoc): Promise<string | null> {
  return call('case_save', { case: caseDoc });
}

/** Asks which case file to open: the case, `null` if cancelled, or an error naming the problem. */
export function caseOpen(): Promise<CaseDoc | null> {
  return call('case_open');
}

/** Every `ui-*` message of `lang`, formatted by the core, keyed by its id. */
export function l10nUi(lang: Lang): Promise<Record<string, string>> {
  return call('l10n_ui', { lang });
}

/** `error` as a sentence in `lang`; a code without a message gives the generic internal-error sentence. */
export function l10nError(lang: Lang, error: IpcError): Promise<string> {
  return call('l10n_error', { lang, error });
}

/** Tells the shell whether closing the window would lose changes, and in which language to ask. */
export function appSetUnsaved(unsaved: boolean, lang: Lang): Promise<void> {
  return call('app_set_unsaved', { unsaved, lang });
}

/** The authority's profile kept on this machine. */
export function settingsGet(): Promise<Settings> {
  return call('settings_get');
}

/** Checks and stores the profile; refused, with nothing changed, if a value is not allowed. */
export function settingsSet(settings: Settings): Promise<Settings> {
  return call('settings_set', { settings });
}

/** Asks for a PNG or JPEG logo and stores a checked copy; `null` if cancelled. */
export function settingsLogoPick(): Promise<Settings | null> {
  return call('settings_logo_pick');
}

export function settingsLogoClear(): Promise<Settings> {
  return call('settings_logo_clear');
}

/** The case files opened or saved lately, newest first. */
export function recentList(): Promise<RecentCase[]> {
  return call('recent_list');
}

/** Reopens a case file from the recent list (only those are allowed). */
export function recentOpen(path: string): Promise<CaseDoc> {
  return call('recent_open', { path });
}

// The register: every case is kept as the officer types.

export function registerList(query: Partial<ListQuery>): Promise<ListPage> {
  const full: ListQuery = {
    text: '',
    kind: null,
    status: null,
    direction: null,
    country: null,
    date_from: null,
    date_to: null,
    due_before: null,
    offset: 0,
    limit: 0,
    ...query,
  };
  return call('register_list', { query: full });
}

/** Open deadlines within `days` of today (or of `today`, for tests). */
export function registerDashboard(days: number, today?: string): Promise<Deadline[]> {
  return call('register_dashboard', today === undefined ? { days } : { days, today });
}

export function registerOpen(id: string): Promise<StoredCase> {
  return call('register_open', { id });
}

/** Takes a case into the register (a new case, or a new revision of a known one). */
export function registerAdopt(caseDoc: CaseDoc, direction: Direction = 'outgoing', details: Partial<NewCase> = {}): Promise<CaseSummary> {
  const full: NewCase = { country: null, received_on: null, their_reference: null, follows: null, ...details };
  return call('register_adopt', { case: caseDoc, direction, details: full });
}

export function registerAutosave(id: string, caseDoc: CaseDoc): Promise<Revision> {
  return call('register_autosave', { id, case: caseDoc });
}

export function registerSave(id: string, caseDoc: CaseDoc): Promise<Revision> {
  return call('register_save', { id, case: caseDoc });
}

export function registerHistory(id: string): Promise<CaseHistory> {
  return call('register_history', { id });
}

export function registerRestore(id: string, n: number): Promise<Revision> {
  return call('register_restore', { id, n });
}

export function registerAddEvent(id: string, event: NewEvent): Promise<Event> {
  return call('register_add_event', { id, event });
}

export function registerFollowUp(id: string): Promise<CaseSummary> {
  return call('register_follow_up', { id });
}

/** Asks for case files and imports them; new ones as `direction`, with `details`. */
export function registerImport(direction: Direction = 'outgoing', details: Partial<NewCase> = {}): Promise<ImportOutcome[]> {
  const full: NewCase = { country: null, received_on: null, their_reference: null, follows: null, ...details };
  return call('register_import', { direction, details: full });
}

/** Asks for a folder and writes the cases there as portable files; `null` when cancelled. */
export function registerExport(ids: string[]): Promise<number | null> {
  return call('register_export', { ids });
}

export function registerBackup(): Promise<string | null> {
  return call('register_backup');
}

export function registerRestoreBackup(): Promise<string | null> {
  return call('register_restore_backup');
}

/** Registers a request received from abroad (a blank case of its kind). */
export function registerIncoming(kind: string, details: Partial<NewCase>): Promise<CaseSummary> {
  const full: NewCase = { country: null, received_on: null, their_reference: null, follows: null, ...details };
  return call('register_incoming', { kind, details: full });
}

/**
 * For a request received from abroad: the letter asking its sender for what
 * it lacks, as a PDF through a save dialog. `null` when the officer cancels.
 */
export function registerAdditionalInformation(id: string, lang: Lang): Promise<string | null> {
  return call('register_additional_information', { id, lang });
}
