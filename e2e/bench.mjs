// The desktop app's budgets, measured on the real app under Xvfb through
// tauri-driver (see scripts/bench-app):
//  - launch: from asking for a session (which starts the app) until the
//    start screen's kinds can be clicked, over several launches;
//  - a validation round trip: the webview calling `case_check` on the
//    largest example through the real IPC, as the wizard does after a
//    keystroke (the core's validation, localisation of every finding, and the
//    IPC both ways);
//  - resident memory of all the app's processes (the shell and WebKit's web
//    and network processes) after opening the largest example;
//  - with BENCH_REGISTER=FILE (a register made by `rogatory register seed`):
//    the register view opened from the header until its first page of cases
//    is on screen, and a full-text search through the real IPC, on that
//    register.
//
//   node e2e/bench.mjs APP_BINARY [LAUNCHES]

import { copyFileSync, linkSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { newestPid, waitFor, withApp } from './webdriver.mjs';

const [application, launchesArg] = process.argv.slice(2);
// The app keeps the authority's profile here, not in the machine's own.
process.env.ROGATORY_CONFIG_DIR = mkdtempSync(join(tmpdir(), 'rogatory-bench-'));
process.env.ROGATORY_DATA_DIR = mkdtempSync(join(tmpdir(), 'rogatory-bench-data-'));
const launches = Number(launchesArg ?? 5);

function quantile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Every process whose ancestry includes `root`, with `root`. */
function tree(root) {
  const parent = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const inTree = (pid) => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === root) return true;
    return false;
  };
  return [...parent.keys()].filter(inTree);
}

function rssKb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Proportional set size: shared pages (the WebKit library) counted once across processes. */
function pssKb(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function memoryOf(root) {
  const pids = tree(root);
  const name = (p) => {
    try {
      return readFileSync(`/proc/${p}/comm`, 'utf8').trim();
    } catch {
      return '?';
    }
  };
  return {
    processes: pids.length,
    rssMb: pids.reduce((sum, p) => sum + rssKb(p), 0) / 1024,
    pssMb: pids.reduce((sum, p) => sum + pssKb(p), 0) / 1024,
    byProcess: pids.map((p) => `${name(p)} ${(rssKb(p) / 1024).toFixed(0)} MB`),
  };
}

const startTimes = [];
for (let i = 0; i < launches; i++) {
  await withApp({ application }, async (s) => {
    await waitFor('the kinds', () => s.run(() => document.querySelector('.kinds button') !== null), 30000);
    startTimes.push(performance.now() - s.askedAt);
  });
}
startTimes.sort((a, b) => a - b);

let roundTrips = [];
let memory = null;
let afterChecks = null;
await withApp({ application }, async (s) => {
  await waitFor('the kinds', () => s.run(() => document.querySelector('.kinds button') !== null), 30000);
  // Open the largest example the way an officer does.
  const example = await s.pick(() => {
    const item = [...document.querySelectorAll('.kinds li')].find((li) =>
      li.querySelector('button').getAttribute('aria-describedby')?.endsWith('-mla'),
    );
    return item?.querySelector('button.link') ?? null;
  });
  await s.click(example);
  await waitFor('the wizard', () => s.run(() => document.querySelector('.rail .badge') !== null), 30000);
  await new Promise((r) => setTimeout(r, 1000));
  memory = memoryOf(newestPid(application));

  roundTrips = await s.call('POST', '/execute/async', {
    script: `
      const done = arguments[arguments.length - 1];
      const invoke = window.__TAURI_INTERNALS__.invoke;
      (async () => {
        const doc = await invoke('case_example', { name: 'mla-fraud-network' });
        const times = [];
        for (let i = 0; i < 220; i++) {
          doc.facts.summary += i % 2 ? 'a' : ' ';
          const t = performance.now();
          await invoke('case_check', { case: doc, lang: 'en' });
          times.push(performance.now() - t);
        }
        done(times.slice(20));
      })().catch((e) => done(String(e)));
    `,
    args: [],
  });
  if (!Array.isArray(roundTrips)) throw new Error(`round trips failed: ${roundTrips}`);
  roundTrips.sort((a, b) => a - b);

  await new Promise((r) => setTimeout(r, 1000));
  afterChecks = memoryOf(newestPid(application));
});

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`launch to interactive start screen (${launches} launches): median ${ms(quantile(startTimes, 0.5))}, max ${ms(startTimes[startTimes.length - 1])}`);
console.log(`case_check round trip, largest example (${roundTrips.length} calls): median ${ms(quantile(roundTrips, 0.5))}, p95 ${ms(quantile(roundTrips, 0.95))}, max ${ms(roundTrips[roundTrips.length - 1])}`);
const mem = (m) =>
  `RSS ${m.rssMb.toFixed(0)} MB, PSS ${m.pssMb.toFixed(0)} MB in ${m.processes} processes (RSS: ${m.byProcess.join(', ')})`;
