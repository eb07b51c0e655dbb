import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The dashboard renders its side panels in slices after the first paint; on a loaded 2-core machine that can
// take longer than Testing Library's 1 s default for `findBy…`, which made passing tests fail at random.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
