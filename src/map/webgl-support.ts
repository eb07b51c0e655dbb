/** MapLibre 6 needs WebGL2; without it the dashboard falls back to the table. */
export function hasWebGL2(): boolean {
  try {
    return !!document.createElement('canvas').getContext('webgl2');
  } catch {
    return false;
  }
}
