// End-to-end tests of the real desktop app: the shell as `scripts/e2e` builds
// it (debug profile, the UI embedded), in WebKitGTK under Xvfb, driven
// through tauri-driver.
// Each scenario starts the app afresh. Screenshots of the main screens in
// English and Arabic are written to target/e2e/ for people to look at.
//
//   node e2e/run.mjs APP_BINARY OUT_DIR

import { execFileSync } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { newestPid, waitFor, withApp } from './webdriver.mjs';

const [application, outArg] = process.argv.slice(2);
if (!application || !outArg) {
  console.error('usage: node e2e/run.mjs APP_BINARY OUT_DIR');
  process.exit(2);
}
const out = resolve(outArg);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// The app keeps the authority's profile here, not in the machine's own.
process.env.ROGATORY_CONFIG_DIR = join(out, 'config');
// ... and its register here.
process.env.ROGATORY_DATA_DIR = join(out, 'data');

/** What tauri-driver and WebKitWebDriver say, kept for when a scenario fails. */
const log = openSync(join(out, 'webdriver.log'), 'a');

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

// ---- In the page: helpers passed by their source to the WebDriver session.

/** The control a <label> with this text names (exact, or a prefix with `…`). */
const byLabel = (text, within) => {
  const root = within ?? document;
  const prefix = text.endsWith('…') ? text.slice(0, -1) : null;
  const label = [...root.querySelectorAll('label')].find((l) => {
    const t = l.textContent.trim();
    return prefix === null ? t === text : t.startsWith(prefix);
  });
  return label ? label.control : null;
};

/** A button by its accessible name: aria-label, else its text. */
const button = (name) =>
  [...document.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === name && !b.disabled,
  ) ?? null;

/** The findings panel's findings of the whole request, by severity. */
const findings = () =>
  [...document.querySelectorAll('.wizard-findings .finding')].map((li) => ({
    code: li.dataset.code,
    severity: li.closest('.group').classList[1],
    path: li.querySelector('code').textContent,
  }));

/** Sets a <select> as a person picking with the keyboard would end up. */
const choose = (select, value) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  return select.value;
};

// ---- Steps

async function control(s, label) {
  return waitFor(`the field “${label}”`, () => s.pick(byLabel, label));
}

async function press(s, name) {
  const id = await waitFor(`the button “${name}”`, () => s.pick(button, name));
  await s.click(id);
}

async function fill(s, label, text) {
  await s.type(await control(s, label), text);
}

async function step(s, name) {
  const id = await waitFor(`the step “${name}”`, () =>
    s.pick(
      (n) => [...document.querySelectorAll('.rail button')].find((b) => b.querySelector('.name').textContent === n) ?? null,
      name,
    ),
  );
  await s.click(id);
}

async function shot(s, name) {
  // Let the last check and layout settle before the picture.
  await new Promise((r) => setTimeout(r, 400));
  writeFileSync(join(out, `${name}.png`), await s.screenshot());
}

async function errorsNow(s) {
  return (await s.run(findings)).filter((f) => f.severity === 'error');
}

// ---- Scenarios

const scenarios = [];
const scenario = (name, body) => scenarios.push({ name, body });

