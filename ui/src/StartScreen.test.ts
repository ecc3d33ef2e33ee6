import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import StartScreen from './StartScreen.svelte';
import { BLANK_PRESERVATION, FINDINGS_EN, KINDS_EN, KINDS_FR } from './test/fixtures';
import { Reject, clearMocks, fakeShell } from './test/ipc';

afterEach(() => {
  clearMocks();
});

describe('StartScreen', () => {
  it('lists the kinds the core returns, asked for in the chosen language', async () => {
    const calls = fakeShell({
      catalog_kinds: (args) => (args['lang'] === 'fr' ? KINDS_FR : KINDS_EN),
    });

    render(StartScreen, { lang: 'fr' });

    const list = await screen.findByRole('list', { name: 'Kind of request' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(KINDS_FR.map((k) => k.label));
    const preservation = screen.getByRole('button', { name: KINDS_FR[1]!.label });
    expect(preservation.getAttribute('type')).toBe('button');
    expect(screen.getByText(KINDS_FR[1]!.help).id).toBe(preservation.getAttribute('aria-describedby'));
    expect(calls).toEqual([{ cmd: 'catalog_kinds', args: { lang: 'fr' } }]);
  });

  it('opens a blank case of the chosen kind and shows its findings grouped by severity', async () => {
    const calls = fakeShell({
      catalog_kinds: () => KINDS_EN,
      case_new: () => BLANK_PRESERVATION,
      case_check: () => FINDINGS_EN,
    });
    render(StartScreen, { lang: 'en' });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));

    const panel = await screen.findByRole('region', { name: 'Findings' });
    await within(panel).findByRole('heading', { name: 'Errors 2' });
    expect(calls.map((c) => c.cmd)).toEqual(['catalog_kinds', 'case_new', 'case_check']);
    expect(calls[1]!.args).toEqual({ kind: 'preservation' });
    expect(calls[2]!.args).toEqual({ case: BLANK_PRESERVATION, lang: 'en' });

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

  it('shows an error from the shell as an error state, with its code and arguments', async () => {
    fakeShell({
      catalog_kinds: () => new Reject({ code: 'i18n-missing', args: { id: 'kind-mla', lang: 'fr' } }),
    });

    render(StartScreen, { lang: 'fr' });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('i18n-missing')).toBeTruthy();
    expect(within(alert).getByText('kind-mla')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Kind of request' })).toBeNull();
  });

  it('keeps the kinds on screen when opening a case fails', async () => {
    fakeShell({
      catalog_kinds: () => KINDS_EN,
      case_new: () => new Reject({ code: 'case-kind', args: { found: 'preservation' } }),
    });
    render(StartScreen, { lang: 'en' });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('case-kind')).toBeTruthy();
    expect(within(alert).getByText('found')).toBeTruthy();
    expect(screen.getAllByRole('button')).toHaveLength(KINDS_EN.length);
    expect(screen.queryByRole('region', { name: 'Findings' })).toBeNull();
  });

  it('shows a rejection that is not { code, args } as an internal error', async () => {
    fakeShell({
      catalog_kinds: () => KINDS_EN,
      case_new: () => BLANK_PRESERVATION,
      // No case_check handler: the shell answers as for a command not granted.
    });
    render(StartScreen, { lang: 'en' });

    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[0]!.label }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('internal')).toBeTruthy();
    expect(within(alert).getByText(/case_check not allowed/)).toBeTruthy();
  });

  it('checks the case again in the new language when the language changes', async () => {
    const calls = fakeShell({
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
    fakeShell({
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
