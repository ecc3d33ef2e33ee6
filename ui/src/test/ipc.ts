// A fake shell for component tests: mockIPC answers each command from a
// table, records every call in order, and rejects the way the real shell
// does, with the error value itself rather than an Error.

import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { InvokeArgs } from '@tauri-apps/api/core';

/** The app's commands take named arguments only. */
export type Args = Record<string, unknown>;

export interface Call {
  cmd: string;
  args: Args;
}

export type Handler = (args: Args) => unknown;

function named(args: InvokeArgs | undefined): Args {
  if (args === undefined) return {};
  if (Array.isArray(args) || args instanceof ArrayBuffer || args instanceof Uint8Array) {
    throw new TypeError('the app passes commands named arguments only');
  }
  return args;
}

/** Marks an answer as the command's `Err`. */
export class Reject {
  constructor(readonly value: unknown) {}
}

export function fakeShell(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: named(args) });
    const handler = handlers[cmd];
    const answer = handler ? handler(named(args)) : new Reject(`${cmd} not allowed. Command not found`);
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the shell rejects with plain values
    return answer instanceof Reject ? Promise.reject(answer.value) : answer;
  });
  return calls;
}

export { clearMocks };
