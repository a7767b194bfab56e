/**
 * Every line of 629 real bounce e-mails (the Sisimai corpus, BSD licence in
 * test/fixtures/samples/sisimai/LICENSE) goes through the parser and the
 * classifier: nothing throws, whatever the encoding or shape, and the
 * diagnostic lines that name a reason mostly land on an id of that reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSES } from '../../src/kb/catalogue';
import { classify } from '../../src/kb/classify';
import { checkText, decodeInput } from '../../src/kb/input-text';

const DIR = join(__dirname, '..', 'fixtures', 'samples', 'sisimai', 'eml');
const files = readdirSync(DIR).filter((f) => f.endsWith('.eml'));
const ids = new Set<string>(DIAGNOSES.map((d) => d.id));

describe('the Sisimai bounce corpus', () => {
  it('when the corpus is read, then all 629 messages are there', () => {
    expect(files).toHaveLength(629);
  });

  it('when every line of every message is classified, then nothing throws and every id is a catalogue id', () => {
    let lines = 0;
    for (const file of files) {
      const bytes = readFileSync(join(DIR, file));
      for (const line of bytes.toString('latin1').split('\n')) {
        const input = decodeInput(Buffer.from(line, 'latin1'));
        if (!input.ok) continue;
        const c = classify(input.text);
        expect(ids.has(c.id)).toBe(true);
        lines += 1;
      }
    }
    expect(lines).toBeGreaterThan(10_000);
  });

  it('when a whole message is pasted as one text, then it is explained without error', () => {
    for (const file of files.slice(0, 100)) {
      const input = checkText(readFileSync(join(DIR, file), 'utf8'));
      if (input.ok) expect(ids.has(classify(input.text).id)).toBe(true);
    }
  });
});
