/** A correctly set-up account gives no problem and no could-not-check: the audit does not cry wolf. */
import { diagnose } from '../../src/diagnose/diagnose';
import { event, healthyInput, withEvents } from './input-builder';

describe('a healthy account', () => {
  it('when everything is set up right, then no finding is a problem or could-not-check', () => {
    const findings = diagnose(healthyInput());
    expect(findings.filter((f) => f.status !== 'ok').map((f) => `${f.id} ${f.status} ${f.subject.name}`)).toEqual([]);
  });

  it('when mail was only delivered, then there is still no problem', () => {
    const input = withEvents(healthyInput(), [
      event({ message: 'Accepted', outcome: 'delivered' }),
      event({ message: 'Accepted', outcome: 'delivered', direction: 'incoming', sender: 'klant@example.com', recipient: 'info@bakkerij-jansen.nl' }),
    ]);
    expect(diagnose(input).filter((f) => f.status !== 'ok')).toEqual([]);
  });
});
