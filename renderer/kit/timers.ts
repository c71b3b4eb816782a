// Timers as a small interface (schedule, get a cancel function), so idle and retry logic can be
// driven by fake clocks in tests.
export interface Timers {
  after(ms: number, callback: () => void): () => void;
}

export const systemTimers: Timers = {
  after(ms, callback) {
    const handle = setTimeout(callback, ms);
    return () => clearTimeout(handle);
  },
};
