import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import StartScreen from './StartScreen.svelte';
import type { Lang } from './lib/language';
import { loadStrings } from './lib/strings.svelte';
import { BLANK_PRESERVATION, FINDINGS_EN, KINDS_EN, KINDS_FR } from './test/fixtures';
import { isolated } from './test/l10n';
import { Reject, clearMocks, commands, fakeShell, type Call, type Handler } from './test/ipc';

afterEach(() => {
  clearMocks();
});

/** The fake shell, with the interface's words of `lang` loaded, as App does. */
async function shell(handlers: Record<string, Handler>, lang: Lang = 'en'): Promise<Call[]> {
  const calls = fakeShell(handlers);
  await loadStrings(lang);
  return calls;
}

describe('StartScreen', () => {
  it('lists the kinds the core returns, asked for in the chosen language', async () => {
    const calls = await shell(
      {
        catalog_kinds: (args) => (args['lang'] === 'fr' ? KINDS_FR : KINDS_EN),
      },
      'fr',
    );

    render(StartScreen, { lang: 'fr' });

    const list = await screen.findByRole('list', { name: 'Type de demande' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(KINDS_FR.map((k) => k.label));
    const preservation = screen.getByRole('button', { name: KINDS_FR[1]!.label });
    expect(preservation.getAttribute('type')).toBe('button');
    expect(screen.getByText(KINDS_FR[1]!.help).id).toBe(preservation.getAttribute('aria-describedby'));
    expect(commands(calls)).toEqual([{ cmd: 'catalog_kinds', args: { lang: 'fr' } }]);
  });

  it('opens a blank case of the chosen kind and shows its findings grouped by severity', async () => {
    const calls = await shell({
      catalog_kinds: () => KINDS_EN,
      case_new: () => BLANK_PRESERVATION,
      case_check: () => FINDINGS_EN,
    });
    render(StartScreen, { lang: 'en' });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));

    const panel = await screen.findByRole('region', { name: 'Findings' });
    await within(panel).findByRole('heading', { name: 'Errors 2' });
    expect(commands(calls)).toEqual([
      { cmd: 'catalog_kinds', args: { lang: 'en' } },
      { cmd: 'case_new', args: { kind: 'preservation' } },
      { cmd: 'case_check', args: { case: BLANK_PRESERVATION, lang: 'en' } },
    ]);

    const headings = within(panel).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Errors 2',
      'Warnings 3',
      'Advice 1',
    ]);

    const errors = within(panel).getByRole('region', { name: 'Errors 2' });
    const items = within(errors).getAllByRole('listitem').filter((li) => li.classList.contains('finding'));
    expect(items.map((li) => li.dataset['code'])).toEqual(['missing-request-language', 'missing-mla-undertaking']);
    const undertaking = items[1]!;
    expect(within(undertaking).getByText(FINDINGS_EN[2]!.message)).toBeTruthy();
    expect(within(undertaking).getByText('/preservation/mla_will_follow')).toBeTruthy();
    expect(within(undertaking).getByText('Budapest Convention art. 29(2)(f)')).toBeTruthy();

    const language = within(errors).getByText('/request/language').closest('li')!;
    const basis = within(language).getAllByRole('listitem').map((li) => li.textContent);
    expect(basis).toEqual(['UNTOC art. 18(14)', 'UNCAC art. 46(14)']);

    expect(screen.getByRole('button', { name: KINDS_EN[1]!.label }).getAttribute('aria-current')).toBe('true');
  });

  it('shows an error from the shell as a sentence in the interface language, with its code and arguments', async () => {
    const missing = { code: 'i18n-missing', args: { id: 'kind-mla', lang: 'fr' } };
    const calls = await shell({ catalog_kinds: () => new Reject(missing) }, 'fr');

    render(StartScreen, { lang: 'fr' });

    const alert = await screen.findByRole('alert');
    await within(alert).findByText(`Le message « ${isolated('kind-mla')} » manque dans la langue ${isolated('fr')}.`);
    expect(within(alert).getByText('Cette action n’a pas pu être effectuée')).toBeTruthy();
    expect(within(alert).getByText('Code d’erreur').nextElementSibling?.textContent).toBe('i18n-missing');
    expect(within(alert).getByText('kind-mla')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
    expect(calls.filter((c) => c.cmd === 'l10n_error')).toEqual([
      { cmd: 'l10n_error', args: { lang: 'fr', error: missing } },
    ]);
  });

  it('formats the error again in Arabic when the language changes', async () => {
    const missing = { code: 'i18n-missing', args: { id: 'kind-mla', lang: 'fr' } };
    await shell({ catalog_kinds: () => new Reject(missing) }, 'en');
    const { rerender } = render(StartScreen, { lang: 'en' });
    await screen.findByText(`The message “${isolated('kind-mla')}” is missing in the locale ${isolated('fr')}.`);

    await loadStrings('ar');
    await rerender({ lang: 'ar' });

    const alert = await screen.findByRole('alert');
    await within(alert).findByText(`الرسالة «${isolated('kind-mla')}» غير موجودة في لغة الواجهة ${isolated('fr')}.`);
    expect(within(alert).getByText('رمز الخطأ')).toBeTruthy();
  });

  it('shows the code when the error cannot be put into words either', async () => {
    await shell({
      catalog_kinds: () => new Reject({ code: 'i18n-missing', args: { id: 'kind-mla', lang: 'fr' } }),
      l10n_error: () => new Reject({ code: 'internal', args: { detail: 'core not loaded' } }),
    });

    render(StartScreen, { lang: 'en' });

    const alert = await screen.findByRole('alert');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(within(alert).getByText('Error code').nextElementSibling?.textContent).toBe('i18n-missing');
    expect(within(alert).getByText('kind-mla')).toBeTruthy();
    expect(alert.querySelector('.message')).toBeNull();
  });

  it('keeps the kinds on screen when opening a case fails', async () => {
    await shell({
      catalog_kinds: () => KINDS_EN,
      case_new: () => new Reject({ code: 'case-kind', args: { found: 'preservation' } }),
    });
    render(StartScreen, { lang: 'en' });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));

    const alert = await screen.findByRole('alert');
    await within(alert).findByText(`Unknown kind of request “${isolated('preservation')}”.`);
    expect(within(alert).getByText('case-kind')).toBeTruthy();
    expect(within(alert).getByText('found')).toBeTruthy();
    expect(screen.getAllByRole('button')).toHaveLength(KINDS_EN.length);
    expect(screen.queryByRole('region', { name: 'Findings' })).toBeNull();
  });

  it('shows a rejection that is not { code, args } as an internal error', async () => {
    await shell({
      catalog_kinds: () => KINDS_EN,
      case_new: () => BLANK_PRESERVATION,
      // No case_check handler: the shell answers as for a command not granted.
    });
    render(StartScreen, { lang: 'en' });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[0]!.label }));

    const alert = await screen.findByRole('alert');
    await within(alert).findByText(/^Something went wrong inside Rogatory\./);
    expect(within(alert).getByText('internal')).toBeTruthy();
    expect(within(alert).getByText(/case_check not allowed/)).toBeTruthy();
  });

  it('checks the case again in the new language when the language changes', async () => {
    const calls = await shell({
      catalog_kinds: (args) => (args['lang'] === 'fr' ? KINDS_FR : KINDS_EN),
      case_new: () => BLANK_PRESERVATION,
      case_check: () => FINDINGS_EN,
    });
    const { rerender } = render(StartScreen, { lang: 'en' });
    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));
    await screen.findByRole('heading', { name: 'Errors 2' });

    await rerender({ lang: 'fr' });

    await screen.findByRole('button', { name: KINDS_FR[1]!.label });
    await waitFor(() => {
      expect(calls.filter((c) => c.cmd === 'case_check').map((c) => c.args['lang'])).toEqual(['en', 'fr']);
    });
    expect(calls.filter((c) => c.cmd === 'case_new')).toHaveLength(1);
  });

  it('drops an answer that arrives after the language has changed', async () => {
    let answerEnglish: (kinds: unknown) => void = () => {};
    await shell({
      catalog_kinds: (args) =>
        args['lang'] === 'en'
          ? new Promise((resolve) => {
              answerEnglish = resolve;
            })
          : KINDS_FR,
    });
    const { rerender } = render(StartScreen, { lang: 'en' });

    await rerender({ lang: 'fr' });
    await screen.findByRole('button', { name: KINDS_FR[0]!.label });
    answerEnglish(KINDS_EN);
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(KINDS_FR.map((k) => k.label));
  });
});
