/** Calendar days as `YYYY-MM-DD`, in UTC: the same answer on every machine. */
const DAY = 86_400_000;

const at = (isoDay: string) => Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);

export function addDays(isoDay: string, days: number): string {
  return new Date(at(isoDay) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((at(to) - at(from)) / DAY));
}

/** Whole years from `from` to `to` (an anniversary not yet reached does not count); never below 0. */
export function fullYears(from: string, to: string): number {
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number);
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number);
  const years = ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  return Math.max(0, years);
}
