// A part of a screen kept out of the first load: until its code is here it shows the fallback and
// fetches the code; fetched ahead, it draws at once, with no fallback frame between; a failed fetch
// is tried again.
import { createElement, Suspense } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { deferredComponent } from '../../../renderer/kit/deferred-component.ts';

function Greeting({ name }: { name: string }) {
  return createElement('p', null, `Hola, ${name}`);
}

/** A code fetch the test settles by hand, counting how often it was asked for. */
function fetchByHand() {
  const asked: { resolve: (component: typeof Greeting) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<typeof Greeting>((resolve, reject) => asked.push({ resolve, reject }));
  return { load, asked };
}

const render = (part: ReturnType<typeof deferredComponent<{ name: string }>>) =>
  renderToStaticMarkup(createElement(Suspense, { fallback: createElement('p', null, 'cargando') }, createElement(part.Component, { name: 'Ana' })));

/** Lets the fetch's settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a deferred component', () => {
  it('shows the fallback while its code is on the way, and fetches it when first drawn', async () => {
    const fetch = fetchByHand();
    const part = deferredComponent(fetch.load);
    expect(fetch.asked).toHaveLength(0);
    expect(render(part)).toBe('<p>cargando</p>');
    expect(fetch.asked).toHaveLength(1);
    fetch.asked[0]?.resolve(Greeting);
    await settle();
  });

  it('draws at once, without the fallback, once its code was fetched ahead', async () => {
    const fetch = fetchByHand();
    const part = deferredComponent(fetch.load);
    part.preload();
    part.preload();
    // Asked for once, however often it is fetched ahead.
    expect(fetch.asked).toHaveLength(1);
    fetch.asked[0]?.resolve(Greeting);
    await settle();
    expect(render(part)).toBe('<p>Hola, Ana</p>');
    expect(fetch.asked).toHaveLength(1);
  });

  it('fetches again when drawn after a fetch ahead failed', async () => {
    const fetch = fetchByHand();
    const part = deferredComponent(fetch.load);
    part.preload();
    fetch.asked[0]?.reject(new Error('offline'));
    await settle();
    expect(render(part)).toBe('<p>cargando</p>');
    expect(fetch.asked).toHaveLength(2);
    fetch.asked[1]?.resolve(Greeting);
    await settle();
  });
});
