import { describe, expect, it } from 'vitest';
import { completeDate } from './dateInput';

describe('completeDate', () => {
  it.each([
    ['2024-08-31', '2024-08-31'],
    ['1999-01-01', '1999-01-01'],
    ['2024-02-29', '2024-02-29'],
    ['', ''],
  ])('applies %j', (value, expected) => {
    expect(completeDate(value)).toBe(expected);
  });

  // The values Chromium reports while a year is typed digit by digit, and days that do not exist.
  it.each(['0002-08-31', '0020-08-31', '0202-08-31', '2023-02-29', '2024-13-01', '2024-00-10', '2024-08-00', '275760-09-13', '2024-8-31'])(
    'holds back the draft %j',
    (value) => {
      expect(completeDate(value)).toBeUndefined();
    },
  );
});