scenario('a preservation request from scratch, to a PDF whose text is right', async () => {
  const pdf = join(out, 'preservation.pdf');
  await withApp({ application, log, env: { ROGATORY_TEST_DIALOG_FILE: pdf } }, async (s) => {
    // The authority's profile first: every new request starts from it.
    await press(s, 'Settings');
    await fill(s, 'Name of the authority', 'Office of the Prosecutor General of Corvania');
    await fill(s, 'Reference number of new requests', 'PG/E2E/[year]/[seq]');
    await press(s, 'Save the settings');
    await waitFor('the settings to be saved', () => s.run(() => document.querySelector('.settings .done') !== null));
    await shot(s, 'en-settings');
    await press(s, 'Settings');
    await press(s, 'Expedited preservation request');
    await control(s, 'Language of the request');
    await shot(s, 'en-wizard-blank');

    // The missing elements, with the whole request in view.
    await s.click(await s.pick(byLabel, 'Whole request'));
    const missing = await waitFor('the findings of the blank request', async () => {
      const e = await errorsNow(s);
      return e.length > 0 ? e : null;
    });
    const codes = missing.map((f) => f.code);
    for (const code of ['missing-mla-undertaking', 'missing-data-to-preserve', 'missing-request-language']) {
      assert(codes.includes(code), `a blank preservation request should report ${code}; got ${codes.join(', ')}`);
    }

    await fill(s, 'Language of the request', 'en');
    const prefilled = await s.run(() => document.getElementById('field.request.reference').value);
    assert(prefilled === `PG/E2E/${new Date().getFullYear()}/001`, `the reference from the profile is “${prefilled}”`);
    await step(s, 'Requested State');
    await fill(s, 'State', 'XA');
    await step(s, 'Offences');
    await press(s, 'Add: Offences');
    await fill(s, 'Name of the offence', 'Extortion');
    await fill(s, 'Legal provision', 'Criminal Code, s. 212');
    await step(s, 'Summary of facts');
    await fill(
      s,
      'Summary of the relevant facts',
      'Between 3 and 9 March 2026 the mailbox was used to extort money from fourteen victims.',
    );
    await step(s, 'Data to be preserved');
    await fill(s, 'Stored computer data to be preserved', 'Content and traffic data of the mailbox');
    await press(s, 'Add: Identifiers');
    const kind = await control(s, 'Type of identifier');
    await s.run(choose, s.ref(kind), 'email');
    await fill(s, 'Identifier', 'extort.demo@sample-mail.example');
    await fill(s, 'Relationship of the data to the offence', 'The extortion e-mails were sent from this mailbox.');
    await fill(s, 'Why preservation is necessary', 'The provider deletes inactive mailboxes after 30 days.');
    await s.click(await control(s, 'A request for mutual assistance will follow…'));
    await shot(s, 'en-wizard-filled');

    const left = await waitFor('every error to be resolved', async () => {
      const e = await errorsNow(s);
      return e.length === 0 ? [] : null;
    }).catch(async () => errorsNow(s));
    assert(left.length === 0, `errors remain: ${JSON.stringify(left)}`);

    await step(s, 'Review and export');
    await waitFor('the preview', () => s.run(() => document.querySelector('.page h4, .page p') !== null));
    await shot(s, 'en-review');
    await press(s, 'Export as PDF…');
    await waitFor('the PDF to be saved', () => s.run(() => document.querySelector('.review .done') !== null));
  });

  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of [
    'Between 3 and 9 March 2026 the mailbox was used to extort money from fourteen victims.',
    'extort.demo@sample-mail.example',
    'Office of the Prosecutor General of Corvania',
    `PG/E2E/${new Date().getFullYear()}/001`,
    'Extortion',
  ]) {
    assert(text.includes(expected), `the PDF's text lacks “${expected}”`);
  }
  assert(!/DRAFT/.test(text), 'a request without errors must not be marked as a draft');
  execFileSync('qpdf', ['--check', pdf], { stdio: 'ignore' });
});

scenario('the interface in Arabic runs right to left, in Arabic words', async () => {
  await withApp({ application, log }, async (s) => {
    await press(s, 'Expedited preservation request');
    await control(s, 'Language of the request');
    const ltr = await s.run(() => [
      document.querySelector('nav.rail').getBoundingClientRect().left,
      document.querySelector('.wizard-main').getBoundingClientRect().left,
    ]);
    assert(ltr[0] < ltr[1], `in English the rail should be left of the form (${ltr[0]} ≥ ${ltr[1]})`);
    // The interface language, in the header (the document language is apart).
    await s.run(choose, s.ref(await s.$('.app-header select')), 'ar');

    const state = await waitFor('the Arabic interface', async () => {
      const st = await s.run(() => ({
        dir: document.documentElement.dir,
        lang: document.documentElement.lang,
        steps: document.querySelector('nav.rail')?.getAttribute('aria-label') ?? '',
        next: [...document.querySelectorAll('.step-nav button')].map((b) => b.textContent.trim()),
        label: document.querySelector('label[for="field.request.language"]')?.textContent.trim() ?? '',
        railLeft: document.querySelector('nav.rail').getBoundingClientRect().left,
        formLeft: document.querySelector('.wizard-main').getBoundingClientRect().left,
      }));
      return st.label && /[\u0600-\u06FF]/.test(st.label) ? st : null;
    });
    assert(state.dir === 'rtl' && state.lang === 'ar', `expected dir=rtl lang=ar, got ${state.dir} ${state.lang}`);
    assert(state.steps === 'مراحل الطلب', `the steps are labelled “${state.steps}”`);
    assert(state.next.includes('التالي'), `the step buttons read ${state.next.join(', ')}`);
    // Mirrored: the rail of steps is on the right of the form.
    assert(state.railLeft > state.formLeft, `the rail should be right of the form (${state.railLeft} ≤ ${state.formLeft})`);
    await shot(s, 'ar-wizard-blank');

    await step(s, 'المراجعة والتصدير');
    await waitFor('the preview', () => s.run(() => document.querySelector('.page') !== null));
    await shot(s, 'ar-review');

    await press(s, 'طلب جديد');
    await waitFor('the start screen', () => s.run(() => document.querySelector('.kinds') !== null));
    await shot(s, 'ar-start');
  });
  await withApp({ application, log }, async (s) => {
    await waitFor('the start screen', () => s.run(() => document.querySelector('.kinds button') !== null));
    await shot(s, 'en-start');
  });
});

