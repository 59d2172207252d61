import { formatLocal, localTime } from '../../src/digest/local-time.js';

describe('localTime in Europe/Stockholm', () => {
  test('08:00 in winter is 07:00 UTC', () => {
    expect(localTime(new Date('2026-11-24T07:00:00Z'), 'Europe/Stockholm')).toEqual({
      day: '2026-11-24',
      minutes: 480,
    });
  });

  test('08:00 in summer is 06:00 UTC', () => {
    expect(localTime(new Date('2026-06-15T06:00:00Z'), 'Europe/Stockholm')).toEqual({
      day: '2026-06-15',
      minutes: 480,
    });
  });

  test('23:30 UTC is already the next day in Stockholm', () => {
    expect(localTime(new Date('2026-11-24T23:30:00Z'), 'Europe/Stockholm').day).toBe('2026-11-25');
  });

  test('formatLocal writes "YYYY-MM-DD HH:MM"', () => {
    expect(formatLocal(new Date('2026-11-24T07:05:00Z'), 'Europe/Stockholm')).toBe('2026-11-24 08:05');
  });
});
