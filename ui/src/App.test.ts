import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from './App.svelte';
import { FINDINGS_EN, BLANK_PRESERVATION, FORM_CATALOG, KINDS_EN, KINDS_FR } from './test/fixtures';
import { L10N, Reject, clearMocks, commands, fakeShell, type Args, type Call } from './test/ipc';
import { watchRawIds } from './test/raw-ids';

let calls: Call[];

beforeEach(() => {
  calls = fakeShell({
    catalog_kinds: (args) => (args['lang'] === 'fr' ? KINDS_FR : KINDS_EN),
  });
});

afterEach(() => {
  clearMocks();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

/** Picks a language in the picker labelled `label`. */
async function chooseLanguage(label: string, lang: string): Promise<void> {
  await fireEvent.change(await screen.findByRole('combobox', { name: label }), { target: { value: lang } });
}

interface HeldWords {
  handler: (args: Args) => Promise<unknown>;
  /** The languages asked for so far. */
  asked(): string[];
  /** Answers the request for `lang` with its words. */
  answer(lang: string): void;
}

/** `l10n_ui` answering only when the test says, language by language. */
function heldWords(): HeldWords {
  const waiting = new Map<string, () => void>();
  return {
    handler: (args) =>
      new Promise((resolve) => {
        waiting.set(String(args['lang']), () => {
          resolve(L10N['l10n_ui']!(args));
        });
      }),
    asked: () => [...waiting.keys()],
    answer(lang) {
      const release = waiting.get(lang);
      if (release === undefined) throw new Error(`l10n_ui was not asked for ${lang}`);
      release();
    },
  };
}

describe('App', () => {
  it('offers the six interface languages, each named in itself', async () => {
    render(App);

    const select = await screen.findByRole('combobox', { name: 'Language' });
    const options = Array.from((select as HTMLSelectElement).options);
    expect(options.map((o) => [o.value, o.lang, o.textContent])).toEqual([
      ['en', 'en', 'English'],
      ['fr', 'fr', 'Français'],
      ['es', 'es', 'Español'],
      ['ru', 'ru', 'Русский'],
      ['ar', 'ar', 'العربية'],
      ['zh', 'zh', '中文'],
    ]);
  });

  it('takes its own words from the core and asks again in the language chosen', async () => {
    render(App);

    await screen.findByRole('heading', { level: 2, name: 'New request' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Rogatory');
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeTruthy();

    await chooseLanguage('Language', 'ar');

    await screen.findByRole('heading', { level: 2, name: 'طلب جديد' });
    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeTruthy();
    expect(screen.queryByText('New request')).toBeNull();
    expect(screen.queryByText('Language')).toBeNull();
    expect(calls.filter((c) => c.cmd === 'l10n_ui')).toEqual([
      { cmd: 'l10n_ui', args: { lang: 'en' } },
      { cmd: 'l10n_ui', args: { lang: 'ar' } },
    ]);
  });

  it('never shows a message id while the words load, nor after', async () => {
    const words = heldWords();
    fakeShell({
      l10n_ui: words.handler,
      catalog_kinds: () => KINDS_EN,
      case_new: (args) =>
        args['kind'] === 'mla' ? new Reject({ code: 'case-kind', args: { found: 'mla' } }) : BLANK_PRESERVATION,
      case_check: () => FINDINGS_EN,
      catalog_get: () => FORM_CATALOG,
    });
    const watch = watchRawIds();
    render(App);

    // Everything the screen can show before its words arrive: the kinds, an
    // error, the wizard of a chosen case and its findings, with headings and
    // labels empty.
    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[0]!.label }));
    await within(await screen.findByRole('alert')).findByText(/Unknown kind of request/);
    await fireEvent.click(screen.getByRole('button', { name: KINDS_EN[1]!.label }));
    await screen.findAllByText(FINDINGS_EN[1]!.message);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('');

    words.answer('en');
    await screen.findByRole('region', { name: 'Findings' });

    await chooseLanguage('Language', 'ar');
    await waitFor(() => {
      expect(screen.queryByRole('region', { name: 'Findings' })).toBeNull();
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('');
    words.answer('ar');
    await screen.findByRole('region', { name: 'الملاحظات' });

    expect(watch.stop()).toEqual([]);
  });

  it('drops words that arrive after the language has changed', async () => {
    const words = heldWords();
    fakeShell({ l10n_ui: words.handler, catalog_kinds: () => KINDS_EN });
    render(App);

    await fireEvent.change(screen.getByRole('combobox'), { target: { value: 'ar' } });
    await waitFor(() => {
      expect(words.asked()).toEqual(['en', 'ar']);
    });
    words.answer('ar');
    await screen.findByRole('heading', { level: 2, name: 'طلب جديد' });
    words.answer('en');
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(screen.getByRole('combobox', { name: 'اللغة' })).toBeTruthy();
    expect(screen.queryByText('New request')).toBeNull();
  });

  it('shows why its words could not be loaded', async () => {
    const unreadable = { code: 'i18n-read', args: { path: '/opt/rogatory/locales', reason: 'not found' } };
    fakeShell({
      l10n_ui: () => new Reject(unreadable),
      l10n_error: () => new Reject(unreadable),
      catalog_kinds: () => KINDS_EN,
    });
    render(App);

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('i18n-read')).toBeTruthy();
    expect(within(alert).getByText('/opt/rogatory/locales')).toBeTruthy();
  });

  it('starts left to right in English and turns the page right to left in Arabic', async () => {
    render(App);
    const root = document.documentElement;
    await waitFor(() => {
      expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
    });

    await chooseLanguage('Language', 'ar');

    await waitFor(() => {
      expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    });

    await chooseLanguage('اللغة', 'zh');

    await waitFor(() => {
      expect([root.lang, root.dir]).toEqual(['zh', 'ltr']);
    });
  });

  it('asks the core for the kinds again in the language chosen', async () => {
    render(App);
    await screen.findByRole('button', { name: KINDS_EN[0]!.label });

    await chooseLanguage('Language', 'fr');

    await screen.findByRole('button', { name: KINDS_FR[0]!.label });
    expect(commands(calls).map((c) => [c.cmd, c.args['lang']])).toEqual([
      ['catalog_kinds', 'en'],
      ['catalog_kinds', 'fr'],
    ]);
  });
});
