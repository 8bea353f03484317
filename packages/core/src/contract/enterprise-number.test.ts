import { expect } from '@open-wc/testing';
import {
  formatEnterpriseNumber,
  isValidEnterpriseNumber,
  normaliseEnterpriseNumber,
  withCheckDigits,
} from './enterprise-number.js';

describe('Belgian enterprise number', () => {
  it('accepts numbers whose last two digits are 97 minus the first eight modulo 97', () => {
    // 0203.201.340 is a real, published enterprise number (97 - 2032013 % 97 = 40).
    expect(isValidEnterpriseNumber('0203201340')).to.be.true;
    expect(isValidEnterpriseNumber('BE 0203.201.340')).to.be.true;
    expect(isValidEnterpriseNumber(withCheckDigits('12345678'))).to.be.true;
  });

  it('refuses a wrong check, a wrong length, letters and a leading digit other than 0 or 1', () => {
    expect(isValidEnterpriseNumber('0203201341')).to.be.false;
    expect(isValidEnterpriseNumber('02032013')).to.be.false;
    expect(isValidEnterpriseNumber('02032O1340')).to.be.false;
    const two = withCheckDigits('22345678');
    expect(isValidEnterpriseNumber(two)).to.be.false;
  });

  it('normalises separators and the old nine-digit form', () => {
    expect(normaliseEnterpriseNumber(' BE0203.201.340 ')).to.equal('0203201340');
    expect(normaliseEnterpriseNumber('203.201.340')).to.equal('0203201340');
    expect(normaliseEnterpriseNumber('abc')).to.equal(null);
  });

  it('formats as 0123.456.789', () => {
    expect(formatEnterpriseNumber('0203201340')).to.equal('0203.201.340');
    expect(formatEnterpriseNumber('not a number')).to.equal('not a number');
  });
});
