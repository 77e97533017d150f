import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientIp, trustedProxyHops } from './client-ip';

function request(forwardedFor?: string | string[]): IncomingMessage {
  return {
    headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor },
    socket: { remoteAddress: '10.0.0.2' },
  } as unknown as IncomingMessage;
}

describe('clientIp', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientIp(request('203.0.113.7'), 0)).toBe('10.0.0.2');
  });

  it('takes the address the trusted proxy appended, not the one the client wrote', () => {
    expect(clientIp(request('198.51.100.99, 203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(request('203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(request(['1.1.1.1, 2.2.2.2', '203.0.113.7']), 1)).toBe('203.0.113.7');
  });

  it('counts hops from the right when several proxies of the operator append', () => {
    expect(clientIp(request('198.51.100.99, 203.0.113.7, 10.0.0.9'), 2)).toBe('203.0.113.7');
    expect(clientIp(request('2001:db8::1, 10.0.0.9'), 2)).toBe('2001:db8::1');
  });

  it('falls back to the socket peer for junk or a list shorter than the hops', () => {
    for (const junk of ['junk', '', ' , ', '203.0.113.7:443', '1.2.3.4.5', '<script>', 'unknown'])
      expect(clientIp(request(junk), 1), junk).toBe('10.0.0.2');
    expect(clientIp(request('203.0.113.7'), 2)).toBe('10.0.0.2');
    expect(clientIp(request(), 1)).toBe('10.0.0.2');
  });

  it('trusts hops only with trustProxy', () => {
    expect(trustedProxyHops({ trustProxy: false, trustProxyHops: 3 })).toBe(0);
    expect(trustedProxyHops({ trustProxy: true, trustProxyHops: 3 })).toBe(3);
  });
});
