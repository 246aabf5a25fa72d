import { describe, expect, it } from 'vitest';
import { LINK_PAGES, linkAddress } from './accounts.js';

describe('one-time links', () => {
  it('are handed out on the public URL, on the page that answers each kind, with the token encoded', () => {
    expect(linkAddress('https://warrant.example.edu', 'invitation', 'abc_DEF-123')).toBe('https://warrant.example.edu/invitation?token=abc_DEF-123');
    expect(linkAddress('https://warrant.example.edu', 'reset', 'a+b/c=&x#')).toBe('https://warrant.example.edu/reset-password?token=a%2Bb%2Fc%3D%26x%23');
    expect(new URL(linkAddress('http://[::1]:3000', 'setup', 'a+b&c')).searchParams.get('token')).toBe('a+b&c');
    expect(Object.values(LINK_PAGES)).toEqual(['/invitation', '/reset-password', '/setup']);
  });
});
