/** The provider profile's defaults: technical ones carry over, the default provider's help and contacts do not. */
import { resolveProfile } from '../../src/config/profile-schema';
import { DEFAULT_PROFILE } from '../../src/config/provider-profile';

describe('resolveProfile', () => {
  it("when another provider's profile gives no help links, then none of the default provider's articles appear", () => {
    const r = resolveProfile({ name: 'Other Hosting', mailServer: 'mail.other.example', spfInclude: 'spf.other.example', links: { spf: 'https://help.other.example/spf' } });
    if (!r.ok) throw new Error(r.problems.join('; '));
    expect(r.profile.links).toEqual({ spf: 'https://help.other.example/spf' });
    expect(r.profile.supportUrl).toBeUndefined();
    expect(r.profile.smtpPort).toBe(DEFAULT_PROFILE.smtpPort);
  });

  it('when the default provider is only adjusted, then its links stay', () => {
    const r = resolveProfile({ smtpPort: 587 });
    if (!r.ok) throw new Error(r.problems.join('; '));
    expect(r.profile.links).toEqual(DEFAULT_PROFILE.links);
    expect(r.profile.smtpPort).toBe(587);
  });
});
