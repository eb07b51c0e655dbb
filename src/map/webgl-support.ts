let supported: boolean | undefined;

/**
 * MapLibre 6 needs WebGL2; without it the dashboard falls back to the table. Asked once: creating a WebGL
 * context is slow (tens of ms under a software renderer) and the answer does not change.
 */
export function hasWebGL2(): boolean {
  if (supported !== undefined) return supported;
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    supported = !!gl;
    // Give the probe's context back at once: browsers cap how many live at a time.
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    supported = false;
  }
  return supported;
}
