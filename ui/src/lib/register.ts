// The register's fixed vocabularies, as the core names them; their labels
// are the Fluent messages `status-<id>` and `event-<id>` in every locale.

import type { EventKind } from '../bindings/EventKind';
import type { Status } from '../bindings/Status';

export const STATUSES: readonly Status[] = [
  'draft',
  'final',
  'sent',
  'acknowledged',
  'additional_information_requested',
  'partially_executed',
  'executed',
  'refused',
  'withdrawn',
  'received',
];

export const EVENT_KINDS: readonly EventKind[] = ['status', 'their_reference', 'arrested', 'note'];
