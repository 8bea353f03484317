import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './define.js';
import type { PortaalQrCode } from './qr-code.js';

describe('<portaal-qr-code>', () => {
  it('draws the QR code of its value as a labelled image, dark on light in every theme', async () => {
    // Inside a dark theme: the code must still be dark modules on a light background to scan.
    const dark = await fixture<HTMLElement>(html`<div lang="nl-BE" style="--portaal-color-text: #e8eaee; --portaal-color-surface: #14171c">
      <portaal-qr-code .value=${'otpauth://totp/Portaal:a@b.be?secret=JBSWY3DPEHPK3PXP&issuer=Portaal'}></portaal-qr-code>
    </div>`);
    const el = dark.querySelector('portaal-qr-code')!;
    if (!el.modules) await oneEvent(el, 'load');
    await el.updateComplete;
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('QR-code om uw account toe te voegen aan een authenticatie-app');
    const { create } = await import('qrcode');
    const expected = create(el.value, { errorCorrectionLevel: 'M' }).modules;
    expect(el.modules!.size).to.equal(expected.size);
    expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${expected.size + 8} ${expected.size + 8}`);
    const darkModules = [...expected.data].filter(Boolean).length;
    expect(svg.querySelector('path')!.getAttribute('d')!.match(/M/g)).to.have.length(darkModules);
    const modules = getComputedStyle(svg.querySelector('path')!).fill;
    const background = getComputedStyle(svg.querySelector('rect')!).fill;
    expect([modules, background]).to.deep.equal(['rgb(26, 29, 35)', 'rgb(255, 255, 255)']);
    await expect(el).to.be.accessible();
  });

  it('draws again when the value changes', async () => {
    const el = await fixture<PortaalQrCode>(html`<portaal-qr-code value="a"></portaal-qr-code>`);
    if (!el.modules) await oneEvent(el, 'load');
    const small = el.modules!.size;
    el.value = 'otpauth://totp/Portaal:someone.with.a.long.name@example.be?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Portaal';
    await oneEvent(el, 'load');
    expect(el.modules!.size).to.be.greaterThan(small);
  });
});
