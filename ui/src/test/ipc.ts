// A fake shell for component tests: mockIPC answers each command from a
// table, records every call in order, and rejects the way the real shell
// does, with the error value itself rather than an Error. The two l10n
// commands are always answered, as the core would, unless a test overrides them.

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';
import type { CaseSummary } from '../bindings/CaseSummary';
import type { Revision } from '../bindings/Revision';
import type { Settings } from '../bindings/Settings';
import type { IpcError } from '../lib/types';
import { l10nErrorAnswer, l10nUiAnswer } from './l10n';

/** The app's commands take named arguments only. */
export type Args = Record<string, unknown>;

export interface Call {
  cmd: string;
  args: Args;
}

export type Handler = (args: Args) => unknown;

function named(args: InvokeArgs | undefined): Args {
  if (args === undefined) return {};
  if (Array.isArray(args) || args instanceof ArrayBuffer || args instanceof Uint8Array) {
    throw new TypeError('the app passes commands named arguments only');
  }
  return args;
}

/** Marks an answer as the command's `Err`. */
export class Reject {
  constructor(readonly value: unknown) {}
}

/** `l10n_ui` and `l10n_error`, answered from the locales. */
export const L10N: Record<string, Handler> = {
  l10n_ui: (args) => l10nUiAnswer(String(args['lang'])),
  l10n_error: (args) => l10nErrorAnswer(String(args['lang']), args['error'] as IpcError),
};

/** A register line, as `register_adopt` answers for a case taken in. */
export function summaryOf(id: string, kind = 'preservation'): CaseSummary {
  return {
    id,
    kind,
    direction: 'outgoing',
    status: 'draft',
    reference: '',
    their_reference: '',
    country: '',
    title: '',
    request_date: null,
    received_on: null,
    created_at: '2026-11-22T09:00:00Z',
    updated_at: '2026-11-22T09:00:00Z',
    head: 1,
    follows: null,
    next_due: null,
  };
}

/** A revision, as `register_autosave` and `register_save` answer. */
export function revisionOf(n: number, origin: Revision['origin'] = 'autosave'): Revision {
  return { n, at: '2026-11-22T09:00:01Z', author: 'Officer', origin, changed: [], changed_more: 0, restored_from: null };
}

/**
 * What the shell always answers: the words, the unsaved-changes flag, the
 * profile, the recent files, an empty deadline dashboard, and a register
 * that keeps whatever it is given.
 */
const ALWAYS: Record<string, Handler> = {
  ...L10N,
  app_set_unsaved: () => null,
  settings_get: () => BLANK_SETTINGS,
  recent_list: () => [],
  register_dashboard: () => [],
  register_adopt: () => summaryOf('case-1'),
  register_autosave: () => revisionOf(2),
  register_save: () => revisionOf(2, 'save'),
};

/** The commands every screen makes on its own; tests of one screen skip them. */
const BACKGROUND = ['app_set_unsaved', 'settings_get', 'recent_list', 'register_dashboard', 'register_adopt', 'register_autosave', 'register_save'];

/** The profile of a machine where nothing has been set. */
export const BLANK_SETTINGS: Settings = {
  authority_name: '',
  authority_address: '',
  authority_email: '',
  authority_phone: '',
  signatory_name: '',
  signatory_function: '',
  signatory_place: '',
  reference_pattern: '',
  next_seq: 0,
  interface_lang: '',
  document_lang: '',
  logo: null,
};

export function fakeShell(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  const table: Record<string, Handler> = { ...ALWAYS, ...handlers };
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: named(args) });
    const handler = table[cmd];
    const answer = handler ? handler(named(args)) : new Reject(`${cmd} not allowed. Command not found`);
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the shell rejects with plain values
    return answer instanceof Reject ? Promise.reject(answer.value) : answer;
  });
  return calls;
}

/** The calls other than those every screen makes (the words and `BACKGROUND`). */
export function commands(calls: readonly Call[]): Call[] {
  return calls.filter((c) => !c.cmd.startsWith('l10n_') && !BACKGROUND.includes(c.cmd));
}

export { clearMocks };
