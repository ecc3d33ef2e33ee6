import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import StartScreen from './StartScreen.svelte';
import type { Lang } from './lib/language';
import { loadStrings } from './lib/strings.svelte';
import { BLANK_PRESERVATION, KINDS_EN, KINDS_FR } from './test/fixtures';
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

    render(StartScreen, { lang: 'fr', onopen: () => {}, onopenfile: () => {} });

    const list = await screen.findByRole('list', { name: 'Type de demande' });
    const buttons = within(list).getAllByRole('button', { name: /^Demande/ });
    expect(buttons.map((b) => b.textContent)).toEqual(KINDS_FR.map((k) => k.label));
    const preservation = screen.getByRole('button', { name: KINDS_FR[1]!.label });
    expect(preservation.getAttribute('type')).toBe('button');
    expect(screen.getByText(KINDS_FR[1]!.help).id).toBe(preservation.getAttribute('aria-describedby'));
    expect(commands(calls)).toEqual([{ cmd: 'catalog_kinds', args: { lang: 'fr' } }]);
  });

  it('hands a blank case of the chosen kind, or its example, to the wizard', async () => {
    const example = { ...BLANK_PRESERVATION, request: { ...BLANK_PRESERVATION['request'] as object, reference: 'EX-1' } };
    const calls = await shell({
      catalog_kinds: () => KINDS_EN,
      case_new: () => BLANK_PRESERVATION,
      case_example: () => example,
    });
    const opened: unknown[] = [];
    render(StartScreen, { lang: 'en', onopen: (doc) => opened.push(doc), onopenfile: () => {} });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));
    await waitFor(() => {
      expect(opened).toEqual([BLANK_PRESERVATION]);
    });
    await fireEvent.click(screen.getByRole('button', { name: `Open the example: ${KINDS_EN[1]!.label}` }));
    await waitFor(() => {
      expect(opened).toEqual([BLANK_PRESERVATION, example]);
    });
    expect(commands(calls)).toEqual([
      { cmd: 'catalog_kinds', args: { lang: 'en' } },
      { cmd: 'case_new', args: { kind: 'preservation' } },
      { cmd: 'case_example', args: { name: 'preservation-mailbox' } },
    ]);
    expect(screen.getByRole('button', { name: KINDS_EN[1]!.label }).getAttribute('aria-current')).toBe('true');
  });

  it('lists the recent case files and reopens one, a missing one greyed out', async () => {
    const opened: unknown[] = [];
    const calls = await shell({
      catalog_kinds: () => KINDS_EN,
      recent_list: () => [
        { path: '/home/officer/cases/pg-114.json', kind: 'preservation', reference: 'PG/2026/114', exists: true },
        { path: '/media/usb/old.json', kind: 'mla', reference: '', exists: false },
      ],
      recent_open: () => BLANK_PRESERVATION,
    });
    render(StartScreen, { lang: 'en', onopen: (doc) => opened.push(doc), onopenfile: () => {} });

    const list = await screen.findByRole('list', { name: 'Recent case files' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('/home/officer/cases/pg-114.json');
    const missing = within(items[1]!).getByRole('button');
    expect((missing as HTMLButtonElement).disabled).toBe(true);
    expect(items[1]!.textContent).toContain('(no longer there)');

    await fireEvent.click(within(items[0]!).getByRole('button', { name: 'Expedited preservation request: PG/2026/114' }));
    await waitFor(() => {
      expect(opened).toEqual([BLANK_PRESERVATION]);
    });
    expect(calls.filter((c) => c.cmd === 'recent_open')).toEqual([
      { cmd: 'recent_open', args: { path: '/home/officer/cases/pg-114.json' } },
    ]);
  });

  it('asks for a case file from its own button', async () => {
    await shell({ catalog_kinds: () => KINDS_EN });
    let asked = 0;
    render(StartScreen, { lang: 'en', onopen: () => {}, onopenfile: () => (asked += 1) });
    await fireEvent.click(await screen.findByRole('button', { name: 'Open a case file…' }));
    expect(asked).toBe(1);
  });

  it('shows an error from the shell as a sentence in the interface language, with its code and arguments', async () => {
    const missing = { code: 'i18n-missing', args: { id: 'kind-mla', lang: 'fr' } };
    const calls = await shell({ catalog_kinds: () => new Reject(missing) }, 'fr');

    render(StartScreen, { lang: 'fr', onopen: () => {}, onopenfile: () => {} });

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
    const { rerender } = render(StartScreen, { lang: 'en', onopen: () => {}, onopenfile: () => {} });
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

    render(StartScreen, { lang: 'en', onopen: () => {}, onopenfile: () => {} });

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
    render(StartScreen, { lang: 'en', onopen: () => {}, onopenfile: () => {} });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));

    const alert = await screen.findByRole('alert');
    await within(alert).findByText(`Unknown kind of request “${isolated('preservation')}”.`);
    expect(within(alert).getByText('case-kind')).toBeTruthy();
    expect(within(alert).getByText('found')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Kind of request' });
    const kinds = within(list).getAllByRole('button').filter((b) => !b.classList.contains('link'));
    expect(kinds.map((b) => b.textContent)).toEqual(
      KINDS_EN.map((k) => k.label),
    );
  });

  it('shows a rejection that is not { code, args } as an internal error', async () => {
    await shell({
      catalog_kinds: () => KINDS_EN,
      // No case_new handler: the shell answers as for a command not granted.
    });
    render(StartScreen, { lang: 'en', onopen: () => {}, onopenfile: () => {} });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[0]!.label }));

    const alert = await screen.findByRole('alert');
    await within(alert).findByText(/^Something went wrong inside Rogatory\./);
    expect(within(alert).getByText('internal')).toBeTruthy();
    expect(within(alert).getByText(/case_new not allowed/)).toBeTruthy();
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
    const { rerender } = render(StartScreen, { lang: 'en', onopen: () => {}, onopenfile: () => {} });

    await rerender({ lang: 'fr' });
    await screen.findByRole('button', { name: KINDS_FR[0]!.label });
    answerEnglish(KINDS_EN);
    await new Promise((resolve) => setTimeout(resolve, 0));

    const list = screen.getByRole('list', { name: 'Kind of request' });
    expect(within(list).getAllByRole('button', { name: /^Demande/ }).map((b) => b.textContent)).toEqual(
      KINDS_FR.map((k) => k.label),
    );
  });
});