console.log(`memory after opening it: ${mem(memory)}`);
console.log(`memory after the 220 checks: ${mem(afterChecks)}`);

const seeded = process.env.BENCH_REGISTER;
if (seeded) {
  // The seeded register as the app's own, linked rather than copied when it can be.
  const dataDir = mkdtempSync(join(tmpdir(), 'rogatory-bench-register-'));
  try {
    linkSync(seeded, join(dataDir, 'register.sqlite'));
  } catch {
    copyFileSync(seeded, join(dataDir, 'register.sqlite'));
  }
  const views = [];
  let searches = null;
  await withApp({ application, env: { ROGATORY_DATA_DIR: dataDir } }, async (s) => {
    await waitFor('the kinds', () => s.run(() => document.querySelector('.kinds button') !== null), 30000);
    const registerButton = () =>
      [...document.querySelectorAll('header button')].find((b) => b.textContent.trim() === 'Register') ?? null;
    // Timed in the page: from the click until the first page of cases is in
    // the document and the next frame has been painted.
    const openView = `
      const done = arguments[arguments.length - 1];
      const button = [...document.querySelectorAll('header button')].find((b) => b.textContent.trim() === 'Register');
      const t = performance.now();
      button.click();
      const tick = () => {
        if (document.querySelectorAll('.register table.cases tbody tr').length > 0) {
          requestAnimationFrame(() => done(performance.now() - t));
        } else {
          requestAnimationFrame(tick);
        }
      };
      tick();
    `;
    for (let i = 0; i < 11; i++) {
      views.push(await s.call('POST', '/execute/async', { script: openView, args: [] }));
      await s.click(await s.pick(registerButton));
      await waitFor('the start screen', () => s.run(() => document.querySelector('.kinds button') !== null), 30000);
    }
    searches = await s.call('POST', '/execute/async', {
      script: `
        const done = arguments[arguments.length - 1];
        const invoke = window.__TAURI_INTERNALS__.invoke;
        const query = (text) => ({ text, kind: null, status: null, direction: null, country: null,
          date_from: null, date_to: null, due_before: null, offset: 0, limit: 0 });
        (async () => {
          const out = {};
          for (const text of ['fraud', '勒索', 'خيانة الأمانة', 'SEED 2024']) {
            const times = [];
            let total = 0;
            for (let i = 0; i < 21; i++) {
              const t = performance.now();
              total = (await invoke('register_list', { query: query(text) })).total;
              times.push(performance.now() - t);
            }
            out[text] = { total, times };
          }
          done(out);
        })().catch((e) => done(String(e)));
      `,
      args: [],
    });
    if (typeof searches !== 'object') throw new Error(`searches failed: ${searches}`);
  });
  views.sort((a, b) => a - b);
  console.log(
    `register view (${basename(seeded)}), from the click until the first page of 50 is painted (${views.length} times, the first after launch included): median ${ms(quantile(views, 0.5))}, max ${ms(views[views.length - 1])}`,
  );
  for (const [text, { total, times }] of Object.entries(searches)) {
    times.sort((a, b) => a - b);
    console.log(
      `register_list search “${text}” through IPC (${total} found): median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}`,
    );
  }
}
