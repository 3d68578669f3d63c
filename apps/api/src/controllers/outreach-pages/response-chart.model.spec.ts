import { responseChart } from './response-chart.model';
import { companyOutreachPage, outreachStatsPage } from './outreach-page.model';

const counts = (values: Record<string, number>) =>
  Object.entries(values).map(([key, count]) => ({ key, label: key.replace(/_/g, ' '), count }));

describe('the response chart', () => {
  test('draws one bar per key, in order, as long as its share of the largest count, with every number in its name', () => {
    const chart = responseChart(counts({ exited: 1, denied: 2, no_response: 4, awaiting: 0 }));
    expect(chart.bars.map((bar) => [bar.key, bar.group, bar.count])).toEqual([
      ['exited', 'action', 1],
      ['denied', 'refusal', 2],
      ['no_response', 'silence', 4],
      ['awaiting', 'waiting', 0],
    ]);
    const [exited, denied, silence, awaiting] = chart.bars;
    expect(silence.barWidth).toBe(2 * denied.barWidth);
    expect(denied.barWidth).toBe(2 * exited.barWidth);
    expect(awaiting.barWidth).toBe(0);
    // The longest bar and its value stay inside the drawing; rows do not overlap.
    expect(silence.valueX + 20).toBeLessThanOrEqual(chart.width);
    chart.bars.forEach((bar, index) => {
      expect(bar.labelY).toBeLessThan(bar.barY);
      const next = chart.bars[index + 1];
      if (next) expect(bar.barY + bar.barHeight).toBeLessThan(next.labelY - 10);
    });
    expect(chart.bars.at(-1)!.barY + 18).toBeLessThanOrEqual(chart.height);
    expect(chart.label).toBe(
      'Companies by their latest answer or silence: exited 1, denied 2, no response 4, awaiting 0.',
    );
  });

  test('tells silence and waiting apart from answers without colour: hatched and outlined', () => {
    const chart = responseChart(counts({ exited: 1, overdue: 1, awaiting: 1 }));
    expect(chart.bars.map((bar) => [bar.fill, bar.outlined])).toEqual([
      ['#1a6b35', false],
      [`url(#${chart.hatchId})`, false],
      ['#ffffff', true],
    ]);
  });

  test('never draws a count above zero as nothing, and draws no bar when every count is zero', () => {
    const small = responseChart(counts({ exited: 1, no_response: 1000 }));
    expect(small.bars[0].barWidth).toBeGreaterThanOrEqual(3);
    expect(responseChart(counts({ exited: 0, denied: 0 })).bars.every((bar) => bar.barWidth === 0)).toBe(true);
  });
});

describe('the outreach page models', () => {
  test('the statistics read as people say them', () => {
    const page = outreachStatsPage({
      writtenTo: 3,
      onRecord: 3,
      answered: 2,
      responseRate: 2 / 3,
      medianDaysToAnswer: 9.5,
      demoCompanies: 0,
      byClassification: counts({ exited: 1, no_response: 2 }),
      companies: [],
    });
    expect([page.responseRate, page.median]).toEqual(['67%', '9.5 days']);
    expect(page.rows.map((row) => row.share)).toEqual(['33%', '67%']);
    const none = outreachStatsPage({
      writtenTo: 0,
      onRecord: 0,
      answered: 0,
      responseRate: null,
      medianDaysToAnswer: null,
      demoCompanies: 0,
      byClassification: [],
      companies: [],
    });
    expect([none.empty, none.responseRate, none.median]).toEqual([true, 'not known yet', 'not known yet']);
  });

  test('a company never written to says so', () => {
    const page = companyOutreachPage({
      company: { slug: 'intel', name: 'Intel' },
      state: 'not_written_to',
      outcome: 'not_written_to',
      demo: false,
      timeline: [],
    });
    expect(page.stateText).toBe('We have not written to Intel yet.');
    expect(page.entries).toEqual([]);
  });
});
