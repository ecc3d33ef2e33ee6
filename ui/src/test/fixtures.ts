// Answers shaped like the real commands', with text from locales/ and the
// core's findings for a blank preservation request, shortened where long.

import type { FormCatalog } from '../bindings/FormCatalog';
import type { CaseDoc, KindInfo, UiFinding } from '../lib/types';
import formCatalog from './generated/form-catalog.json';

/** What `catalog_get` answers for the shipped templates (kept current by the shell's bindings test). */
export const FORM_CATALOG = formCatalog as FormCatalog;

export const KINDS_EN: KindInfo[] = [
  {
    id: 'mla',
    label: 'Mutual legal assistance request',
    help: 'Ask another State to obtain evidence or take another measure for your investigation, prosecution or trial, such as taking statements, producing records, search and seizure or freezing proceeds of crime (UNTOC art. 18, UNCAC art. 46).',
    example: 'mla-fraud-network',
  },
  {
    id: 'preservation',
    label: 'Expedited preservation request',
    help: 'Ask another State to freeze stored computer data quickly, before it is deleted, while you prepare the mutual legal assistance request that must follow (Budapest Convention art. 29).',
    example: 'preservation-mailbox',
  },
];

export const KINDS_FR: KindInfo[] = [
  {
    id: 'mla',
    label: 'Demande d’entraide judiciaire',
    help: 'Demander à un autre État de recueillir des éléments de preuve ou de prendre une autre mesure aux fins de votre enquête, de vos poursuites ou de votre procédure judiciaire (UNTOC, art. 18 ; UNCAC, art. 46).',
    example: 'mla-fraud-network',
  },
  {
    id: 'preservation',
    label: 'Demande de conservation rapide',
    help: 'Demander à un autre État d’assurer rapidement la conservation de données informatiques stockées, avant qu’elles ne soient effacées (Convention de Budapest, art. 29).',
    example: 'preservation-mailbox',
  },
];

export const BLANK_PRESERVATION: CaseDoc = {
  format: 'rogatory-case',
  version: 1,
  kind: 'preservation',
  request: { date: '', reference: '', language: '', status: '', channel: '' },
  preservation: { data_description: '', data_categories: [], mla_will_follow: false },
};

export const FINDINGS_EN: UiFinding[] = [
  {
    code: 'missing-request-date',
    severity: 'warning',
    path: '/request/date',
    message: 'The request is not dated.',
    basis: ['T-CY(2018)11 preservation template, item 1'],
  },
  {
    code: 'missing-request-language',
    severity: 'error',
    path: '/request/language',
    message: 'The language of the request is not chosen.',
    basis: ['UNTOC art. 18(14)', 'UNCAC art. 46(14)'],
  },
  {
    code: 'missing-mla-undertaking',
    severity: 'error',
    path: '/preservation/mla_will_follow',
    message: 'The request does not state that a request for mutual legal assistance will follow.',
    basis: ['Budapest Convention art. 29(2)(f)'],
  },
  {
    code: 'missing-channel',
    severity: 'warning',
    path: '/request/channel',
    message: 'The channel of transmission is not chosen.',
    basis: ['UNTOC art. 18(13)'],
  },
  {
    code: 'missing-request-reference',
    severity: 'warning',
    path: '/request/reference',
    message: 'The request has no reference number.',
    basis: [],
  },
  {
    code: 'missing-signatory',
    severity: 'advice',
    path: '/signatory/name',
    message: 'The signatory is not named.',
    basis: ['PILON MLA handbook, ch. 7'],
  },
];
