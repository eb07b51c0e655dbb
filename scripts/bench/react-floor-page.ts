// The React floor's only script (built by phone-floors.ts): React renders one line in place of the app, as the
// app's own mount does (a root on #root, StrictMode, a transition on a phone), and nothing else runs.
import { createElement, StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';

const root = createRoot(document.getElementById('root')!);
startTransition(() => root.render(createElement(StrictMode, null, createElement('main', null, createElement('h1', null, 'Peta UHC')))));
