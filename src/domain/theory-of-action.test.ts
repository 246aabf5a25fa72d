import { describe, expect, it } from 'vitest';
import { literatureAddress } from './theory-of-action.js';

describe('the address of a literature reference', () => {
  it('keeps an http or https address', () => {
    expect(literatureAddress('https://www.aera.net/Publications/Journals')).toBe('https://www.aera.net/Publications/Journals');
    expect(literatureAddress('  http://example.org/paper.pdf ')).toBe('http://example.org/paper.pdf');
    expect(literatureAddress('HTTPS://Example.org')).toBe('https://example.org/');
  });

  it('keeps a DOI, however written, as its https://doi.org/ address', () => {
    for (const doi of [
      '10.3102/0002831209345158',
      'doi:10.3102/0002831209345158',
      'DOI: 10.3102/0002831209345158',
      'https://doi.org/10.3102/0002831209345158',
      'http://dx.doi.org/10.3102/0002831209345158',
    ]) {
      expect(literatureAddress(doi), doi).toBe('https://doi.org/10.3102/0002831209345158');
    }
  });

  it('refuses every other kind of address, which a link must never carry', () => {
    for (const bad of [
      'javascript:alert(document.cookie)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/paper.pdf',
      '//evil.test/paper',
      '/relative/path',
      'www.example.org',
      'https://',
      'not an address',
    ]) {
      expect(literatureAddress(bad), bad).toBeUndefined();
    }
  });
});
