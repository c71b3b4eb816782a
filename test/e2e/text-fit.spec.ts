// The text-fit check itself: it must catch what pseudo-English is there to reveal, and only that.
import { test, expect } from '@playwright/test';
import { unfittedTextOn } from './support/text-fit.ts';

test('finds text that is clipped, spills out of its box or runs off the screen, and nothing else', async ({ page }) => {
  await page.setContent(`
    <style>.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }</style>
    <button id="clipped" style="width: 80px; white-space: nowrap; overflow: hidden">Collect my order now</button>
    <p id="spilling" style="width: 120px; height: 20px; margin: 0">A summary that wraps onto three lines or more here</p>
    <p id="off-screen" style="position: absolute; left: -60px; top: 300px; margin: 0">Off the edge</p>
    <div style="height: 30px; overflow-y: auto"><p>Meant to scroll</p><p>more</p><p>and more</p></div>
    <p class="visually-hidden">Only for screen readers, and longer than one pixel</p>
    <p style="width: 400px">Fits with room to spare</p>
  `);
  const found = await unfittedTextOn(page);
  expect(found).toEqual([
    expect.stringMatching(/^button "Collect my order now": \d+px of text in 7\dpx$/),
    expect.stringMatching(/^p "A summary that wraps.*px high$/),
    expect.stringMatching(/^p "Off the edge": runs off the screen/),
  ]);
});
