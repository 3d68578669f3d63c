import type { HistoryPointView } from '#libs/scorecards';
import { historyChart } from './history-chart.model';

const GRADES = [
  { grade: 'A', min: 95 },
  { grade: 'F', min: 0 },
];

function point(computedAt: string, overall: number, low: number, high: number, version = '1.0.0'): HistoryPointView {
  return {
    seq: 0,
    computedAt: `${computedAt}T12:00:00.000Z`,
    asOf: computedAt,
    status: 'scored',
    overall,
    grade: overall >= 95 ? 'A' : 'F',
    low,
    high,
    methodologyVersion: version,
    reason: 'record',
  };
}

describe('the history chart', () => {
  const history = [point('2026-01-01', 50, 40, 60), point('2026-07-02', 100, 90, 100, '1.1.0')];
  const chart = historyChart(history, GRADES, '2027-01-01', 'Supermicro')!;

  it('draws each score level until the day it changed, and on to today', () => {
    // From 1 January at 50 (y 100) to 2 July, then up to 100 (y 16), then on to the right edge.
    expect(chart.line).toBe('M40 100 H331.2 V16 H624');
  });

  it('draws the range as a band of the same steps, closed back along its low end', () => {
    expect(chart.band).toBe('M40 83.2 H331.2 V16 H624 V32.8 H331.2 V116.8 H40 Z');
  });

  it('marks where the method changed and names every point in words', () => {
    expect(chart.methods.map((m) => [m.x, m.label])).toEqual([[331.2, 'method 1.1.0']]);
    expect(chart.label).toContain('Supermicro');
    expect(chart.points).toHaveLength(2);
  });

  it('draws nothing without a snapshot', () => {
    expect(historyChart([], GRADES, '2027-01-01', 'Supermicro')).toBeNull();
  });
});
