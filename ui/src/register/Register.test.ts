// The register as the officer meets it: every change kept without a click,
// the deadline dashboard, search and filters, and a case's tracking and history.

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import blanks from '../test/generated/blanks.json';
import { FORM_CATALOG, KINDS_EN } from '../test/fixtures';
import { Reject, clearMocks, fakeShell, revisionOf, summaryOf, type Call, type Handler } from '../test/ipc';
import type { CaseHistory } from '../bindings/CaseHistory';
import type { Deadline } from '../bindings/Deadline';
import type { CaseDoc } from '../lib/types';

const CASES = blanks.cases as unknown as Record<string, CaseDoc>;

afterEach(() => {
  clearMocks();
});

function core(extra: Record<string, Handler> = {}): Call[] {
  return fakeShell({
    catalog_kinds: () => KINDS_EN,
    catalog_get: () => FORM_CATALOG,
    case_new: (args) => structuredClone(CASES[String(args['kind'])]),
    case_check: () => [],
    ...extra,
  });
}

const DUE: Deadline[] = [
  {
    case_id: 'p-1',
    rule: 'preservation-minimum',
    start: '2026-09-10',
    days: 60,
    due: '2026-11-09',
    advice: false,
    basis: ['Budapest Convention art. 29(7)'],
    reference: 'PG/2026/007',
    kind: 'preservation',
    country: 'XA',
    title: '',
  },
  {
    case_id: 'm-2',
    rule: 'requested-execution',
    start: '2026-11-30',
    days: 0,
    due: '2026-11-30',
    advice: true,
    basis: [],
    reference: 'PG/2026/031',
    kind: 'mla',
    country: 'XB',
    title: '',
  },
];

