import { describe, expect, it } from 'vitest';
import { createPagePasses } from '../../../electron/host/api/page-passes.ts';

describe('the one-time codes that open a page', () => {
  it('open their page once, as the principal they were made for', () => {
    const passes = createPagePasses(() => 0);
    const code = passes.codeFor({ role: 'board' });
    expect(passes.redeem(code)).toEqual({ role: 'board' });
    expect(passes.redeem(code)).toBeUndefined();
  });

  it('are refused once a minute old, and unknown ones always', () => {
    let now = 0;
    const passes = createPagePasses(() => now);
    const fresh = passes.codeFor({ role: 'customer' });
    const stale = passes.codeFor({ role: 'customer' });
    now = 59_999;
    expect(passes.redeem(fresh)).toEqual({ role: 'customer' });
    now = 60_000;
    expect(passes.redeem(stale)).toBeUndefined();
    expect(passes.redeem('made-up')).toBeUndefined();
  });

  it('are long and random: no two alike', () => {
    const passes = createPagePasses();
    const codes = new Set(Array.from({ length: 1000 }, () => passes.codeFor({ role: 'customer' })));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[\w-]{24}$/);
  });
});
