// The wizard as the officer meets it: the app, opened on a blank case of a
// kind, with forms generated from the real catalog (`generated/`, what the
// core answers for the shipped templates) and a fake core whose findings
// follow what has been typed.

import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import App from '../App.svelte';
import blanks from '../test/generated/blanks.json';
import { FORM_CATALOG, KINDS_EN } from '../test/fixtures';
import { clearMocks, commands, fakeShell, type Args, type Call, type Handler } from '../test/ipc';
import type { CaseDoc, KindInfo, UiFinding } from '../lib/types';

const CASES = blanks.cases as unknown as Record<string, CaseDoc>;
const ITEMS = blanks.items as Record<string, unknown>;

const KINDS: KindInfo[] = [
  ...KINDS_EN,
  { id: 'mla', label: 'Mutual legal assistance request', help: '', example: null },
].filter((k, i, all) => all.findIndex((o) => o.id === k.id) === i);

afterEach(() => {
  clearMocks();
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

type Doc = Record<string, Record<string, unknown>>;

/** A small core: a few of the real rules, on what the case holds now. */
function findingsOf(doc: Doc): UiFinding[] {
  const out: UiFinding[] = [];
  const request = doc['request'] ?? {};
  if (request['language'] === '') {
    out.push({
      code: 'missing-request-language',
      severity: 'error',
      path: '/request/language',
      message: 'The language of the request is not chosen.',
      basis: ['UNTOC art. 18(14)'],
    });
  }
  const email = doc['requesting_authority']?.['email'];
  if (typeof email === 'string' && email !== '' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    out.push({
      code: 'invalid-email',
      severity: 'error',
      path: '/requesting_authority/email',
      message: 'This is not an e-mail address.',
      basis: [],
    });
  }
  if (doc['preservation'] !== undefined && doc['preservation']['mla_will_follow'] !== true) {
    out.push({
      code: 'missing-mla-undertaking',
      severity: 'error',
      path: '/preservation/mla_will_follow',
      message: 'The request does not state that a request for mutual legal assistance will follow.',
      basis: ['Budapest Convention art. 29(2)(f)'],
    });
  }
  if (request['reference'] === '') {
    out.push({
      code: 'missing-request-reference',
      severity: 'warning',
      path: '/request/reference',
      message: 'The request has no reference number.',
      basis: [],
    });
  }
  return out;
}

function core(extra: Record<string, Handler> = {}): Call[] {
  return fakeShell({
    catalog_kinds: () => KINDS,
    catalog_get: () => FORM_CATALOG,
    case_new: (args) => structuredClone(CASES[String(args['kind'])]),
    case_blank_item: (args) => structuredClone(ITEMS[String(args['of'])] ?? ''),
    case_check: (args) => findingsOf(args['case'] as Doc),
    ...extra,
  });
}

/** The app on a blank case of the kind labelled `label`, with its first check done. */
async function open(label: string): Promise<void> {
  render(App, { checkDelay: 0 });
  await fireEvent.click(await screen.findByRole('button', { name: label }));
  await screen.findByRole('navigation', { name: 'Steps of the request' });
  await waitFor(() => {
    expect(document.querySelector('.rail .badge')).not.toBeNull();
  });
}

function lastCheck(calls: Call[]): Args {
  const checks = calls.filter((c) => c.cmd === 'case_check');
  return checks[checks.length - 1]!.args;
}

function rail(): HTMLElement {
  return screen.getByRole('navigation', { name: 'Steps of the request' });
}

describe('the wizard', () => {
  it('has a step for each section of the kind, in order, and a review at the end', async () => {
    core();
    await open(KINDS_EN[1]!.label);

    const steps = within(rail())
      .getAllByRole('button')
      .map((b) => b.querySelector('.name')?.textContent);
    expect(steps).toEqual([
      'Request details',
      'Requesting authority',
      'Requested State',
      'Legal basis',
      'Investigation or proceedings',
      'Offences',
      'Summary of facts',
      'Service provider',
      'Data to be preserved',
      'Urgency',
      'Confidentiality',
      'Earlier requests',
      'Signature',
      'Review and export',
    ]);
    expect(within(rail()).getByRole('button', { name: /^Request details/ }).getAttribute('aria-current')).toBe('step');
  });

  it('generates each control from the field’s type, labelled from the catalog', async () => {
    core();
    await open(KINDS_EN[1]!.label);

    const channel = screen.getByLabelText('Channel of transmission');
    expect(channel.tagName).toBe('SELECT');
    const options = within(channel).getAllByRole('option').map((o) => o.textContent);
    expect(options).toContain('24/7 network (Budapest art. 35)');
    expect(options[0]).toBe('— Choose —');
    expect(screen.getByLabelText('Date of the request').getAttribute('type')).toBe('date');
    const language = screen.getByLabelText('Language of the request');
    expect(language.getAttribute('aria-describedby')).toContain('hint');
    expect(screen.getByText('Two- or three-letter ISO 639 code, for example fr.')).toBeTruthy();

    await fireEvent.click(within(rail()).getByRole('button', { name: /^Requesting authority/ }));
    expect(screen.getByLabelText('E-mail').getAttribute('type')).toBe('email');
    expect(screen.getByLabelText('Address').tagName).toBe('TEXTAREA');

    await fireEvent.click(within(rail()).getByRole('button', { name: /^Data to be preserved/ }));
    const follow = screen.getByRole('checkbox', { name: /will follow/ });
    expect(follow).toBeTruthy();
    // A date range is a group of two dates; a list starts empty with an "add" button.
    const period = screen.getByRole('group', { name: 'Period covered' });
    expect(period.querySelectorAll('input[type="date"]')).toHaveLength(2);
    expect(screen.getByRole('button', { name: 'Add: Identifiers' })).toBeTruthy();
  });

  it('checks the case as the officer types, and the findings follow', async () => {
    const calls = core();
    await open(KINDS_EN[1]!.label);
    const panel = screen.getByRole('region', { name: 'Findings' });
    await within(panel).findByText('The language of the request is not chosen.');
    expect(within(rail()).getByRole('button', { name: /^Request details/ }).textContent).toContain('Errors: 1');

    await fireEvent.input(screen.getByLabelText('Language of the request'), { target: { value: 'fr' } });

    await waitFor(() => {
      expect((lastCheck(calls)['case'] as Doc)['request']!['language']).toBe('fr');
    });
    await waitFor(() => {
      expect(within(panel).queryByText('The language of the request is not chosen.')).toBeNull();
    });
    expect(within(rail()).getByRole('button', { name: /^Request details/ }).textContent).not.toContain('Errors');

    // A badly formed address is reported under the field itself.
    await fireEvent.click(within(rail()).getByRole('button', { name: /^Requesting authority/ }));
    const email = screen.getByLabelText('E-mail');
    await fireEvent.input(email, { target: { value: 'desk@' } });
    const own = await screen.findByText('This is not an e-mail address.', { selector: '.field-findings li' });
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toContain(own.parentElement!.id);
  });

  it('takes the officer from a finding to its field, on another step', async () => {
    core();
    await open(KINDS_EN[1]!.label);

    await fireEvent.click(screen.getByRole('radio', { name: 'Whole request' }));
    const panel = screen.getByRole('region', { name: 'Findings' });
    await fireEvent.click(
      within(panel).getByRole('button', {
        name: 'The request does not state that a request for mutual legal assistance will follow.',
      }),
    );

    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('checkbox', { name: /will follow/ }));
    });
    expect(within(rail()).getByRole('button', { name: /^Data to be preserved/ }).getAttribute('aria-current')).toBe(
      'step',
    );
  });

  it('asks before moving on from a step with errors', async () => {
    core();
    await open(KINDS_EN[1]!.label);

    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    let ask = screen.getByRole('alertdialog', { name: 'This step still lacks essential elements' });
    // The keyboard lands on the safe answer; Escape closes the question.
    const stay = within(ask).getByRole('button', { name: 'Stay and complete this step' });
    expect(document.activeElement).toBe(stay);
    await fireEvent.keyDown(stay, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    ask = screen.getByRole('alertdialog', { name: 'This step still lacks essential elements' });
    await fireEvent.click(within(ask).getByRole('button', { name: 'Stay and complete this step' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(rail()).getByRole('button', { name: /^Request details/ }).getAttribute('aria-current')).toBe('step');

    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Go on anyway' }));
    expect(within(rail()).getByRole('button', { name: /^Requesting authority/ }).getAttribute('aria-current')).toBe(
      'step',
    );
    // A step without errors moves on without asking.
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(rail()).getByRole('button', { name: /^Requested State/ }).getAttribute('aria-current')).toBe('step');
  });

  it('adds and removes items of a list, each a blank from the core', async () => {
    const calls = core();
    await open(KINDS_EN[1]!.label);
    await fireEvent.click(within(rail()).getByRole('button', { name: /^Offences/ }));

    await fireEvent.click(screen.getByRole('button', { name: 'Add: Offences' }));
    const first = await screen.findByRole('group', { name: 'Offences 1' });
    await fireEvent.input(within(first).getByLabelText('Name of the offence'), { target: { value: 'Fraud' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add: Offences' }));
    await screen.findByRole('group', { name: 'Offences 2' });
    await waitFor(() => {
      const offences = (lastCheck(calls)['case'] as Record<string, unknown>)['offences'] as Doc[];
      expect(offences.map((o) => o['name'])).toEqual(['Fraud', '']);
    });

    await fireEvent.click(screen.getByRole('button', { name: 'Remove: Offences 1' }));
    await waitFor(() => {
      const offences = (lastCheck(calls)['case'] as Record<string, unknown>)['offences'] as Doc[];
      expect(offences.map((o) => o['name'])).toEqual(['']);
    });
    expect(commands(calls).filter((c) => c.cmd === 'case_blank_item')).toEqual([
      { cmd: 'case_blank_item', args: { of: 'offence' } },
      { cmd: 'case_blank_item', args: { of: 'offence' } },
    ]);
  });

  it('offers the measures the kind allows and shows each one’s own fields', async () => {
    const calls = core();
    await open('Mutual legal assistance request');
    await fireEvent.click(within(rail()).getByRole('button', { name: /^Assistance requested/ }));

    const picker = screen.getByLabelText('Form of assistance to add');
    const offered = within(picker)
      .getAllByRole('option')
      .map((o) => o.getAttribute('value'))
      .filter((v) => v !== '');
    expect(offered).toEqual(FORM_CATALOG.kinds.find((k) => k.id === 'mla')!.measures);

    await fireEvent.change(picker, { target: { value: 'search_seizure' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add this assistance' }));
    const measure = await screen.findByRole('group', { name: '1. Search and seizure' });
    // The fields every measure has, then its own; its tag is not a field.
    expect(within(measure).getByLabelText('Relevance to the investigation or proceedings')).toBeTruthy();
    expect(within(measure).queryByLabelText(/^Form of assistance$/)).toBeNull();
    await waitFor(() => {
      const measures = (lastCheck(calls)['case'] as Record<string, unknown>)['measures'] as Doc[];
      expect(measures.map((m) => m['type'])).toEqual(['search_seizure']);
    });
  });

  it('takes an identifier’s time stamp to the second with its zone, as one value', async () => {
    const calls = core();
    await open(KINDS_EN[1]!.label);
    await fireEvent.click(within(rail()).getByRole('button', { name: /^Data to be preserved/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add: Identifiers' }));
    const item = await screen.findByRole('group', { name: 'Identifiers 1' });
    const stamp = within(item).getByLabelText('Date and time, with time zone');
    expect(stamp.getAttribute('type')).toBe('datetime-local');
    expect(stamp.getAttribute('step')).toBe('1');
    await fireEvent.input(stamp, { target: { value: '2026-03-14T09:30:05' } });
    await fireEvent.input(within(item).getByLabelText('Time zone'), { target: { value: 'UTC+01:00' } });
    await waitFor(() => {
      const ids = (lastCheck(calls)['case'] as Doc)['preservation']!['identifiers'] as Doc[];
      expect(ids[0]!['timestamp']).toBe('2026-03-14T09:30:05+01:00');
    });
  });

  it('offers the States by name in the interface language, storing their codes', async () => {
    const calls = core();
    await open(KINDS_EN[1]!.label);
    await fireEvent.click(within(rail()).getByRole('button', { name: /^Requested State/ }));
    const state = screen.getByLabelText('State');
    const list = document.getElementById(state.getAttribute('list')!)!;
    const france = [...list.querySelectorAll('option')].find((o) => o.value === 'FR');
    expect(france?.textContent).toBe('France');
    await fireEvent.input(state, { target: { value: 'FR' } });
    await waitFor(() => {
      expect((lastCheck(calls)['case'] as Doc)['requested_state']!['country']).toBe('FR');
    });

    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });
    await waitFor(() => {
      const fr = [...list.querySelectorAll('option')].find((o) => o.value === 'FR');
      expect(fr?.textContent).toBe('فرنسا');
    });
  });

  it('shows the whole wizard in Arabic, labels included, when the interface language changes', async () => {
    core();
    await open(KINDS_EN[1]!.label);

    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'ar' } });

    await screen.findByRole('navigation', { name: 'مراحل الطلب' });
    expect(screen.getByLabelText('قناة الإرسال').tagName).toBe('SELECT');
    expect(screen.getByRole('button', { name: 'التالي' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('tells the shell when the case has unsaved changes, and when it is saved', async () => {
    const calls = core({ case_save: () => '/home/officer/case.json' });
    await open(KINDS_EN[1]!.label);
    const flags = () => calls.filter((c) => c.cmd === 'app_set_unsaved').map((c) => c.args['unsaved']);
    await waitFor(() => {
      expect(flags()).toEqual([false]);
    });

    await fireEvent.input(screen.getByLabelText('Reference number'), { target: { value: 'PG/2026/114' } });
    await waitFor(() => {
      expect(flags()).toEqual([false, true]);
    });

    await fireEvent.click(screen.getByRole('button', { name: 'Save the case file…' }));
    await screen.findByText('/home/officer/case.json');
    await waitFor(() => {
      expect(flags()).toEqual([false, true, false]);
    });
    expect(calls.find((c) => c.cmd === 'case_save')!.args['case']).toMatchObject({
      request: { reference: 'PG/2026/114' },
    });
  });
});
