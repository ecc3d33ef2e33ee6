// The shell sets `freezePrototype: true`: Object.prototype is frozen before
// any of our code runs. The app must mount and work all the same.

import { afterEach, beforeAll, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { BLANK_PRESERVATION, FINDINGS_EN, FORM_CATALOG, KINDS_EN } from './test/fixtures';
import { clearMocks, fakeShell } from './test/ipc';

beforeAll(() => {
  Object.freeze(Object.prototype);
});

afterEach(() => {
  clearMocks();
});

it('runs with Object.prototype frozen, as in the shell', async () => {
  expect(Object.isFrozen(Object.prototype)).toBe(true);
  fakeShell({
    catalog_kinds: () => KINDS_EN,
    case_new: () => BLANK_PRESERVATION,
    case_check: () => FINDINGS_EN,
    catalog_get: () => FORM_CATALOG,
  });
  const { default: App } = await import('./App.svelte');
  render(App);

  await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));

  await screen.findByRole('heading', { name: 'Errors 1' });
  await screen.findByRole('navigation', { name: 'Steps of the request' });
});
