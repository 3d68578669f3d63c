/** Strings of evidence-pages (English, the source language). */
export const evidencePages: Record<string, string> = {
  // The layout: navigation, footer, feed.
  'evidence.page.layout.corrections': 'Corrections',
  'evidence.page.layout.feed': 'Changes to the record (Atom feed)',

  // An item's page.
  'evidence.page.kicker': 'Evidence',
  'evidence.page.utc': 'UTC',
  'evidence.page.value_unknown': 'not known',
  'evidence.page.products_unknown': 'not named',
  'evidence.page.summary_heading': 'What happened',
  'evidence.page.published_line': 'Published on',
  'evidence.page.published_by': 'by {name}, a reviewer who did not write it',
  'evidence.page.published_by_reviewer': 'by a reviewer who did not write it',
  'evidence.page.published_by_seed':
    'as part of the demonstration record, without the four-eyes review: its sources were checked when the demonstration was written',
  'evidence.page.all_corrections': 'Every correction to the record',
  'evidence.page.open_data': 'All evidence as open data',
  'evidence.page.corrections_heading': 'Corrections',
  'evidence.page.corrections_none':
    'No corrections. Any change to this item after its publication is listed here, with its date and reason.',
  'evidence.page.staff.written_by': 'Written by {author}; version {version} saved by {updatedBy}.',
  'evidence.page.staff.console': 'Open in the console',
  'evidence.page.status_tag.disputed': 'Disputed',
  'evidence.page.status_tag.retracted': 'Retracted',

  'evidence.page.banner.not_public': 'Not public: {status}',
  'evidence.page.banner.not_public_body':
    'Only signed-in researchers, reviewers and admins can see this page. The public sees nothing here until a reviewer who did not write it publishes it.',
  'evidence.page.banner.disputed': 'Disputed',
  'evidence.page.banner.retracted': 'Retracted',
  'evidence.page.banner.since': 'since',
  'evidence.page.banner.on': 'on',
  'evidence.page.banner.reason': 'Reason:',
  'evidence.page.banner.disputed_body':
    'The item stays public while the dispute is examined; read it with the reason above in mind.',
  'evidence.page.banner.retracted_body':
    'This item no longer counts in any company’s record. It stays visible, struck through, so that anyone can see what was published and why it was withdrawn.',

  'evidence.page.field.status': 'Status',
  'evidence.page.field.published': 'Published',
  'evidence.page.field.polarity': 'Conduct',
  'evidence.page.field.category': 'Category',
  'evidence.page.field.confidence': 'Confidence',
  'evidence.page.field.period': 'Period',
  'evidence.page.field.value': 'Value',
  'evidence.page.field.products': 'Products',
  'evidence.page.field.endUser': 'End user',
  // Fields of a correction's diff.
  'evidence.page.field.title': 'Title',
  'evidence.page.field.summary': 'Summary',
  'evidence.page.field.chain': 'Chain',
  'evidence.page.field.periodStart': 'Start of the period',
  'evidence.page.field.periodEnd': 'End of the period',
  'evidence.page.field.procurementRecords': 'Procurement records',
  'evidence.page.field.source_item': 'Source {n}: {field}',
  'evidence.page.field.source.url': 'address',
  'evidence.page.field.source.publisher': 'publisher',
  'evidence.page.field.source.title': 'title',
  'evidence.page.field.source.publishedOn': 'date',
  'evidence.page.field.source.archivedUrl': 'archived copy',
  'evidence.page.field.source.kind': 'kind',
  'evidence.page.field.source.excerpt': 'excerpt',

  'evidence.page.period.from': 'from',
  'evidence.page.period.until': 'until',
  'evidence.page.period.unknown': 'dates not known',

  'evidence.page.meta.role': 'Role:',
  'evidence.page.meta.confidence': 'Confidence:',
  'evidence.page.meta.period': 'Period:',
  'evidence.page.meta.category': 'Category:',

  'evidence.page.chain.heading': 'Chain of supply',
  'evidence.page.chain.label': 'Chain of supply: {chain}',
  'evidence.page.chain.step': '{name} ({role})',
  'evidence.page.chain.end_user': 'end user',
  'evidence.page.chain.supplied': 'supplied',
  'evidence.page.chain.in_words': 'In words, from the maker to the end user:',
  'evidence.page.chain.open_company': '{name}: the company’s profile',
  'evidence.page.chain.open_state_body': '{name}: the state body’s page',

  'evidence.page.sources.heading': 'Sources',
  'evidence.page.sources.publisher_unknown': 'publisher not recorded',
  'evidence.page.sources.date_unknown': 'date not known',
  'evidence.page.sources.no_excerpt': 'No excerpt is quoted from this source.',
  'evidence.page.sources.archived': 'Archived copy',

  'evidence.page.procurement.heading': 'Procurement records',
  'evidence.page.procurement.none': 'No procurement record is linked to this item.',
  'evidence.page.procurement.company_caption': 'Tenders that name {name} as supplier or brand',
  'evidence.page.procurement.state_body_caption': 'Tenders of {name}',

  'evidence.page.changes.caption': 'What changed',
  'evidence.page.changes.field': 'Field',
  'evidence.page.changes.before': 'Before',
  'evidence.page.changes.after': 'After',

  // Reading guide.
  'evidence.page.how_to_read.summary': 'How to read this: confidence and status',
  'evidence.page.how_to_read.intro': 'Each item says how sure the record is of it:',
  'evidence.page.confidence_hint.confirmed':
    'an official record, a court finding or the company’s own statement establishes it.',
  'evidence.page.confidence_hint.corroborated': 'two or more independent sources agree.',
  'evidence.page.confidence_hint.single_source': 'one credible source reports it; nobody has confirmed it yet.',
  'evidence.page.confidence_hint.plausible':
    'the circumstances point to it, but no source states it; it does not count towards a score.',
  'evidence.page.how_to_read.status':
    'A disputed item is contested (by the company, or because a source is in doubt) and is shown with the reason. A retracted item no longer counts; it stays visible with the reason it was withdrawn.',

  // Company profile.
  'evidence.page.company.heading': 'Evidence',
  'evidence.page.company.count_harm': '{count} items of evidence of harm',
  'evidence.page.company.count_harm_one': '1 item of evidence of harm',
  'evidence.page.company.count_disputed': '{count} disputed',
  'evidence.page.company.count_disputed_one': '1 disputed',
  'evidence.page.company.none':
    'No published evidence of harm names {name}, directly, through a reseller or through a subsidiary. A gap in the record is not proof of a clean one: the record grows as sources are found.',
  'evidence.page.company.acquired_later': '{owner} acquired {subsidiary} only after these events.',
  'evidence.page.company.retracted_heading': 'Retracted',
  'evidence.page.company.retracted_intro':
    'These items were published, then withdrawn. They no longer count; each page says why.',
  'evidence.page.company.positive_heading': 'Positive conduct',
  'evidence.page.company.positive_intro': 'What the company did to resist repression or to limit its part in it.',
  'evidence.page.company.positive_none': 'No positive conduct of {name} is recorded.',

  // State body.
  'evidence.page.state_body.heading': 'Suppliers',
  'evidence.page.state_body.count': '{count} items of evidence end here',
  'evidence.page.state_body.count_one': '1 item of evidence ends here',
  'evidence.page.state_body.none': 'No published evidence names a supplier of {name} yet.',

  // /corrections
  'evidence.page.corrections.title': 'Corrections',
  'evidence.page.corrections.intro':
    'A published item is never edited silently. Every correction, dispute, resolved dispute and retraction is listed here, newest first, with its date, its reason and what changed.',
  'evidence.page.corrections.feed': 'Follow changes to the record (Atom feed)',
  'evidence.page.corrections.none': 'No published item has been corrected, disputed or retracted yet.',
  'evidence.page.corrections.none_more': 'There are no older corrections.',
  'evidence.page.corrections.pages': 'More corrections',
  'evidence.page.corrections.now': 'now {status}',
  'evidence.page.corrections.newest': 'Newest corrections',
  'evidence.page.corrections.older': 'Older corrections',
};
