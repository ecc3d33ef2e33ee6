import { describe, expect, it } from 'vitest';
import { joinDateTime, splitDateTime } from './form';

describe('date-times with their zone', () => {
  it('splits what the pickers write and joins it back unchanged', () => {
    for (const [stored, parts] of [
      ['2026-03-14T09:30:05+01:00', { local: '2026-03-14T09:30:05', zone: 'UTC+01:00' }],
      ['2026-03-14T09:30:05Z', { local: '2026-03-14T09:30:05', zone: 'UTC' }],
      ['2026-03-14T09:30:05[Europe/Paris]', { local: '2026-03-14T09:30:05', zone: 'Europe/Paris' }],
      ['2026-03-14T09:30:05', { local: '2026-03-14T09:30:05', zone: '' }],
      ['', { local: '', zone: '' }],
    ] as const) {
      expect(splitDateTime(stored)).toEqual(parts);
      expect(joinDateTime(parts)).toBe(stored);
    }
  });

  it('adds the seconds a picker leaves out, and reads offsets however written', () => {
    expect(joinDateTime({ local: '2026-03-14T09:30', zone: '-05:00' })).toBe('2026-03-14T09:30:00-05:00');
    expect(joinDateTime({ local: '2026-03-14T09:30:00', zone: ' UTC ' })).toBe('2026-03-14T09:30:00Z');
    expect(joinDateTime({ local: '2026-03-14T09:30:05.000', zone: 'UTC' })).toBe('2026-03-14T09:30:05Z');
    expect(joinDateTime({ local: '2026-03-14T09:30:05.250', zone: 'UTC' })).toBe('2026-03-14T09:30:05.250Z');
  });

  it('leaves a value in another form alone, to be shown as it is', () => {
    expect(splitDateTime('14/03/2026 09:30 CET')).toBeNull();
    expect(splitDateTime('2026-03-14 08:30 UTC')).toBeNull();
  });
});
