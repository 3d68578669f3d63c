/** Scorecards: errors, the public pages, the methodology page and the console. */
export const scorecards: Record<string, string> = {
  'scorecards.error.not_found': 'No scorecard for "{slug}": no such company.',
  'scorecards.error.methodology_not_found': 'No methodology version "{version}" is published.',
  'scorecards.error.methodology_not_newer':
    'Version {version} is not newer than the published {current}: a published version never changes, and a new one must come after it.',
  'scorecards.error.snapshot_not_found': 'No scorecard snapshot "{id}".',
  'scorecards.error.no_contact':
    '{company} has no active contact to send the scorecard notice to: add one first. Nothing was written.',
  'scorecards.error.nothing_to_notify': '{company} has no graded scorecard to tell it about.',
};
