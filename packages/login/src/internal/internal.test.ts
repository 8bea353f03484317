import { expect } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { ManualClock } from '../testing/manual-clock.js';
import { groupKey, normaliseCode } from './code.js';
import { Countdown } from './countdown.js';
import { formatCountdown } from './duration.js';

describe('normaliseCode', () => {
  it('keeps the six digits of a code however it was pasted or typed', () => {
    expect(normaliseCode('123 456')).to.equal('123456');
    expect(normaliseCode('123-456')).to.equal('123456');
    expect(normaliseCode(' 123456 ')).to.equal('123456');
    expect(normaliseCode('12a3')).to.equal('123');
    expect(normaliseCode('Your code: 123456 (valid 10 min)')).to.equal('123456');
  });
});

describe('groupKey', () => {
  it('groups a key by four characters for typing it over by hand', () => {
    expect(groupKey('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).to.equal('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP');
  });
});

describe('formatCountdown', () => {
  it('shows m:ss and says the time in words in the user’s language', () => {
    expect(formatCountdown(299.2, 'en-GB')).to.deep.equal({ digital: '5:00', spoken: '5 minutes' });
    expect(formatCountdown(61, 'nl-BE')).to.deep.equal({ digital: '1:01', spoken: '1 minuut en 1 seconde' });
    expect(formatCountdown(27, 'fr-BE').spoken.replace(/\s/g, ' ')).to.equal('27 secondes');
    expect(formatCountdown(0, 'de-BE')).to.deep.equal({ digital: '0:00', spoken: '0 Sekunden' });
  });
});

class CountdownHost extends LitElement {
  clock = new ManualClock();
  done = 0;
  readonly countdown = new Countdown(this, () => this.clock, () => this.done++);
  protected override render() {
    return html`${this.countdown.remaining}`;
  }
}
customElements.define('test-countdown-host', CountdownHost);

describe('Countdown', () => {
  it('re-renders every second from the clock and reports the end once', async () => {
    const host = document.createElement('test-countdown-host') as CountdownHost;
    document.body.append(host);
    host.countdown.start(host.clock.now() + 3000);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('3');
    host.clock.tick(1000);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('2');
    host.clock.tick(5000);
    await host.updateComplete;
    expect(host.shadowRoot!.textContent).to.equal('0');
    expect(host.done).to.equal(1);
    expect(host.clock.pending).to.equal(0);
    host.remove();
  });
});
