// The desktop app's budgets, measured on the real app under Xvfb through
// tauri-driver (see scripts/bench-app):
//  - launch: from asking for a session (which starts the app) until the
//    start screen's kinds can be clicked, over several launches;
//  - a validation round trip: the webview calling `case_check` on the
//    largest example through the real IPC, as the wizard does after a
//    keystroke (the core's validation, localisation of every finding, and the
//    IPC both ways);
//  - resident memory of all the app's processes (the shell and WebKit's web
//    and network processes) after opening the largest example.
//
//   node e2e/bench.mjs APP_BINARY [LAUNCHES]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { waitFor, withApp } from './webdriver.mjs';

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

function appPid() {
  const out = execFileSync('pgrep', ['-n', '-x', basename(application).slice(0, 15)], { encoding: 'utf8' });
  return Number(out.trim());
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
  memory = memoryOf(appPid());

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
  afterChecks = memoryOf(appPid());
});

const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`launch to interactive start screen (${launches} launches): median ${ms(quantile(startTimes, 0.5))}, max ${ms(startTimes[startTimes.length - 1])}`);
console.log(`case_check round trip, largest example (${roundTrips.length} calls): median ${ms(quantile(roundTrips, 0.5))}, p95 ${ms(quantile(roundTrips, 0.95))}, max ${ms(roundTrips[roundTrips.length - 1])}`);
const mem = (m) =>
  `RSS ${m.rssMb.toFixed(0)} MB, PSS ${m.pssMb.toFixed(0)} MB in ${m.processes} processes (RSS: ${m.byProcess.join(', ')})`;
console.log(`memory after opening it: ${mem(memory)}`);
console.log(`memory after the 220 checks: ${mem(afterChecks)}`);
