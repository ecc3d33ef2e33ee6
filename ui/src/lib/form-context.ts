// What every generated control needs from the form around it, shared through
// Svelte's context instead of threaded through each level of nesting.

import { getContext, setContext } from 'svelte';
import type { FormCatalog } from '../bindings/FormCatalog';
import type { UiFinding } from './types';

export interface FormContext {
  readonly catalog: FormCatalog;
  /** The interface language, for names the webview formats (countries). */
  lang(): string;
  /** The latest findings of the whole case; empty while the first check runs. */
  findings(): readonly UiFinding[];
  /** A blank item for a list: a composite type, a measure or a primitive. */
  blankItem(of: string): Promise<unknown>;
  /** Something went wrong that the officer should see (an IPC error). */
  fail(reason: unknown): void;
}

const KEY = Symbol('form');

export function setForm(ctx: FormContext): void {
  setContext(KEY, ctx);
}

export function getForm(): FormContext {
  const ctx = getContext<FormContext | undefined>(KEY);
  if (ctx === undefined) throw new Error('a form control outside a form');
  return ctx;
}
