// The authority's profile screen, against a fake shell that keeps what it is
// given and refuses what the real one refuses.

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from './App.svelte';
import type { Settings } from './bindings/Settings';
import { KINDS_EN } from './test/fixtures';
import { BLANK_SETTINGS, Reject, clearMocks, fakeShell } from './test/ipc';

afterEach(() => {
  clearMocks();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

describe('settings', () => {
  it('shows the stored profile, saves what the officer types, and starts in its language', async () => {
    let stored: Settings = { ...BLANK_SETTINGS, authority_name: 'Office of the Prosecutor General', interface_lang: 'fr' };
    const saves: Settings[] = [];
    fakeShell({
      catalog_kinds: () => KINDS_EN,
      settings_get: () => stored,
      settings_set: (args) => {
        stored = args['settings'] as Settings;
        saves.push(stored);
        return stored;
      },
    });
    render(App);

    // The profile's interface language wins over the system's.
    await waitFor(() => {
      expect(document.documentElement.lang).toBe('fr');
    });
    await fireEvent.click(await screen.findByRole('button', { name: 'Paramètres' }));
    const name = await screen.findByLabelText('Nom de l’autorité');
    expect((name as HTMLInputElement).value).toBe('Office of the Prosecutor General');

    await fireEvent.input(screen.getByLabelText('Numéro de référence des nouvelles demandes'), {
      target: { value: 'PG/EJ/[year]/[seq]' },
    });
    await fireEvent.change(screen.getByLabelText('Langue des nouvelles demandes'), { target: { value: 'ar' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les paramètres' }));

    await screen.findByText('Paramètres enregistrés.');
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({
      authority_name: 'Office of the Prosecutor General',
      reference_pattern: 'PG/EJ/[year]/[seq]',
      document_lang: 'ar',
    });
  });

  it('says why a profile was refused, and keeps what was typed', async () => {
    fakeShell({
      catalog_kinds: () => KINDS_EN,
      settings_set: () =>
        new Reject({ code: 'settings-too-long', args: { field: 'authority_address', length: 200000, max: 2000 } }),
    });
    render(App);
    await fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    const address = await screen.findByLabelText('Address');
    await fireEvent.input(address, { target: { value: 'x'.repeat(50) } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }));

    const alert = await screen.findByRole('alert');
    await within(alert).findByText(/at most/);
    expect(within(alert).getByText('settings-too-long')).toBeTruthy();
    expect((address as HTMLTextAreaElement).value).toBe('x'.repeat(50));
    expect(screen.queryByText('Settings saved.')).toBeNull();
  });
});
