/** The company record: companies, ownership, state bodies (English, the source language). */
export const companies: Record<string, string> = {
  // Errors (the `message` of DESIGN.md's error shape).
  'companies.error.company_not_found': 'There is no company with the slug "{slug}".',
  'companies.error.company_slug_taken': 'Another company already uses the slug "{slug}".',
  'companies.error.state_body_not_found': 'There is no state body with the slug "{slug}".',
  'companies.error.state_body_slug_taken': 'Another state body already uses the slug "{slug}".',
  'companies.error.ownership_not_found': 'There is no ownership link with the id "{id}".',
  'companies.error.ownership_self': 'A company cannot own itself.',
  'companies.error.ownership_cycle': '{subsidiary} already owns {parent}, directly or through other companies, so {parent} cannot own {subsidiary}.',
  'companies.error.ownership_duplicate': 'This parent already has a link to this subsidiary starting on the same date.',
  'companies.error.cursor_invalid': 'This page link is not valid. Start again from the first page.',
  'companies.error.import_unreadable': 'The file could not be read: {reason}',
  'companies.error.import_kind_unknown': 'Cannot import "{kind}". Known kinds: {known}.',

  // Validation messages beside fields.
  'companies.validation.kind': 'Choose one of the listed kinds.',
  'companies.validation.aliases': 'Aliases must be a list of names.',
  'companies.validation.too_many_aliases': 'Give at most 50 aliases.',
  'companies.validation.share': 'Enter a percentage above 0 and at most 100, with at most two decimals.',
  'companies.validation.limit': 'Enter a whole number from 1 to 100.',
  'companies.validation.until_before_since': 'The end date cannot be before the start date.',
  'companies.validation.slug_underivable': 'No address can be made from this name; enter a slug such as map-info.',
  'companies.validation.company_unknown': 'There is no company with the slug "{slug}".',

  // Kinds.
  'companies.kind.manufacturer': 'Manufacturer',
  'companies.kind.software_vendor': 'Software vendor',
  'companies.kind.reseller': 'Reseller',
  'companies.kind.telecom_operator': 'Telecom operator',
  'companies.kind.financial': 'Financial',
  'companies.kind.other': 'Other',
};
