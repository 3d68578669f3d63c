/** Strings of evidence-api (English, the source language): the footer links, the change feed, the export command. */
export const evidenceApi: Record<string, string> = {
  'evidence.api.footer_evidence': 'Evidence data',
  'evidence.api.footer_sources': 'Evidence sources',

  // The Atom feed of publications and public changes (/feeds/changes.atom).
  'evidence.feed.title': 'Leverage: changes to the evidence record',
  'evidence.feed.subtitle':
    'Every publication, correction, dispute, resolution and retraction of public evidence, newest first.',
  'evidence.feed.entry.published': 'Published: {title}',
  'evidence.feed.entry.correction': 'Correction: {title}',
  'evidence.feed.entry.dispute': 'Disputed: {title}',
  'evidence.feed.entry.dispute_resolved': 'Dispute resolved: {title}',
  'evidence.feed.entry.retraction': 'Retracted: {title}',
  'evidence.feed.kind.published': 'Published',
  'evidence.feed.kind.correction': 'Correction',
  'evidence.feed.kind.dispute': 'Disputed',
  'evidence.feed.kind.dispute_resolved': 'Dispute resolved',
  'evidence.feed.kind.retraction': 'Retracted',
  'evidence.feed.reason': 'Reason: {reason}',
  'evidence.feed.changed': 'What changed:',
  'evidence.feed.change': '{field}: "{before}" → "{after}"',
  'evidence.feed.chain': 'Chain: {chain}',
  'evidence.feed.end_user': 'End user: {name}',

  // `export <dir> [--format ftm|json]`
  'evidence.export.description':
    'Export the public record to a folder: FollowTheMoney entities (ftm, the default) or JSON files',
  'evidence.export.dir_argument': 'the folder to write into (created if missing)',
  'evidence.export.format_option':
    'ftm (entities.ftm.json, one entity a line) or json (evidence.json, companies.json, state-bodies.json)',
  'evidence.export.format_unknown': 'Unknown export format "{format}". Use one of: {known}.',
  'evidence.export.dir_unwritable': 'Cannot write to {dir}: {reason}',
  'evidence.export.progress': 'Exporting: {count} entities written',
  'evidence.export.progress_file': 'Exporting {file}…',
  'evidence.export.ftm_done': 'Wrote {count} FollowTheMoney entities to {file} ({schemata}).',
  'evidence.export.json_done': 'Wrote {file} ({count} records).',
  'evidence.export.ftm_brand': 'Brand: {name}',
};
