import { afterEach, describe, expect, it } from 'vitest';
import {
  CommandError,
  caseCheck,
  caseExample,
  catalogKinds,
  documentPreview,
  errorOf,
  l10nError,
  l10nUi,
  toIpcError,
} from './api';
import { BLANK_PRESERVATION } from '../test/fixtures';
import { Reject, clearMocks, fakeShell } from '../test/ipc';

afterEach(() => {
  clearMocks();
});

describe('api', () => {
  it('passes each command its arguments under the names the Rust commands take', async () => {
    const calls = fakeShell({
      case_check: () => [],
      case_example: () => BLANK_PRESERVATION,
      document_preview: () => ({ lang: 'ar', rtl: true }),
    });
    const unknown = { code: 'unknown-example', args: { name: 'nope' } };

    await caseCheck(BLANK_PRESERVATION, 'fr');
    await caseCheck(BLANK_PRESERVATION, 'fr', '2026-11-22');
    await caseExample('preservation-mailbox');
    await documentPreview(BLANK_PRESERVATION, 'ar');
    const words = await l10nUi('ar');
    const sentence = await l10nError('en', unknown);

    expect(words['ui-start-title']).toBe('طلب جديد');
    expect(sentence).toBe('There is no example named “\u2068nope\u2069”.');
    expect(calls).toEqual([
      { cmd: 'case_check', args: { case: BLANK_PRESERVATION, lang: 'fr' } },
      { cmd: 'case_check', args: { case: BLANK_PRESERVATION, lang: 'fr', today: '2026-11-22' } },
      { cmd: 'case_example', args: { name: 'preservation-mailbox' } },
      { cmd: 'document_preview', args: { case: BLANK_PRESERVATION, lang: 'ar' } },
      { cmd: 'l10n_ui', args: { lang: 'ar' } },
      { cmd: 'l10n_error', args: { lang: 'en', error: unknown } },
    ]);
  });

  it('rejects with a CommandError carrying the shell’s { code, args }', async () => {
    fakeShell({
      case_example: () => new Reject({ code: 'unknown-example', args: { name: 'nope' } }),
    });

    const failure = await caseExample('nope').catch((reason: unknown) => reason);

    expect(failure).toBeInstanceOf(CommandError);
    expect((failure as CommandError).command).toBe('case_example');
    expect(errorOf(failure)).toEqual({ code: 'unknown-example', args: { name: 'nope' } });
  });

  it('turns any other rejection into an internal error that keeps its text', async () => {
    fakeShell({});

    const failure = await catalogKinds('en').catch((reason: unknown) => reason);

    expect(errorOf(failure)).toEqual({
      code: 'internal',
      args: { detail: 'catalog_kinds not allowed. Command not found' },
    });
    expect(toIpcError(new Error('bridge gone'))).toEqual({ code: 'internal', args: { detail: 'bridge gone' } });
    expect(toIpcError({ code: 'case-format' })).toEqual({
      code: 'internal',
      args: { detail: '[object Object]' },
    });
  });
});
