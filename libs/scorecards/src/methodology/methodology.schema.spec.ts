import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { methodologiesDir, readMethodologyFiles } from './methodology-files';
import { MethodologyError, parseMethodology } from './methodology.schema';

const original = readFileSync(join(methodologiesDir(), '1.0.0.yaml'), 'utf8');

function problemOf(yaml: string): string {
  try {
    parseMethodology(yaml, 'methodologies/9.9.9.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(MethodologyError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error('the file was accepted');
}

describe('methodology files', () => {
  it('reads every version, checked, oldest first, each named after its version', () => {
    const files = readMethodologyFiles();
    expect(files[0].methodology.version).toBe('1.0.0');
    expect(files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    const m = files[0].methodology;
    expect(m.exposure.confidence).toEqual({ confirmed: 1, corroborated: 0.7, single_source: 0.4, plausible: 0 });
    expect(m.exposure.endUserSeverity.security_service).toBeGreaterThan(m.exposure.endUserSeverity.internet_regulator);
    expect(m.exposure.endUserSeverity.internet_regulator).toBeGreaterThan(m.exposure.endUserSeverity.other_ministry);
    expect(m.grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('refuses a missing weight in one line that names it', () => {
    expect(problemOf(original.replace(/^ {4}censorship: 0\.9\n/m, ''))).toBe(
      'Methodology methodologies/9.9.9.yaml cannot be used: exposure.category_severity.censorship is missing.',
    );
  });

  it('refuses an unknown category', () => {
    expect(problemOf(original.replace('    other: 0.3\n', '    other: 0.3\n    spying: 0.5\n'))).toContain(
      'exposure.category_severity.spying is not one of censorship, surveillance,',
    );
  });

  it('refuses a weight outside 0–1', () => {
    expect(problemOf(original.replace('silence_penalty: 0.5', 'silence_penalty: 1.2'))).toContain(
      'responsiveness.silence_penalty is 1.2, outside 0–1',
    );
    expect(problemOf(original.replace('    confirmed: 1.0', '    confirmed: -1'))).toContain(
      'exposure.confidence.confirmed is -1, outside 0–1',
    );
  });

  it('refuses grades out of order, broken YAML and a bad version', () => {
    expect(problemOf(original.replace('{ grade: B, min: 88 }', '{ grade: B, min: 95 }'))).toContain(
      'grades.1.min must be below the grade before it',
    );
    expect(problemOf('version: [')).toContain('it is not valid YAML');
    expect(problemOf(original.replace('version: 1.0.0', 'version: one'))).toContain(
      'version "one" is not in the expected form',
    );
  });
});
