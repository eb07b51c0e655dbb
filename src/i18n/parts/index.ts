import { KEYBOARD_MESSAGES } from './keyboard-messages';
import { OFFLINE_MESSAGES } from './offline-messages';
import { OUTPUTS_MESSAGES } from './outputs-messages';
import { PAGES_MESSAGES } from './pages-messages';
import { PERF_MESSAGES } from './perf-messages';
import { SEARCH_MESSAGES } from './search-messages';

/** The first-view message parts kept in their own files (one per piece of work), merged into the core tables. */
export const MESSAGE_PARTS = [KEYBOARD_MESSAGES, OFFLINE_MESSAGES, OUTPUTS_MESSAGES, PAGES_MESSAGES, PERF_MESSAGES, SEARCH_MESSAGES];

export type PartMessageKey =
  | keyof typeof KEYBOARD_MESSAGES.id
  | keyof typeof OFFLINE_MESSAGES.id
  | keyof typeof OUTPUTS_MESSAGES.id
  | keyof typeof PAGES_MESSAGES.id
  | keyof typeof PERF_MESSAGES.id
  | keyof typeof SEARCH_MESSAGES.id;
