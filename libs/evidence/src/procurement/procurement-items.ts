import type { ProcurementItem } from '../procurement-record.entity';

/**
 * Items as people type them, one a line: `description | quantity | unit` (quantity and unit may be
 * left out). The console's textarea and the CSV's `items` cell use this form, so an export imports
 * again as it is. A quantity that is not a number is passed on as text, for validation to name.
 */
export function parseItemLines(text: string): Record<string, unknown>[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const parts = line.split('|').map((part) => part.trim());
      if (parts.length === 1) return { description: parts[0] };
      if (parts.length === 2) return { description: parts[0], quantity: blankToUndefined(parts[1]) };
      const unit = parts.pop() as string;
      const quantity = parts.pop() as string;
      return { description: parts.join(' | '), quantity: blankToUndefined(quantity), unit: blankToUndefined(unit) };
    });
}

/** The inverse of parseItemLines. */
export function itemLines(items: readonly ProcurementItem[]): string {
  return items.map((item) => `${item.description} | ${item.quantity ?? ''} | ${item.unit ?? ''}`).join('\n');
}

function blankToUndefined(value: string): string | undefined {
  return value === '' ? undefined : value;
}
