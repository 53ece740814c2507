import { describe, expect, it } from 'vitest';
import { retryingLoader } from '@/components/retrying-loader';

describe('retryingLoader', () => {
  it('shares one request while it is pending or fulfilled', async () => {
    let calls = 0;
    const load = retryingLoader(async () => ++calls);
    const [a, b] = await Promise.all([load(), load()]);
    expect([a, b, await load()]).toEqual([1, 1, 1]);
    expect(calls).toBe(1);
  });

  it('forgets a failed request, so the next use tries again and then keeps the result', async () => {
    let calls = 0;
    const load = retryingLoader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('chunk request failed');
      return 'module';
    });
    await expect(load()).rejects.toThrow('chunk request failed');
    await expect(load()).resolves.toBe('module');
    await expect(load()).resolves.toBe('module');
    expect(calls).toBe(2);
  });
});