describe('the register', () => {
  it('keeps each change without a click: the case is taken in once, then autosaved', async () => {
    const calls = core();
    render(App, { checkDelay: 0, autosaveDelay: 10 });
    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));
    await screen.findByRole('navigation', { name: 'Steps of the request' });
    // Opening a blank case writes nothing.
    expect(calls.filter((c) => c.cmd.startsWith('register_a'))).toEqual([]);

    const reference = screen.getByLabelText('Reference number');
    await fireEvent.input(reference, { target: { value: 'PG/2026/1' } });
    await waitFor(() => {
      expect(calls.filter((c) => c.cmd === 'register_adopt')).toHaveLength(1);
    });
    await fireEvent.input(reference, { target: { value: 'PG/2026/12' } });
    await waitFor(() => {
      expect(calls.filter((c) => c.cmd === 'register_autosave')).toHaveLength(1);
    });
    const saved = calls.find((c) => c.cmd === 'register_autosave')!.args;
    expect(saved['id']).toBe('case-1');
    expect(saved['case']).toMatchObject({ id: 'case-1', request: { reference: 'PG/2026/12' } });
    // Once kept, closing the window has nothing to ask about.
    await screen.findByText('Kept in the register');
    const flags = calls.filter((c) => c.cmd === 'app_set_unsaved').map((c) => c.args['unsaved']);
    expect(flags[flags.length - 1]).toBe(false);
  });

  it('keeps the last change at once when the officer leaves the case before the autosave', async () => {
    const calls = core();
    render(App, { checkDelay: 0, autosaveDelay: 60_000 });
    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));
    await fireEvent.input(await screen.findByLabelText('Reference number'), { target: { value: 'PG/2026/77' } });
    expect(calls.filter((c) => c.cmd === 'register_adopt')).toHaveLength(0);
    await fireEvent.click(screen.getByRole('button', { name: 'New request' }));
    await screen.findByRole('button', { name: KINDS_EN[1]!.label });
    const adopted = calls.filter((c) => c.cmd === 'register_adopt');
    expect(adopted).toHaveLength(1);
    expect(adopted[0]!.args['case']).toMatchObject({ request: { reference: 'PG/2026/77' } });
  });

  it('saves the case file with its register id, so importing it later finds the same case', async () => {
    const calls = core({ case_save: () => '/home/officer/p.json' });
    render(App, { checkDelay: 0, autosaveDelay: 60_000 });
    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));
    await screen.findByRole('navigation', { name: 'Steps of the request' });
    await fireEvent.click(screen.getByRole('button', { name: 'Save the case file…' }));
    await screen.findByText('/home/officer/p.json');
    const order = calls.map((c) => c.cmd).filter((c) => ['register_adopt', 'case_save', 'register_save'].includes(c));
    expect(order).toEqual(['register_adopt', 'case_save', 'register_save']);
    expect(calls.find((c) => c.cmd === 'case_save')!.args['case']).toMatchObject({ id: 'case-1' });
  });

  it('says so when a change could not be kept', async () => {
    core({ register_adopt: () => new Reject({ code: 'register-database', args: { detail: 'disk I/O error' } }) });
    render(App, { checkDelay: 0, autosaveDelay: 10 });
    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));
    await fireEvent.input(await screen.findByLabelText('Reference number'), { target: { value: 'X' } });
    await screen.findByText('Not kept in the register:');
    await screen.findByText(/disk I\/O error/);
  });

  it('lists what falls due on the start screen, overdue first, and opens the request', async () => {
    const calls = core({
      register_dashboard: () => DUE,
      register_open: () => ({ summary: summaryOf('p-1'), doc: structuredClone(CASES['preservation']), followed_by: [] }),
    });
    render(App, { today: '2026-11-22' });
    const list = await screen.findByRole('region', { name: 'Deadlines of the next 14 days' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Overdue');
    expect(items[0]!.textContent).toContain('Budapest Convention art. 29(7)');
    expect(items[1]!.textContent).toContain('Due');
    expect(items[1]!.textContent).toContain('Advice: check this date');
    await fireEvent.click(within(items[0]!).getByRole('button'));
    await screen.findByRole('navigation', { name: 'Steps of the request' });
    expect(calls.find((c) => c.cmd === 'register_open')!.args['id']).toBe('p-1');
    expect(calls.find((c) => c.cmd === 'register_dashboard')!.args).toEqual({ days: 14, today: '2026-11-22' });
  });

  it('searches as the officer types and filters by status', async () => {
    const calls = core({
      register_list: (args) => {
        const q = args['query'] as { text: string; status: string | null };
        const items = q.text.includes('fraud') ? [{ ...summaryOf('m-1', 'mla'), reference: 'PG/2026/031', title: 'Fraud' }] : [];
        return { total: items.length, items };
      },
    });
    render(App, { today: '2026-11-22' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Register' }));
    const search = await screen.findByRole('searchbox', { name: 'Search every case and its notes' });
    await fireEvent.input(search, { target: { value: 'fraud' } });
    const row = await screen.findByRole('button', { name: /PG\/2026\/031/ });
    expect(row).toBeTruthy();
    await fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'sent' } });
    await waitFor(() => {
      const last = calls.filter((c) => c.cmd === 'register_list').pop()!.args['query'];
      expect(last).toMatchObject({ text: 'fraud', status: 'sent' });
    });
  });

  it('registers a request received from abroad and opens it to be checked', async () => {
    const calls = core({
      register_list: () => ({ total: 0, items: [] }),
      register_incoming: () => ({ ...summaryOf('in-1', 'mla'), direction: 'incoming', status: 'received' }),
      register_open: () => ({ summary: summaryOf('in-1', 'mla'), doc: structuredClone(CASES['mla']), followed_by: [] }),
    });
    render(App, { checkDelay: 0, today: '2026-11-22' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Register' }));
    await fireEvent.click(await screen.findByText('Register an incoming request'));
    const form = screen.getByRole('button', { name: 'Register and open' }).closest('form')!;
    await waitFor(() => {
      expect(within(form).getByRole('combobox', { name: 'Kind of request' }).querySelectorAll('option').length).toBeGreaterThan(1);
    });
    await fireEvent.change(within(form).getByRole('combobox', { name: 'Kind of request' }), { target: { value: 'mla' } });
    await fireEvent.input(within(form).getByLabelText('Requesting State (two-letter code)'), { target: { value: 'xb' } });
    await fireEvent.input(within(form).getByLabelText('Received on'), { target: { value: '2026-11-20' } });
    await fireEvent.input(within(form).getByLabelText('Their reference'), { target: { value: 'XB/MLA/55' } });
    await fireEvent.click(within(form).getByRole('button', { name: 'Register and open' }));
    await screen.findByRole('navigation', { name: 'Steps of the request' });
    expect(calls.find((c) => c.cmd === 'register_incoming')!.args).toEqual({
      kind: 'mla',
      details: { country: 'XB', received_on: '2026-11-20', their_reference: 'XB/MLA/55', follows: null },
    });
    expect(calls.find((c) => c.cmd === 'register_open')!.args['id']).toBe('in-1');
  });

  it('exports the cases listed, by id', async () => {
    const calls = core({
      register_list: () => ({ total: 2, items: [summaryOf('a-1'), summaryOf('b-2')] }),
      register_export: () => 2,
    });
    render(App, { today: '2026-11-22' });
    await fireEvent.click(await screen.findByRole('button', { name: 'Register' }));
    await screen.findByRole('table');
    await fireEvent.click(screen.getByRole('button', { name: 'Export the cases listed…' }));
    await screen.findByText('Case files written: 2');
    expect(calls.find((c) => c.cmd === 'register_export')!.args).toEqual({ ids: ['a-1', 'b-2'] });
  });

  it('records a status change and restores an earlier revision', async () => {
    const history: CaseHistory = {
      summary: { ...summaryOf('case-1'), head: 2 },
      revisions: [revisionOf(2), { ...revisionOf(1, 'created'), changed: [] }],
      events: [],
      followed_by: [],
      deadlines: [],
    };
    const calls = core({
      register_history: () => history,
      register_add_event: (args) => {
        const e = args['event'] as { on: string; kind: 'status'; status: 'sent'; note: string };
        history.events.push({ id: 1, ...e, author: 'Officer', recorded_at: '2026-11-22T10:00:00Z' });
        history.summary = { ...history.summary, status: 'sent' };
        return history.events[0];
      },
      register_restore: () => revisionOf(3, 'restore'),
      register_open: () => ({ summary: summaryOf('case-1'), doc: structuredClone(CASES['preservation']), followed_by: [] }),
    });
    render(App, { checkDelay: 0, autosaveDelay: 10, today: '2026-11-22' });
    await fireEvent.click(await screen.findByRole('button', { name: KINDS_EN[1]!.label }));
    await fireEvent.input(await screen.findByLabelText('Reference number'), { target: { value: 'PG/1' } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Tracking and history' }));
    await screen.findByRole('heading', { name: 'Tracking and history of this request' });

    await fireEvent.change(screen.getByRole('combobox', { name: 'New status' }), { target: { value: 'sent' } });
    await fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'By diplomatic bag' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Record' }));
    await screen.findByText('By diplomatic bag');
    expect(calls.find((c) => c.cmd === 'register_add_event')!.args).toEqual({
      id: 'case-1',
      event: { on: '2026-11-22', kind: 'status', status: 'sent', note: 'By diplomatic bag' },
    });

    await fireEvent.click(screen.getByRole('button', { name: /^Restore this revision\s*1$/ }));
    await waitFor(() => {
      expect(calls.find((c) => c.cmd === 'register_restore')!.args).toEqual({ id: 'case-1', n: 1 });
    });
    // The restored case is opened again from the register, in the form.
    await waitFor(() => {
      expect(calls.some((c) => c.cmd === 'register_open')).toBe(true);
    });
  });
});
