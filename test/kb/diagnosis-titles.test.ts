/** Every catalogue id has a title in words, in both languages, for where an id is shown apart from a finding. */
import { DIAGNOSES } from '../../src/kb/catalogue';
import { diagnosisTitle, diagnosisTitleIn } from '../../src/kb/diagnosis-titles';
import { LANGS } from '../../src/kb/types';

describe('diagnosis titles', () => {
  it('when any catalogue id is named, then it has a title in nl and en that is words, not the id', () => {
    const missing: string[] = [];
    for (const { id } of DIAGNOSES) {
      const title = diagnosisTitle(id);
      for (const lang of LANGS) {
        const text = title?.[lang] ?? '';
        if (text.trim().length < 8 || text.includes(id) || /undefined|\{\w+\}/.test(text)) missing.push(`${id} ${lang}: ${JSON.stringify(text)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('when the nl and en titles are compared, then they differ (both are written, neither is a copy)', () => {
    const same = DIAGNOSES.map((d) => d.id).filter((id) => diagnosisTitle(id)?.nl === diagnosisTitle(id)?.en);
    expect(same).toEqual([]);
  });

  it('when an id is not in the catalogue (a store written by another version), then it is named in words, not shown raw', () => {
    expect(diagnosisTitle('retired-diagnosis')).toBeUndefined();
    expect(diagnosisTitleIn('retired-diagnosis', 'en')).toBe('A diagnosis this version no longer knows');
    expect(diagnosisTitleIn('retired-diagnosis', 'nl')).toBe('Een diagnose die deze versie niet meer kent');
    expect(diagnosisTitleIn('mx-cname', 'nl')).toBe('De MX van een domein wijst naar een CNAME');
  });
});
