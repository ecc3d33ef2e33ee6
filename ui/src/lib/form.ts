// The form generator's logic, apart from any component: which steps a kind
// has, which fields each step shows and how each is entered, which Fluent id
// labels it, and what the findings say about each step and field. Everything
// comes from the catalog (`catalog_get`), so a new measure, field or section
// needs no code here.

import type { FieldDef } from '../bindings/FieldDef';
import type { FormCatalog } from '../bindings/FormCatalog';
import type { KindDef } from '../bindings/KindDef';
import type { SectionDef } from '../bindings/SectionDef';
import type { TypeDef } from '../bindings/TypeDef';
import type { Severity, UiFinding } from './types';

/** A Fluent id from catalog ids: `data_categories` → `data-categories`. */
export function fluentId(id: string): string {
  return id.replaceAll('_', '-');
}

export const kindLabelId = (kind: string): string => `kind-${fluentId(kind)}`;
export const sectionLabelId = (section: string): string => `section-${fluentId(section)}`;
export const measureLabelId = (measure: string): string => `measure-${fluentId(measure)}`;
/** `owner` is a section, a composite type, a measure, or `measure` for the fields all measures share. */
export const fieldLabelId = (owner: string, field: string): string =>
  `field-${fluentId(owner)}-${fluentId(field)}`;
export const choiceLabelId = (list: string, value: string): string =>
  `choice-${fluentId(list)}-${fluentId(value)}`;

/** How a primitive is typed in: the control, and the HTML input type for `input`. */
export type Control =
  | { control: 'checkbox' }
  | { control: 'textarea' }
  | { control: 'select' }
  | { control: 'integer' }
  | { control: 'datetime' }
  | {
      control: 'input';
      inputType: 'text' | 'email' | 'url' | 'tel' | 'date';
      hint: HintId | null;
      list: 'languages' | 'countries' | null;
    };

/** The `ui-hint-*` messages that explain a format as the officer types. */
export type HintId =
  | 'ui-hint-time-zone'
  | 'ui-hint-country'
  | 'ui-hint-language'
  | 'ui-hint-currency'
  | 'ui-hint-amount'
  | 'ui-hint-ip-address'
  | 'ui-hint-email'
  | 'ui-hint-url'
  | 'ui-hint-phone';

export function controlFor(type: string): Control {
  switch (type) {
    case 'boolean':
      return { control: 'checkbox' };
    case 'long_text':
      return { control: 'textarea' };
    case 'choice':
      return { control: 'select' };
    case 'integer':
    case 'port':
      return { control: 'integer' };
    case 'datetime':
      return { control: 'datetime' };
    case 'email':
      return { control: 'input', inputType: 'email', hint: 'ui-hint-email', list: null };
    case 'url':
      return { control: 'input', inputType: 'url', hint: 'ui-hint-url', list: null };
    case 'phone':
      return { control: 'input', inputType: 'tel', hint: 'ui-hint-phone', list: null };
    case 'language':
      return { control: 'input', inputType: 'text', hint: 'ui-hint-language', list: 'languages' };
    case 'country':
      return { control: 'input', inputType: 'text', hint: 'ui-hint-country', list: 'countries' };
    case 'date':
      // The webview's date picker shows the date as the system writes it; its
      // value is the ISO date the core reads. It needs no format hint.
      return { control: 'input', inputType: 'date', hint: null, list: null };
    default: {
      const hints: Record<string, HintId> = {
        time_zone: 'ui-hint-time-zone',
        currency: 'ui-hint-currency',
        amount: 'ui-hint-amount',
        ip_address: 'ui-hint-ip-address',
      };
      return { control: 'input', inputType: 'text', hint: hints[type] ?? null, list: null };
    }
  }
}

export function kindOf(catalog: FormCatalog, kind: string): KindDef | undefined {
  return catalog.kinds.find((k) => k.id === kind);
}

export function sectionOf(catalog: FormCatalog, id: string): SectionDef | undefined {
  return catalog.sections.find((s) => s.id === id);
}

export function typeOf(catalog: FormCatalog, id: string): TypeDef | undefined {
  return catalog.types.find((t) => t.id === id);
}

/** The fields of a measure: those every measure has, then its own. */
export function measureFields(catalog: FormCatalog, measure: string): { owner: string; field: FieldDef }[] {
  const own = catalog.measures.find((m) => m.id === measure)?.fields ?? [];
  return [
    // `type` is the measure's tag, chosen when it was added, not a field to edit.
    ...catalog.measure_common.filter((f) => f.id !== 'type').map((field) => ({ owner: 'measure', field })),
    ...own.map((field) => ({ owner: measure, field })),
  ];
}

/** The steps of a kind, in wizard order: its sections. */
export function stepsOf(catalog: FormCatalog, kind: string): SectionDef[] {
  return (kindOf(catalog, kind)?.sections ?? [])
    .map((id) => sectionOf(catalog, id))
    .filter((s): s is SectionDef => s !== undefined);
}

