import { embargoInForce, isDue, timesProblem } from '../rules';

const NOW = new Date('2026-11-26T12:00:00.000Z');

describe('the schedule rules on a version\'s times', () => {
  it.each([
    ['no times', {}, null],
    ['publish at only, in the past (due)', { publishAt: '2026-11-26T11:00:00.000Z' }, null],
    ['unpublish after publish', { publishAt: '2026-11-26T13:00:00Z', unpublishAt: '2026-11-26T14:00:00Z' }, null],
    ['unpublish equal to publish', { publishAt: '2026-11-26T13:00:00Z', unpublishAt: '2026-11-26T13:00:00Z' }, 'unpublishAt'],
    ['unpublish before publish', { publishAt: '2026-11-26T13:00:00Z', unpublishAt: '2026-11-26T12:30:00Z' }, 'unpublishAt'],
    ['publish before the embargo', { publishAt: '2026-11-26T13:00:00Z', embargoUntil: '2026-11-26T14:00:00Z' }, 'publishAt'],
    ['publish at the embargo', { publishAt: '2026-11-26T14:00:00Z', embargoUntil: '2026-11-26T14:00:00Z' }, null],
    ['unpublish alone, no publish', { unpublishAt: '2026-11-26T10:00:00Z' }, null],
  ])('%s', (_name, times, field) => {
    expect(timesProblem(times)?.field ?? null).toBe(field);
  });

  it('names the embargo in UTC in its message', () => {
    expect(timesProblem({ publishAt: '2026-11-26T13:00:00Z', embargoUntil: '2026-11-26T16:00:00+02:00' })?.message).toContain('2026-11-26T14:00:00Z');
  });

  it.each([
    [null, null],
    ['2026-11-26T11:59:59Z', null],
    ['2026-11-26T12:00:00Z', null],
    ['2026-11-26T12:00:01Z', '2026-11-26T12:00:01.000Z'],
  ])('an embargo until %s is in force: %s', (embargo, expected) => {
    expect(embargoInForce(embargo, NOW)?.toISOString() ?? null).toBe(expected);
  });

  it.each([
    [null, false],
    ['not a time', false],
    ['2026-11-26T12:00:00Z', true],
    ['2026-11-26T12:00:01Z', false],
  ])('%s is due: %s', (time, expected) => {
    expect(isDue(time, NOW)).toBe(expected);
  });
});
