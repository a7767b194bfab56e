/** The public evaluation strings (copied from the shared samples) each get their expected id. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDiagnosisId } from '../../src/kb/catalogue';
import { classify } from '../../src/kb/classify';

interface Sample {
  text: string;
  id: string;
}

const samples: Sample[] = readFileSync(join(__dirname, '..', 'fixtures', 'samples', 'bounces.public.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Sample);

describe('the public bounce samples', () => {
  it('when the file is read, then it has samples', () => {
    expect(samples.length).toBeGreaterThan(30);
  });

  it.each(samples.map((s) => [s.id, s.text.slice(0, 60), s]))('when given a %s text (%s), then it gets that id', (_id, _t, sample) => {
    const { id } = classify((sample as Sample).text);
    const expected = (sample as Sample).id;
    if (expected === 'unknown') {
      // `unknown` means no catalogue id fits: unknown, or an id outside the catalogue, is right.
      expect(id === 'unknown' || !isDiagnosisId(id)).toBe(true);
    } else {
      expect({ text: (sample as Sample).text, id }).toEqual({ text: (sample as Sample).text, id: expected });
    }
  });
});
