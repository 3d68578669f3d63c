import { readMethodologyFiles } from '../methodology/methodology-files';
import { canonicalJson, inputsHash } from './canonical';
import { score } from './engine';
import type { ItemInput, LetterInput, ResponseInput, ScoreInputs } from './inputs';
import type { ScoreResult } from './result';

/** The judgements the method must make of the founding case (issue: "Engine"), on method 1.0.0. */
const method = readMethodologyFiles().find((file) => file.methodology.version === '1.0.0')!.methodology;
const AS_OF = '2026-12-04';

const KGB = { slug: 'kgb', name: 'KGB', kind: 'security_service' as const };
const NTEC = { slug: 'national-traffic-exchange-center', name: 'NTEC', kind: 'internet_regulator' as const };
const UNNAMED = { slug: 'belarus-state-bodies-not-named', name: 'Not named', kind: 'not_named' as const };
const OFFICE = { slug: 'ministry-office', name: 'A ministry', kind: 'other_ministry' as const };

function item(company: string, over: Partial<ItemInput> = {}): ItemInput {
  return {
    id: `${company}-item`,
    title: `${company} item`,
    polarity: 'harm',
    category: 'data_infrastructure',
    confidence: 'confirmed',
    status: 'published',
    endUser: KGB,
    route: 'direct',
    path: '',
    date: '2020-12-15',
    dateBasis: 'earliest_source',
    acquiredLater: false,
    answerers: [company],
    ...over,
  };
}

function letter(company: string, over: Partial<LetterInput> = {}): LetterInput {
  return {
    id: `${company}-letter`,
    company,
    sentOn: '2020-11-24',
    sentOnPrecision: 'day',
    deadline: '2020-12-08',
    sentBy: null,
    evidenceIds: [`${company}-item`],
    replyPending: false,
    ...over,
  };
}

function response(company: string, over: Partial<ResponseInput> = {}): ResponseInput {
  return {
    id: `${company}-response-${over.respondedOn ?? '2020-09-15'}`,
    company,
    letterId: null,
    respondedOn: '2020-09-15',
    classification: 'exited',
    dueOn: null,
    evidenceIds: [`${company}-item`],
    ...over,
  };
}

function inputs(slug: string, over: Partial<ScoreInputs> = {}): ScoreInputs {
  return { company: { slug, name: slug }, asOf: AS_OF, items: [], letters: [], responses: [], ...over };
}

const sandvine = inputs('sandvine', {
  items: [
    item('sandvine', {
      category: 'censorship',
      endUser: NTEC,
      route: 'via_intermediary',
      path: 'via integrator Jet Infosystems',
      date: '2020-09-15',
      dateBasis: 'period_end',
    }),
  ],
  responses: [response('sandvine')],
});

const supermicro = inputs('supermicro', {
  items: [
    item('supermicro', { confidence: 'single_source', route: 'via_intermediary', path: 'via reseller MAP INFO' }),
    item('supermicro', { id: 'supermicro-named', category: 'other', confidence: 'plausible', endUser: UNNAMED }),
  ],
  letters: [
    letter('supermicro', {
      sentOnPrecision: 'on_or_before',
      sentBy: 'the Belarusian community of the San Francisco Bay Area',
      evidenceIds: ['supermicro-item'],
    }),
  ],
});

function a1(classification: ResponseInput['classification']): ScoreInputs {
  return inputs('a1-belarus', {
    items: [item('a1-belarus', { category: 'internet_shutdown', confidence: 'corroborated', endUser: UNNAMED })],
    letters: [
      letter('a1-belarus', { sentOn: '2020-10-01', deadline: '2020-10-15', sentBy: 'the #KeepItOn coalition' }),
    ],
    responses: [
      response('a1-belarus', {
        letterId: 'a1-belarus-letter',
        respondedOn: '2020-12-15',
        classification,
        dueOn: classification === 'committed_to_act' ? '2030-01-01' : null,
      }),
    ],
  });
}