/** The section a JSON pointer belongs to: `/preservation/period/from` → `preservation`. */
export function sectionOfPath(path: string): string {
  return path.split('/')[1] ?? '';
}

export interface StepState {
  error: number;
  warning: number;
  advice: number;
}

/** How many findings of each severity each section has. */
export function stepStates(findings: readonly UiFinding[]): Map<string, StepState> {
  const states = new Map<string, StepState>();
  for (const f of findings) {
    const section = sectionOfPath(f.path);
    const state = states.get(section) ?? { error: 0, warning: 0, advice: 0 };
    state[f.severity satisfies Severity] += 1;
    states.set(section, state);
  }
  return states;
}

/** The findings about one field itself (not about what it contains). */
export function findingsAt(findings: readonly UiFinding[], path: string): UiFinding[] {
  return findings.filter((f) => f.path === path);
}

/** The DOM id of the control for a JSON pointer; unique in the page. */
export function domId(path: string): string {
  return `field${path.replaceAll('/', '.')}`;
}

/**
 * The control a finding's path leads to, or the nearest one that exists: a
 * finding about `/offences/0/max_penalty` goes to that fieldset's first
 * control; one about an empty list goes to its "add" button.
 */
export function focusTarget(doc: Document, path: string): HTMLElement | null {
  let p = path;
  for (;;) {
    const el = doc.getElementById(domId(p));
    if (el) {
      if (el instanceof HTMLFieldSetElement) {
        const inner = el.querySelector<HTMLElement>('input, select, textarea, button');
        if (inner) return inner;
      }
      return el;
    }
    const cut = p.lastIndexOf('/');
    if (cut <= 0) return null;
    p = p.slice(0, cut);
  }
}

/** The six UN languages, offered when a language code is typed. */
export const LANGUAGE_CODES = ['en', 'fr', 'es', 'ru', 'ar', 'zh'] as const;

/** Codes Intl names that are not States (groupings, reserved and private-use codes). */
const NOT_STATES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const countryCache = new Map<string, { code: string; name: string }[]>();

/**
 * The ISO 3166 codes the webview can name, with their names in `lang`
 * (Intl.DisplayNames, so no country list is shipped), sorted as a reader of
 * that language expects. The officer may still type any two-letter code.
 */
export function countryOptions(lang: string): { code: string; name: string }[] {
  const cached = countryCache.get(lang);
  if (cached) return cached;
  const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  const out: { code: string; name: string }[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = NOT_STATES.has(code) ? undefined : names.of(code);
      if (name !== undefined && name !== code) out.push({ code, name });
    }
  }
  out.sort((x, y) => x.name.localeCompare(y.name, lang));
  countryCache.set(lang, out);
  return out;
}

/** A date-time with its zone, as the form edits it: the local time and the zone apart. */
export interface DateTimeParts {
  /** `YYYY-MM-DDTHH:MM:SS` (seconds matter for an IP address's time stamp). */
  local: string;
  /** `UTC`, an offset `UTC+01:00`, a zone name `Europe/Paris`, or empty. */
  zone: string;
}

const DATETIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2}|\[[^\]]+\])?$/;

/**
 * Splits a stored date-time; `null` when it is not in the form the pickers
 * write (typed by hand or imported), so it can be shown as it is.
 */
export function splitDateTime(value: string): DateTimeParts | null {
  if (value === '') return { local: '', zone: '' };
  const m = DATETIME.exec(value);
  if (m === null) return null;
  const local = m[1]!.length === 16 ? `${m[1]!}:00` : m[1]!;
  const z = m[2] ?? '';
  const zone = z === 'Z' ? 'UTC' : z.startsWith('[') ? z.slice(1, -1) : z === '' ? '' : `UTC${z}`;
  return { local, zone };
}

/** The stored form of a date-time: RFC 3339 with its offset, or with a zone name in brackets. */
export function joinDateTime({ local, zone }: DateTimeParts): string {
  if (local === '') return zone === '' ? '' : zone;
  // Pickers may add ".000"; a fraction that is not zero is kept.
  const whole = local.replace(/\.0+$/, '');
  const time = /T\d{2}:\d{2}$/.test(whole) ? `${whole}:00` : whole;
  const z = zone.trim();
  if (z === '') return time;
  if (z === 'UTC' || z === 'Z') return `${time}Z`;
  const offset = /^(?:UTC)?([+-]\d{2}:\d{2})$/.exec(z);
  if (offset) return `${time}${offset[1]!}`;
  return `${time}[${z}]`;
}

/** Puts the keyboard on a dialog's safe answer as soon as it appears (`{@attach}`). */
export function focusOnShow(el: HTMLElement): void {
  el.focus();
}
