/** The providers' sender requirements live in the provider profile: defaults with their sources, overridable one requirement at a time. */
import { resolveProfile } from '../../src/config/profile-schema';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';
import { REQUIREMENT_IDS } from '../../src/config/sender-requirements';

describe('sender requirements in the provider profile', () => {
  it('when no override is given, then every requirement has providers and at least one source, and the figures are the published ones', () => {
    const req = DEFAULT_PROFILE.senderRequirements;
    for (const id of REQUIREMENT_IDS) expect(req.definitions[id].sources.length).toBeGreaterThan(0);
    expect(req).toMatchObject({ spfLookupLimit: 10, spfVoidLookupLimit: 2, dkimMinimumBits: 1024, dkimRecommendedBits: 2048, spamRatePercent: 0.3 });
  });

  it('when a provider overrides one requirement and one figure, then the rest keep their defaults', () => {
    const r = resolveProfile({ senderRequirements: { dkimMinimumBits: 2048, definitions: { tls: { providers: ['gmail', 'yahoo'] } } } });
    if (!r.ok) throw new Error(r.problems.join('; '));
    expect(r.profile.senderRequirements.dkimMinimumBits).toBe(2048);
    expect(r.profile.senderRequirements.definitions.tls).toEqual({ providers: ['gmail', 'yahoo'], sources: DEFAULT_PROFILE.senderRequirements.definitions.tls.sources });
    expect(r.profile.senderRequirements.definitions.spf).toEqual(DEFAULT_PROFILE.senderRequirements.definitions.spf);
  });

  it('when an override names an unknown provider or a source that is not a URL, then the problem is said with its path', () => {
    const r = resolveProfile({ senderRequirements: { definitions: { dmarc: { providers: ['hotmail'], sources: ['not a url'] } } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(/senderRequirements\.definitions\.dmarc\.(providers|sources)/);
  });
});
