// A small W3C WebDriver client for the end-to-end tests: the few commands
// they use, over Node's own fetch, so the tests need no npm package. It talks
// to tauri-driver, which starts the real app in WebKitWebDriver.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {}

async function request(base, method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || (json.value && json.value.error)) {
    const v = json.value ?? {};
    throw new WebDriverError(`${method} ${path}: ${v.error ?? res.status} ${v.message ?? ''}`.trim());
  }
  return json.value;
}

/** Waits until `probe` returns something truthy, or fails naming `what`. */
export async function waitFor(what, probe, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
    }
    await sleep(25);
  }
}

/**
 * Starts tauri-driver with `env` added to the environment (the app inherits
 * it), opens a session on the app, runs `body`, and stops both whatever
 * happens.
 */
export async function withApp({ application, env = {}, port = 4444, log = 'ignore' }, body) {
  // tauri-driver logs every refused connection while WebKitWebDriver starts;
  // `log` may be a file descriptor to keep what it says.
  const driver = spawn('tauri-driver', ['--port', String(port), '--native-port', String(port + 1)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', log, log],
  });
  const exited = new Promise((resolve) => driver.once('exit', resolve));
  const base = `http://127.0.0.1:${port}`;
  let session = null;
  try {
    await waitFor('tauri-driver to listen', () => request(base, 'GET', '/status').then(() => true), 20000);
    const askedAt = performance.now();
    const created = await request(base, 'POST', '/session', {
      capabilities: { alwaysMatch: { 'tauri:options': { application } } },
    });
    session = new Session(base, created.sessionId);
    /** When the app was asked for: the session's creation starts it. */
    session.askedAt = askedAt;
    return await body(session);
  } finally {
    if (session) await session.quit().catch(() => {});
    driver.kill('SIGTERM');
    await Promise.race([exited, sleep(3000)]);
  }
}

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  call(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  quit() {
    return request(this.base, 'DELETE', `/session/${this.id}`);
  }

  /** Runs `fn` (a function's source, taking `args`) in the page and returns its value. */
  run(fn, ...args) {
    return this.call('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  async $(css) {
    const value = await this.call('POST', '/element', { using: 'css selector', value: css });
    return value[ELEMENT];
  }

  /** The element `fn` returns in the page (a `WebElement` reference), or null. */
  async pick(fn, ...args) {
    const value = await this.run(fn, ...args);
    return value && value[ELEMENT] ? value[ELEMENT] : null;
  }

  ref(id) {
    return { [ELEMENT]: id };
  }

  click(id) {
    return this.call('POST', `/element/${id}/click`, {});
  }

  /** Types into the element as a keyboard would. */
  type(id, text) {
    return this.call('POST', `/element/${id}/value`, { text });
  }

  /** Presses keys on the keyboard, one after another (W3C key codes: Tab is \uE004). */
  keys(...keys) {
    const actions = keys.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    return this.call('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  async screenshot() {
    return Buffer.from(await this.call('GET', '/screenshot'), 'base64');
  }
}

/**
 * The newest process running `application`, found in /proc by its name (the
 * kernel keeps 15 characters) and start time, as `pgrep -n -x` would, without
 * needing procps on the machine.
 */
export function newestPid(application) {
  const name = basename(application).slice(0, 15);
  let newest = null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== name) continue;
      // Field 22 of stat, the start time; the fields after the name start at 3.
      const start = Number(readFileSync(`/proc/${entry}/stat`, 'utf8').split(') ')[1].split(' ')[19]);
      if (newest === null || start > newest.start) newest = { pid: Number(entry), start };
    } catch {
      // The process ended while we looked.
    }
  }
  if (newest === null) throw new Error(`no process named ${name} is running`);
  return newest.pid;
}
