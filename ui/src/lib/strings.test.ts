import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from './language';
import { STRING_IDS, languageName, loadStrings, stringsError, t } from './strings.svelte';
import { UI_FTL } from '../test/locales';
import { L10N, Reject, clearMocks, fakeShell } from '../test/ipc';

afterEach(() => {
  clearMocks();
});

describe('strings', () => {
  it('names only ids that every locale’s ui.ftl has', () => {
    expect(Object.keys(UI_FTL).sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) {
      const missing = STRING_IDS.filter((id) => UI_FTL[lang]?.[id] === undefined);
      expect(missing, lang).toEqual([]);
    }
  });

  it('is empty until the words arrive, never the id', async () => {
    let answer: (words: unknown) => void = () => {};
    const calls = fakeShell({
      l10n_ui: (args) =>
        new Promise((resolve) => {
          answer = () => {
            resolve(L10N['l10n_ui']!(args));
          };
        }),
    });

    const loading = loadStrings('ar');
    expect(t('ui-start-title')).toBe('');
    expect(languageName('zh')).toBe('');
    answer(undefined);
    await loading;

    expect(calls).toEqual([{ cmd: 'l10n_ui', args: { lang: 'ar' } }]);
    expect(t('ui-start-title')).toBe('طلب جديد');
    expect(languageName('zh')).toBe('中文');
    expect(stringsError()).toBeNull();
  });

  it('keeps only the words of the language asked for last', async () => {
    const answers = new Map<string, () => void>();
    fakeShell({
      l10n_ui: (args) =>
        new Promise((resolve) => {
          answers.set(String(args['lang']), () => {
            resolve(L10N['l10n_ui']!(args));
          });
        }),
    });

    const english = loadStrings('en');
    const arabic = loadStrings('ar');
    answers.get('ar')!();
    await arabic;
    answers.get('en')!();
    await english;

    expect(t('ui-language-label')).toBe('اللغة');
  });

  it('clears the words and keeps the error when they cannot be had', async () => {
    fakeShell({});
    await loadStrings('en');
    expect(t('ui-start-title')).toBe('New request');

    fakeShell({ l10n_ui: () => new Reject({ code: 'internal', args: { detail: 'no core' } }) });
    await loadStrings('fr');

    expect(t('ui-start-title')).toBe('');
    expect(stringsError()).toEqual({ code: 'internal', args: { detail: 'no core' } });

    fakeShell({});
    await loadStrings('fr');
    expect(t('ui-start-title')).toBe('Nouvelle demande');
    expect(stringsError()).toBeNull();
  });
});
