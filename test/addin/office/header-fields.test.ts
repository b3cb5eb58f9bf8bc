import { headerValue, parseAddressList } from '../../../src/addin/office/header-fields';

describe('headerValue', () => {
  const headers = 'Received: a\r\nReply-To: one@example.com,\r\n two@example.com\r\nSubject: x\r\n';
  it.each([
    ['reply-to', 'one@example.com, two@example.com'],
    ['REPLY-TO', 'one@example.com, two@example.com'],
    ['subject', 'x'],
    ['x-missing', undefined],
  ])('%s → %s (folded lines unfolded, name case-insensitive)', (name, expected) => {
    expect(headerValue(headers, name)).toBe(expected);
  });
});

describe('parseAddressList', () => {
  it.each([
    ['a@b.de', [{ name: '', address: 'a@b.de' }]],
    ['Jana <j@acme.de>', [{ name: 'Jana', address: 'j@acme.de' }]],
    [
      '"Schulz, Jana" <j@acme.de>, x@y.de',
      [
        { name: 'Schulz, Jana', address: 'j@acme.de' },
        { name: '', address: 'x@y.de' },
      ],
    ],
    ['j@acme.de (Jana Schulz)', [{ name: '', address: 'j@acme.de' }]],
    ['undisclosed-recipients:;', []],
    ['', []],
  ])('%s', (value, expected) => {
    expect(parseAddressList(value)).toEqual(expected);
  });
});
