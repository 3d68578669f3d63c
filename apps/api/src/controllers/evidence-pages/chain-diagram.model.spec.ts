import { chainDiagram, wrapText } from './chain-diagram.model';

const link = (slug: string, name: string, role: 'manufacturer' | 'reseller', position: number) => ({
  position,
  role,
  company: { slug, name },
});

describe('the chain diagram', () => {
  test('wraps a long name at spaces and keeps every character of it', () => {
    const name = 'Information and Analytical Center of the Presidential Administration of the Republic of Belarus';
    const lines = wrapText(name);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((line) => line.length <= 26)).toBe(true);
    expect(lines.join(' ')).toBe(name);
    // A single word wider than a box is cut across lines, not dropped.
    expect(wrapText('Aktsionernoyeobshchestvoimeni', 10).join('')).toBe('Aktsionernoyeobshchestvoimeni');
  });

  test('stacks the boxes top to bottom with an arrow between each, ending at the end user', () => {
    const diagram = chainDiagram({
      chain: [link('supermicro', 'Supermicro', 'manufacturer', 0), link('map-info', 'MAP INFO', 'reseller', 1)],
      endUser: {
        slug: 'information-and-analytical-center',
        name: 'Information and Analytical Center of the Presidential Administration',
      },
    });
    expect(diagram.boxes.map((box) => [box.kind, box.href])).toEqual([
      ['company', '/companies/supermicro'],
      ['company', '/companies/map-info'],
      ['end-user', '/state-bodies/information-and-analytical-center'],
    ]);
    expect(diagram.label).toBe(
      'Chain of supply: Supermicro (manufacturer) → MAP INFO (reseller) → Information and Analytical Center of the Presidential Administration (end user)',
    );
    // No two boxes overlap; each arrow runs from one box into the gap above the next; the drawing holds them all.
    diagram.boxes.forEach((box, index) => {
      const next = diagram.boxes[index + 1];
      if (!next) return expect(box.arrow).toBeNull();
      expect(box.y + box.height).toBeLessThan(next.y);
      expect(box.arrow!.y1).toBeGreaterThanOrEqual(box.y + box.height);
      expect(box.arrow!.y2).toBeLessThan(next.y);
    });
    const last = diagram.boxes[2];
    expect(last.lines.length).toBeGreaterThan(1);
    expect(last.role.y).toBeLessThan(last.y + last.height);
    expect(last.y + last.height).toBeLessThanOrEqual(diagram.height);
  });

  test('an item of positive conduct without an end user draws its companies alone', () => {
    const diagram = chainDiagram({
      chain: [{ position: 0, role: 'operator', company: { slug: 'telegram', name: 'Telegram' } }],
      endUser: null,
    });
    expect(diagram.boxes).toHaveLength(1);
    expect(diagram.steps.map((step) => step.roleLabel)).toEqual(['operator']);
  });
});
