// A component whose code is a chunk of its own, kept out of a page's first load: fetched the first
// time it renders, or earlier when asked (while the screen is idle), and then drawn at once, with no
// Suspense fallback in between.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface DeferredComponent<Props> {
  /** Render inside <Suspense>: it suspends only while its code is still on the way. */
  Component: LazyExoticComponent<ComponentType<Props>>;
  /** Fetches the code now, if it is not here yet. A failed fetch is tried again when the component renders. */
  preload(): void;
}

type Loaded<Props> = { default: ComponentType<Props> };

export function deferredComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): DeferredComponent<Props> {
  let loaded: Loaded<Props> | null = null;
  let loading: Promise<Loaded<Props>> | null = null;

  const fetchCode = (): Promise<Loaded<Props>> => {
    loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    );
    return loading;
  };

  const Component = lazy<ComponentType<Props>>(() => {
    if (!loaded) return fetchCode();
    // React's lazy only calls `then` on what this returns, and reads the code at once when `then`
    // answers at once: code fetched ahead renders without a fallback frame. A settled promise could
    // not do that, its callbacks always wait for a later microtask.
    const ready = loaded;
    return { then: (resolve: (code: Loaded<Props>) => void) => resolve(ready) } as unknown as Promise<Loaded<Props>>;
  });

  return {
    Component,
    preload() {
      fetchCode().catch(() => {});
    },
  };
}