scenario('keyboard only: choose a kind, type, move on, with focus always visible', async () => {
  const TAB = '\uE004';
  const ENTER = '\uE007';
  const focused = () =>
    ({
      text: (document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '').trim(),
      id: document.activeElement?.id ?? '',
      tag: document.activeElement?.tagName ?? '',
      outline: getComputedStyle(document.activeElement).outlineStyle,
    });
  /** Tabs forward until `want` holds of the focused element; fails after `max` presses. */
  async function tabTo(s, what, want, max = 60) {
    for (let i = 0; i < max; i++) {
      await s.keys(TAB);
      const f = await s.run(focused);
      if (want(f)) return f;
    }
    throw new Error(`${max} presses of Tab never reached ${what}`);
  }
  await withApp({ application, log }, async (s) => {
    await waitFor('the start screen', () => s.run(() => document.querySelector('.kinds button') !== null));
    const kind = await tabTo(s, 'the preservation kind', (f) => f.text === 'Expedited preservation request');
    assert(kind.outline !== 'none', 'the focused kind shows no focus outline');
    await s.keys(ENTER);

    await waitFor('the wizard', () => s.run(() => document.querySelector('nav.rail') !== null));
    const field = await tabTo(s, 'the language field', (f) => f.id === 'field.request.language');
    assert(field.outline !== 'none', 'the focused field shows no focus outline');
    await s.keys('e', 'n');
    await waitFor('the language typed', () =>
      s.run(() => document.getElementById('field.request.language').value === 'en'),
    );
    // Let the check run, so the step has no error left and Next moves on.
    await waitFor('the step to have no error', () =>
      s.run(() => !document.querySelector('.rail button[aria-current="step"] .badge.error')),
    );
    await tabTo(s, 'Next', (f) => f.text === 'Next');
    await s.keys(ENTER);
    const after = await waitFor('the next step', () =>
      s.run(() => {
        const current = document.querySelector('.rail button[aria-current="step"] .name')?.textContent;
        return current === 'Requesting authority'
          ? { current, heading: document.activeElement?.tagName, text: document.activeElement?.textContent }
          : null;
      }),
    );
    assert(after.heading === 'H2' && after.text === 'Requesting authority', `focus went to ${after.heading} “${after.text}”`);

    // A 1366x768 screen at 200% zoom leaves 683x384 CSS pixels: the same
    // window at half the size. Nothing may need scrolling sideways.
    await s.call('POST', '/window/rect', { width: 683, height: 384 });
    const fit = await waitFor('the narrow layout', () =>
      s.run(() => {
        const w = document.documentElement.clientWidth;
        return w <= 700 ? { w, scroll: document.documentElement.scrollWidth } : null;
      }),
    );
    assert(fit.scroll <= fit.w, `at 200% zoom the page is ${fit.scroll} px wide in a ${fit.w} px window`);
    await shot(s, 'en-wizard-zoom-200');
  });
});

scenario('the app killed mid-typing loses nothing but the last moment: the text is in the register after a restart', async () => {
  const kept = 'Subscriber of the account used on 12 November; kept before the kill';
  await withApp({ application, log }, async (s) => {
    await press(s, 'Expedited preservation request');
    await step(s, 'Summary of facts');
    await fill(s, 'Summary of the relevant facts', kept);
    // The register keeps the typing a moment after it stops.
    await waitFor('the case to be kept', () => s.run(() => document.querySelector('.kept') !== null), 10000);
    // Typing goes on; the app is killed at once, as a power cut would.
    await fill(s, 'Summary of the relevant facts', ' and more');
    process.kill(newestPid(application), 'SIGKILL');
  });
  await withApp({ application, log }, async (s) => {
    await press(s, 'Register');
    const search = await waitFor('the register search', () => s.pick(() => document.querySelector('.register input[type=search]')));
    await s.type(search, 'kept before the kill');
    const found = await waitFor('the case in the register', () =>
      s.pick(() => document.querySelector('.register table.cases tbody button')),
    );
    await shot(s, 'en-register-after-kill');
    await s.click(found);
    await step(s, 'Summary of facts');
    const text = await waitFor('the summary', () =>
      s.run(() => {
        const v = document.getElementById('field.facts.summary')?.value;
        return v ? v : null;
      }),
    );
    assert(text.startsWith(kept), `after the restart the summary reads “${text}”`);
    await press(s, 'Tracking and history');
    await waitFor('the history', () => s.run(() => document.querySelector('.revisions li') !== null));
    await shot(s, 'en-tracking');
  });
});

