import { t } from '#libs/core';
import type { CorrectionEntryView, CorrectionView, FieldChangeView } from '#libs/evidence';

/** Fields whose values are labels in the catalogue (evidence.status.published → "published"). */
const LABELLED = new Set(['status', 'category', 'confidence', 'polarity']);

/** A field of a correction's diff in words: "Summary", "Source 2: address". Unknown fields stay as they are. */
export function fieldLabel(field: string): string {
  const parts = field.split('.');
  if (parts[0] === 'sources' && parts.length === 3) {
    return t('evidence.page.field.source_item', {
      n: parts[1],
      field: known(`evidence.page.field.source.${parts[2]}`, parts[2]),
    });
  }
  return known(`evidence.page.field.${field}`, field);
}

/** The value as the record holds it; the label of an enum value where the catalogue has one. */
export function valueLabel(field: string, value: string): string {
  return LABELLED.has(field) ? known(`evidence.${field}.${value}`, value) : value;
}

function known(key: string, fallback: string): string {
  const text = t(key);
  return text === key ? fallback : text;
}

function changeRow(change: FieldChangeView) {
  return {
    field: fieldLabel(change.field),
    before: valueLabel(change.field, change.before),
    after: valueLabel(change.field, change.after),
  };
}

/** A correction, dispute, resolution or retraction as the public pages show it. */
export function correctionPage(correction: CorrectionView) {
  return {
    id: correction.id,
    kind: correction.kind,
    kindLabel: t(`evidence.correction_kind.${correction.kind}`),
    reason: correction.reason,
    madeAt: correction.madeAt,
    changes: correction.changes.map(changeRow),
  };
}

/** One line of /corrections: the change and the item it changed. */
export function correctionEntryPage(entry: CorrectionEntryView) {
  return {
    ...correctionPage(entry.correction),
    evidence: {
      id: entry.evidence.id,
      title: entry.evidence.title,
      url: `/evidence/${entry.evidence.id}`,
      status: entry.evidence.status,
      retracted: entry.evidence.status === 'retracted',
      disputed: entry.evidence.status === 'disputed',
      statusLabel: t(`evidence.status.${entry.evidence.status}`),
    },
  };
}