/** 100 plus every line's points, as a reader adds them up, is the overall to the cent. */
function expectLinesAddUp(result: ScoreResult): void {
  const cents = result.breakdown.reduce((sum, line) => sum + Math.round(line.points * 100), 10_000);
  expect(cents).toBe(Math.round((result.overall as number) * 100));
}

describe('the scoring engine on the founding case', () => {
  it('puts Sandvine, which left, above silent Supermicro, though its own evidence is stronger', () => {
    const left = score(sandvine, method);
    const silent = score(supermicro, method);
    expect(left.exposure as number).toBeGreaterThan(silent.exposure as number);
    expect(left.overall as number).toBeGreaterThan(silent.overall as number);
    expect(left.matters[0]).toMatchObject({ state: 'answered', key: 'exited', value: 1 });
    // Supermicro's silence is the diaspora's letter unanswered past its deadline.
    expect(silent.matters.find((m) => m.evidenceId === 'supermicro-item')).toMatchObject({
      state: 'silence',
      key: 'no_response',
      since: '2020-12-08',
      letterSentBy: 'the Belarusian community of the San Francisco Bay Area',
    });
    expect(silent.silenceDays).toBe(2187);
    expectLinesAddUp(left);
    expectLinesAddUp(silent);
  });

  it("scores A1's 'we follow local law' below a commitment to act on the same evidence", () => {
    const justified = score(a1('justified'), method);
    const committed = score(a1('committed_to_act'), method);
    expect(justified.overall as number).toBeLessThan(committed.overall as number);
    expect(justified.responsiveness).toBe(25);
    expect(committed.responsiveness).toBe(80);
    // The same exposure: only the answer differs.
    expect(justified.exposure).toBe(committed.exposure);
  });

  it("weighs the same item more for the KGB than for a ministry's office IT", () => {
    const forKgb = score(inputs('x', { items: [item('x')] }), method);
    const forOffice = score(inputs('x', { items: [item('x', { endUser: OFFICE })] }), method);
    expect(forKgb.exposure as number).toBeGreaterThan(forOffice.exposure as number);
    expect(forKgb.overall as number).toBeLessThan(forOffice.overall as number);
    expect(forKgb.breakdown[0].factors).toMatchObject({ endUser: 1 });
    expect(forOffice.breakdown[0].factors).toMatchObject({ endUser: 0.2 });
  });

  it('gives a company with only plausible items a range and the label of an unverified allegation, never a point grade', () => {
    const result = score(
      inputs('seagate', { items: [item('seagate', { confidence: 'plausible', category: 'other', endUser: UNNAMED })] }),
      method,
    );
    // No exposure either: an allegation nobody checked has no depth to measure.
    expect(result).toMatchObject({ status: 'unverified', overall: null, grade: null, exposure: null });
    expect(result.range?.high).toBe(100);
    expect(result.range?.low as number).toBeLessThan(100);
  });

  it('does not score a company with no published evidence: never an A', () => {
    const result = score(inputs('kingston'), method);
    expect(result).toMatchObject({ status: 'not_scored', overall: null, grade: null, range: null, exposure: null });
  });

  it('counts a commitment whose due date passed unmet as silence from that date', () => {
    const promised = inputs('a1-belarus', {
      items: [item('a1-belarus', { confidence: 'corroborated' })],
      responses: [
        response('a1-belarus', { respondedOn: '2021-01-01', classification: 'committed_to_act', dueOn: '2021-06-30' }),
      ],
    });
    const before = score({ ...promised, asOf: '2021-06-01' }, method);
    expect(before.matters[0]).toMatchObject({ state: 'answered', value: 0.8 });
    const after = score({ ...promised, asOf: '2021-07-01' }, method);
    expect(after.matters[0]).toMatchObject({ state: 'commitment_lapsed', value: 0, since: '2021-06-30' });
    expect(after.silenceDays).toBe(1);
    expect(after.overall as number).toBeLessThan(before.overall as number);
    // Without a date of its own, a commitment is due after the method's default period (180 days).
    const undated = { ...promised, responses: [{ ...promised.responses[0], dueOn: null }] };
    expect(score({ ...undated, asOf: '2021-06-29' }, method).matters[0].state).toBe('answered');
    expect(score({ ...undated, asOf: '2021-07-01' }, method).matters[0]).toMatchObject({
      state: 'commitment_lapsed',
      since: '2021-06-30',
    });
    // Kept: a later exit is the latest answer.
    const kept = {
      ...promised,
      responses: [...promised.responses, response('a1-belarus', { respondedOn: '2021-05-01' })],
    };
    expect(score({ ...kept, asOf: '2021-07-01' }, method).matters[0]).toMatchObject({
      state: 'answered',
      key: 'exited',
    });
  });

  it('counts silence only after the deadline, and not while a reply waits to be classified', () => {
    const asked = inputs('supermicro', {
      items: [item('supermicro')],
      letters: [letter('supermicro', { sentOn: '2026-11-25', deadline: '2026-12-09' })],
    });
    const waiting = score(asked, method);
    expect(waiting.matters[0]).toMatchObject({ state: 'awaiting', value: null, since: '2026-12-09' });
    expect(waiting.breakdown.map((line) => line.kind)).toEqual(['item']);
    expect(score({ ...asked, asOf: '2026-12-09' }, method).matters[0].state).toBe('awaiting'); // the deadline itself
    const silent = score({ ...asked, asOf: '2026-12-10' }, method);
    expect(silent.matters[0]).toMatchObject({ state: 'silence', value: 0, since: '2026-12-09' });
    expect(silent.breakdown.map((line) => line.kind)).toEqual(['item', 'response']);
    expect(silent.breakdown[1].points).toBeLessThan(0);
    expect(silent.overall as number).toBeLessThan(waiting.overall as number);
    const pending = score(
      { ...asked, asOf: '2026-12-10', letters: [{ ...asked.letters[0], replyPending: true }] },
      method,
    );
    expect(pending.matters[0]).toMatchObject({ state: 'awaiting', since: null });
  });

  it('keeps an answer standing when a later letter on the same matter goes unanswered', () => {
    const answered = inputs('a1-belarus', {
      items: [item('a1-belarus', { confidence: 'corroborated' })],
      letters: [
        letter('a1-belarus', { id: 'first', sentOn: '2020-10-01', deadline: '2020-10-15' }),
        letter('a1-belarus', { id: 'second', sentOn: '2022-01-10', deadline: '2022-01-24' }),
      ],
      responses: [
        response('a1-belarus', { letterId: 'first', respondedOn: '2020-12-15', classification: 'justified' }),
      ],
    });
    expect(score(answered, method).matters[0]).toMatchObject({
      state: 'answered',
      key: 'justified',
      responseId: answered.responses[0].id,
    });
    // Never answered: silence since the first deadline missed, not the last.
    const silent = score({ ...answered, responses: [] }, method);
    expect(silent.matters[0]).toMatchObject({ state: 'silence', since: '2020-10-15', letterId: 'first' });
  });

  it('counts a letter that names no evidence on no matter', () => {
    const vague = inputs('supermicro', {
      items: [item('supermicro')],
      letters: [letter('supermicro', { evidenceIds: [] })],
    });
    expect(score(vague, method).matters[0]).toMatchObject({ state: 'not_asked', value: null });
  });

  it('orders two answers of one day the same way whatever order they come in', () => {
    const day = '2020-12-15';
    const two = [
      response('a1-belarus', { id: 'r-b', respondedOn: day, classification: 'denied' }),
      response('a1-belarus', { id: 'r-a', respondedOn: day, classification: 'justified' }),
    ];
    const base = inputs('a1-belarus', { items: [item('a1-belarus')] });
    const one = score({ ...base, responses: two }, method);
    const other = score({ ...base, responses: [...two].reverse() }, method);
    expect(one.matters[0]).toEqual(other.matters[0]);
    expect(one.matters[0]).toMatchObject({ responseId: 'r-b', key: 'denied' });
  });

  it('adds up to the overall to the cent, line by line, on many records', () => {
    for (let n = 1; n <= 12; n++) {
      const items = Array.from({ length: n }, (_, i) =>
        item('x', {
          id: `x-${i}`,
          confidence: (['confirmed', 'corroborated', 'single_source'] as const)[i % 3],
          date: `20${10 + i}-0${(i % 9) + 1}-1${i % 9}`,
        }),
      );
      const responses = items
        .filter((_, i) => i % 2)
        .map((it, i) =>
          response('x', { id: `r-${i}`, evidenceIds: [it.id], classification: i % 2 ? 'denied' : 'exited' }),
        );
      expectLinesAddUp(score(inputs('x', { items, responses }), method));
    }
  });

  it("shows Telegram's positive conduct and counts it in the company's favour", () => {
    const telegram = item('telegram', {
      polarity: 'positive',
      category: 'censorship',
      endUser: null,
      date: '2020-08-10',
    });
    const alone = score(inputs('telegram', { items: [telegram] }), method);
    expect(alone).toMatchObject({ status: 'scored', overall: 100, grade: 'A' });
    const line = alone.breakdown.find((l) => l.kind === 'positive');
    expect(line?.points as number).toBeGreaterThan(0);
    // With harm on the record as well, the positive conduct raises the score.
    const harm = item('telegram', { id: 'telegram-harm' });
    const withHarm = score(inputs('telegram', { items: [harm, telegram] }), method);
    const withoutPositive = score(inputs('telegram', { items: [harm] }), method);
    expect(withHarm.overall as number).toBeGreaterThan(withoutPositive.overall as number);
    expectLinesAddUp(withHarm);
  });

  it('gives the range from the checked items alone to every item taken as confirmed', () => {
    const result = score(supermicro, method);
    expect(result.range?.high).toBe(100); // nothing confirmed or corroborated
    expect(result.range?.low as number).toBeLessThan(result.overall as number);
    expect(result.completeness).toEqual({ checked: 0, asked: 0.5, overall: 0.25 });
  });

  it('rolls the answers of a subsidiary into its owner’s matter, and an old item weighs less', () => {
    const owner = inputs('a1-telekom-austria', {
      items: [item('a1-belarus', { route: 'via_subsidiary', answerers: ['a1-telekom-austria', 'a1-belarus'] })],
      responses: [response('a1-belarus', { classification: 'justified' })],
    });
    expect(score(owner, method).matters[0]).toMatchObject({ state: 'answered', key: 'justified' });
    const young = score(inputs('x', { items: [item('x', { date: '2026-01-01' })] }), method);
    const old = score(inputs('x', { items: [item('x', { date: '2006-01-01' })] }), method);
    expect(old.breakdown[0].factors).toMatchObject({ fullYears: 20, recency: 0.25 });
    expect(young.overall as number).toBeLessThan(old.overall as number);
  });
});

