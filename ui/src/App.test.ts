import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import App from './App.svelte';
import { KINDS_EN, KINDS_FR } from './test/fixtures';
import { clearMocks, fakeShell, type Call } from './test/ipc';

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

describe('App', () => {
  it('offers the six interface languages, each named in itself', () => {
    render(App);

    const select = screen.getByRole('combobox', { name: 'Language' });
    const options = Array.from((select as HTMLSelectElement).options);
    expect(options.map((o) => [o.value, o.lang])).toEqual([
      ['en', 'en'],
      ['fr', 'fr'],
      ['es', 'es'],
      ['ru', 'ru'],
      ['ar', 'ar'],
      ['zh', 'zh'],
    ]);
    expect(options.find((o) => o.value === 'ar')?.textContent).toBe('العربية');
  });

  it('starts left to right in English and turns the page right to left in Arabic', async () => {
    render(App);
    const root = document.documentElement;
    await waitFor(() => {
      expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
    });

    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });

    await waitFor(() => {
      expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    });

    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'zh' } });

    await waitFor(() => {
      expect([root.lang, root.dir]).toEqual(['zh', 'ltr']);
    });
  });

  it('asks the core for the kinds again in the language chosen', async () => {
    render(App);
    await screen.findByRole('button', { name: KINDS_EN[0]!.label });

    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'fr' } });

    await screen.findByRole('button', { name: KINDS_FR[0]!.label });
    expect(calls.map((c) => [c.cmd, c.args['lang']])).toEqual([
      ['catalog_kinds', 'en'],
      ['catalog_kinds', 'fr'],
    ]);
  });
});