scenario('a request received from abroad: registered, checked, and a letter asking for what it lacks', async () => {
  const letter = join(out, 'additional-information.pdf');
  await withApp({ application, log, env: { ROGATORY_TEST_DIALOG_FILE: letter } }, async (s) => {
    await press(s, 'Register');
    await s.click(await waitFor('the incoming form', () => s.pick(() => document.querySelector('details.incoming summary'))));
    const kind = await waitFor('the kind picker', () =>
      s.pick(() => {
        const select = document.querySelector('details.incoming select');
        return select && select.options.length > 1 ? select : null;
      }),
    );
    await s.run(choose, s.ref(kind), 'mla');
    await fill(s, 'Requesting State (two-letter code)', 'XB');
    await fill(s, 'Their reference', 'XB/MLA/2026/55');
    await s.click(await s.pick(() => [...document.querySelectorAll('details.incoming button')].find((b) => b.type === 'submit')));
    // The request opens in the form, checked like our own: its gaps are listed.
    await waitFor('the wizard', () => s.run(() => document.querySelector('.rail .badge') !== null), 20000);
    await fill(s, 'Language of the request', 'fr');
    await waitFor('the change to be kept', () => s.run(() => document.querySelector('.kept') !== null), 10000);
    await press(s, 'Tracking and history');
    await press(s, 'Ask the sender for the missing information (PDF)…');
    await waitFor('the letter', () => s.run(() => document.querySelector('.tracking .done') !== null), 20000);
    await waitFor('the new status', () =>
      s.run(() => document.querySelector('.tracking dd.status')?.textContent.trim() === 'Additional information requested'),
    );
    await shot(s, 'en-incoming-tracking');
  });
  const text = execFileSync('pdftotext', [letter, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert(text.includes('Demande d’informations complémentaires'), `the letter is in the request's language: ${text.slice(0, 300)}`);
  assert(text.includes('XB/MLA/2026/55'), `the letter quotes their reference: ${text.slice(0, 300)}`);
  execFileSync('qpdf', ['--check', letter]);
});

scenario('a damaged case file is refused with a clear error and left as it was', async () => {
  const damaged = join(out, 'damaged.json');
  writeFileSync(damaged, '{\n  "format": "rogatory-case",\n  "version": 1,\n  "kind": "preservation",\n  "request": {\n');
  const before = { bytes: readFileSync(damaged), mtime: statSync(damaged).mtimeMs };
  await withApp({ application, log, env: { ROGATORY_TEST_DIALOG_FILE: damaged } }, async (s) => {
    await press(s, 'Open a case file…');
    const alert = await waitFor('the error', () =>
      s.run(() => {
        const el = document.querySelector('[role="alert"]');
        return el && el.querySelector('.message') ? el.textContent : null;
      }),
    );
    assert(/line/i.test(alert), `the error should say where the file breaks: ${alert}`);
    assert(alert.includes('case-json'), `the error should show its code: ${alert}`);
    // Nothing was opened: the start screen is still there.
    assert(await s.run(() => document.querySelector('.kinds') !== null), 'the start screen should stay');
    await shot(s, 'en-open-error');
  });
  const after = readFileSync(damaged);
  assert(Buffer.compare(before.bytes, after) === 0, 'the damaged file was changed');
  assert(statSync(damaged).mtimeMs === before.mtime, 'the damaged file was written to');
});

let failed = 0;
for (const { name, body } of scenarios) {
  const started = Date.now();
  try {
    await body();
    console.log(`ok   ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL ${name}\n     ${e.stack ?? e}`);
  }
}
console.log(`${scenarios.length - failed} passed, ${failed} failed; screenshots and the drivers' log in ${out}`);
process.exit(failed === 0 ? 0 : 1);
