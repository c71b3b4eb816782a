// A store's patterns (what a typed or scanned value must match) run on the kiosk page at every
// Continue. A backtracking pattern like ^([A-Z]+)+$ takes V8's usual engine minutes on 40
// characters that nearly match, and the page would hang. V8 also has a linear-time engine; with this
// flag it falls back to it once a match has backtracked 50,000 times, for every pattern that engine
// can run (all but look-ahead, back-references and repetitions counted past 16). Both shells start
// their Chromium with it (--js-flags), and so do the end-to-end tests.
export const patternFallbackJsFlag = '--enable-experimental-regexp-engine-on-excessive-backtracks';
