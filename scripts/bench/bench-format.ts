// How the bench prints a size and a time, in every report it writes.
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
export const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : `${Math.round(n)} ms`);