/** The plain definition: sorted copies, then JSON.stringify. The fast writer must agree with it. */
function reference(value: unknown): string {
  const sortKeys = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sortKeys)
      : v !== null && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sortKeys(value));
}

describe('canonical inputs', () => {
  it('are written as sorted copies through JSON.stringify would write them', () => {
    const awkward = {
      z: [1, -0, 1e21, 0.1 + 0.2, NaN, Infinity, undefined, null, 'é"\\\n\u2028'],
      a: { gone: undefined, nested: { b: true, B: false, _: [], ä: {} } },
      '': 'empty key',
    };
    expect(canonicalJson(awkward)).toBe(reference(awkward));
    // Strictly by code units, also where an object would put integer-like keys first.
    expect(canonicalJson({ 9: 'nine', 10: 'ten', a: 1 })).toBe('{"10":"ten","9":"nine","a":1}');
    const founding = score(supermicro, method);
    expect(canonicalJson(founding)).toBe(reference(founding));
    expect(canonicalJson(supermicro)).toBe(reference(supermicro));
  });

  it('hash the same whatever the order of their keys', () => {
    const a = { b: 1, a: [{ y: 2, x: 1 }] };
    const b = { a: [{ x: 1, y: 2 }], b: 1 };
    expect(canonicalJson(a)).toBe('{"a":[{"x":1,"y":2}],"b":1}');
    expect(inputsHash(a)).toBe(inputsHash(b));
    expect(inputsHash(a)).toMatch(/^[0-9a-f]{64}$/);
  });
});
