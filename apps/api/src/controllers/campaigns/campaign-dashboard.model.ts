import { t } from '#libs/core';
import { countryName, type DashboardView } from '#libs/campaigns';

const WIDTH = 640;
const HEIGHT = 160;
const number = new Intl.NumberFormat('en-GB');

/**
 * Signatures over time as server-drawn SVG bars: per day, those made (light) and those confirmed
 * (dark), the last 60 days at most. The table under it says the same in numbers.
 */
export function daysChart(days: DashboardView['days']) {
  const shown = days.slice(-60);
  const max = Math.max(1, ...shown.map((d) => Math.max(d.signed, d.confirmed)));
  const step = shown.length ? WIDTH / shown.length : WIDTH;
  const bar = Math.min(12, Math.max(1, Math.floor(step / 2) - 1));
  return {
    width: WIDTH,
    height: HEIGHT,
    max: number.format(max),
    label: t('campaigns.console.chart_label', { days: shown.length, max: number.format(max) }),
    bars: shown.map((d, i) => {
      const signed = Math.round((d.signed / max) * (HEIGHT - 20));
      const confirmed = Math.round((d.confirmed / max) * (HEIGHT - 20));
      const x = Math.round(i * step);
      return {
        day: d.day,
        signed: number.format(d.signed),
        confirmed: number.format(d.confirmed),
        signedX: x,
        signedY: HEIGHT - signed,
        signedH: signed,
        confirmedX: x + bar + 1,
        confirmedY: HEIGHT - confirmed,
        confirmedH: confirmed,
        width: bar,
      };
    }),
    rows: shown
      .filter((d) => d.signed || d.confirmed)
      .reverse()
      .map((d) => ({ day: d.day, signed: number.format(d.signed), confirmed: number.format(d.confirmed) })),
  };
}

export function countryTable(countries: DashboardView['countries']) {
  return countries.map((c) => ({
    name: countryName(c.country),
    code: c.country,
    signatures: number.format(c.signatures),
  }));
}
