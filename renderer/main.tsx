// The page's one entry: locks the page down, then loads, side by side, what every app here starts
// from (translation, the host bridge) and the app this window shows: the waiting board for
// `?view=board` (kept in the query so it survives the browser shell's removal of the fragment),
// else the kiosk. Each is a chunk of its own; asked for together, their files download at once
// rather than one after another.

// Design tokens first: every app's styles build on them.
import './kit/base.css';
import { lockDownPage } from './kit/lockdown.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

lockDownPage(window);
const connecting = import('./kit/connect-page.ts').then(({ connectPage }) => connectPage(window));

if (new URLSearchParams(window.location.search).get('view') === 'board') {
  const [{ startBoard }, { host, events, i18n }] = await Promise.all([import('./board/start-board.tsx'), connecting]);
  startBoard(root, host, events, i18n);
} else {
  const [{ startKiosk }, { host, i18n }] = await Promise.all([import('./kiosk/start-kiosk.tsx'), connecting]);
  startKiosk(root, host, i18n);
}
