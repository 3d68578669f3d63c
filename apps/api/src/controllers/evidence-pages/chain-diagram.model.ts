import { t } from '#libs/core';
import type { EvidenceSummaryView } from '#libs/evidence';

/** One step of a chain in words: "Supermicro (manufacturer)", linked to its page. */
export interface ChainStep {
  name: string;
  href: string;
  roleLabel: string;
  endUser: boolean;
}

export interface DiagramText {
  x: number;
  y: number;
  text: string;
}

export interface DiagramBox {
  kind: 'company' | 'end-user';
  href: string;
  /** The tooltip of the box's link. */
  linkTitle: string;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: DiagramText[];
  role: DiagramText;
  /** The arrow to the next box; null on the last. */
  arrow: DiagramArrow | null;
}

export interface DiagramArrow {
  x: number;
  y1: number;
  y2: number;
  /** The arrowhead's polygon points. */
  head: string;
  label: DiagramText;
}

/** Everything the `evidence/chain-diagram` partial draws, positions included: no arithmetic in the template. */
export interface ChainDiagram {
  width: number;
  height: number;
  /** The accessible name of the drawing: the whole chain in one line. */
  label: string;
  /** In order, each with the arrow that leaves it, so that the drawing reads in the chain's order. */
  boxes: DiagramBox[];
  steps: ChainStep[];
}

// A vertical flow: it stays readable on a phone, where a horizontal one would shrink its text.
const WIDTH = 340;
const BOX_X = 20;
const BOX_WIDTH = WIDTH - 2 * BOX_X;
const PADDING = 12;
const NAME_LINE = 20;
const ROLE_LINE = 18;
const FIRST_BASELINE = 15;
const GAP = 44;
/** Characters of a bold 16px name that fit on one line of a box. */
const CHARS_PER_LINE = 26;

export function companyHref(slug: string): string {
  return `/companies/${encodeURIComponent(slug)}`;
}

export function stateBodyHref(slug: string): string {
  return `/state-bodies/${encodeURIComponent(slug)}`;
}

/** The chain in order, ending at the end user when there is one. */
export function chainSteps(item: Pick<EvidenceSummaryView, 'chain' | 'endUser'>): ChainStep[] {
  const steps: ChainStep[] = item.chain.map((link) => ({
    name: link.company.name,
    href: companyHref(link.company.slug),
    roleLabel: t(`evidence.role_lower.${link.role}`),
    endUser: false,
  }));
  if (item.endUser)
    steps.push({
      name: item.endUser.name,
      href: stateBodyHref(item.endUser.slug),
      roleLabel: t('evidence.page.chain.end_user'),
      endUser: true,
    });
  return steps;
}

/** "Supermicro (manufacturer) → MAP INFO (reseller) → KGB (end user)" */
export function chainText(steps: ChainStep[]): string {
  return steps.map((step) => t('evidence.page.chain.step', { name: step.name, role: step.roleLabel })).join(' → ');
}

/**
 * Breaks a name into lines of at most `max` characters at spaces; a word longer than a line is
 * cut. Nothing is dropped: the diagram shows the whole name.
 */
export function wrapText(text: string, max = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    let rest = word;
    while (rest.length > max) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    if (!rest) continue;
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= max) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Box positions for the chain of one item, top to bottom. */
export function chainDiagram(item: Pick<EvidenceSummaryView, 'chain' | 'endUser'>): ChainDiagram {
  const steps = chainSteps(item);
  const center = BOX_X + BOX_WIDTH / 2;
  const boxes: DiagramBox[] = [];
  let y = 10;
  steps.forEach((step, index) => {
    const names = wrapText(step.name);
    const height = 2 * PADDING + names.length * NAME_LINE + ROLE_LINE;
    boxes.push({
      kind: step.endUser ? 'end-user' : 'company',
      href: step.href,
      linkTitle: t(step.endUser ? 'evidence.page.chain.open_state_body' : 'evidence.page.chain.open_company', {
        name: step.name,
      }),
      x: BOX_X,
      y,
      width: BOX_WIDTH,
      height,
      lines: names.map((text, line) => ({ x: center, y: y + PADDING + FIRST_BASELINE + line * NAME_LINE, text })),
      role: { x: center, y: y + PADDING + names.length * NAME_LINE + 14, text: step.roleLabel },
      arrow: index < steps.length - 1 ? arrowBelow(center, y + height) : null,
    });
    y += height + GAP;
  });
  const height = boxes.length ? y - GAP + 10 : 0;
  return { width: WIDTH, height, label: t('evidence.page.chain.label', { chain: chainText(steps) }), boxes, steps };
}

/** From the bottom of one box to the top of the next, GAP below. */
function arrowBelow(x: number, bottom: number): DiagramArrow {
  const next = bottom + GAP;
  return {
    x,
    y1: bottom + 4,
    y2: next - 10,
    head: `${x - 7},${next - 12} ${x + 7},${next - 12} ${x},${next - 2}`,
    label: { x: x + 14, y: bottom + GAP / 2 + 4, text: t('evidence.page.chain.supplied') },
  };
}
