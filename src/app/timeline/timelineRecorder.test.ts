import { describe, expect, it } from 'vitest';
import { playFrames, rangeText, videoFileName, webmType } from './timelineRecorder';

describe('playFrames', () => {
  it('is the sequence Play steps through: a 3-month window from the start, a month a step, to the end', () => {
    expect(playFrames(null, null, ['2023-11', '2024-05']).map((r) => `${r.from}..${r.to}`)).toEqual([
      '2023-11-01..2024-01-31',
      '2023-12-01..2024-02-29',
      '2024-01-01..2024-03-31',
      '2024-02-01..2024-04-30',
      '2024-03-01..2024-05-31',
    ]);
  });
  it('starts from the range set, at its width', () => {
    expect(playFrames('2024-02-01', '2024-02-29', ['2023-11', '2024-05']).map((r) => r.from)).toEqual(['2024-02-01', '2024-03-01', '2024-04-01', '2024-05-01']);
  });
});

describe('webmType', () => {
  it('takes the first WebM codec the recorder can write, or none', () => {
    expect(webmType((t) => t === 'video/webm;codecs=vp8' || t === 'video/webm')).toBe('video/webm;codecs=vp8');
    expect(webmType(() => false)).toBeNull();
  });
});

describe('names and captions', () => {
  it('writes the range as the panels do, and names the file for what it is', () => {
    expect(rangeText({ from: '2024-03-01', to: '2024-05-31' })).toBe('1 Mar 2024 – 31 May 2024');
    expect(videoFileName('diplograph-2024-06-30')).toBe('diplograph-2024-06-30-timeline.webm');
  });
});
