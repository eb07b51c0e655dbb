import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadLanguage } from '@/i18n/dictionary';

// The dashboard renders its side panels in slices after the first paint; on a loaded 2-core machine that can
// take longer than Testing Library's 1 s default for `findBy…`, which made passing tests fail at random.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

// The English table loads on demand in the app (src/i18n/dictionary.ts); component tests render `lang=en` at once,
// as the app does after its start-up has loaded it. The on-demand path has its own test (use-t.test.tsx).
await loadLanguage('en');
