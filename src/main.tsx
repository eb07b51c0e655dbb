// The page's own styles first, so a feature's stylesheet (imported by its component) comes after them;
// responsive.css last of the page's own, so its phone rules override the panels'.
import '@/app/base.css';
import '@/app/layout.css';
import '@/app/panels.css';
import '@/app/responsive.css';
import '@/app/print.css';
import '@/app/page-facts.css';
import { paintFirstMapWhenReady } from '@/app/first-map';

// The entry has no React in it: the home page's map is painted from its two small files while React and the
// app (two thirds of the first view's bytes) are still on their way (first-map.ts). index.html asks for the
// app's chunks itself (modulepreload, vite.config.ts), so they do not wait for this file to run.
paintFirstMapWhenReady();
const failed = () => {
  // A failed download of the app's code (a dropped link, a deploy that removed the old hash): said in the
  // page's loading line, with a reload, never a page that stays on "Memuat data…".
  const line = document.querySelector('.skeleton');
  if (line) line.textContent = 'Gagal memuat aplikasi. Muat ulang halaman. / The app failed to load. Reload the page.';
};
import('@/app/mount-app').then((m) => m.mountApp(), failed);
