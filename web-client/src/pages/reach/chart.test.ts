import { describe, expect, it } from 'vitest';
import { barWidth, linePoints, percent, targetY } from './chart';

describe('the reach dashboard arithmetic', () => {
  it('shows shares as percentages with a Vietnamese decimal comma, and a dash without population', () => {
    expect(percent(0.125)).toBe('12,5 %');
    expect(percent(0.8, 'en')).toBe('80%');
    expect(percent(null)).toBe('—');
  });

  it('fills a bar up to its share, never past the end', () => {
    expect(barWidth(0.42)).toBe(42);
    expect(barWidth(1.3)).toBe(100);
    expect(barWidth(null)).toBe(0);
  });

  it('spreads the months across the chart and puts 0 % at the bottom, leaving out months without a share', () => {
    expect(linePoints([0, 0.5, null, 1], 300, 100)).toBe('0,100 100,50 300,0');
    expect(linePoints([0.2], 300, 100)).toBe('150,80');
  });

  it('draws the 2027 urban target 80 % up the chart', () => {
    expect(targetY(0.8, 200)).toBe(40);
  });
});
