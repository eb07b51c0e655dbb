import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { boundariesQuery } from '@/data/load-boundaries';
import { arcTracer, svgPathSink } from '@/map/arc-paths';
import { cameraForBounds, screenTransform } from '@/map/mercator';
import { SELECTED_OUTLINE } from '@/shared/region-paint';

const SIZE = { width: 260, height: 190 };

/**
 * A small map of the region inside its province, for the printed page: drawn as SVG from the boundary file
 * already loaded for the map (nothing is fetched for it), with the same projection as the map.
 */
export function LocatorMap({ code, provinceCode, label }: { code: string; provinceCode: string; label: string }) {
  const { data } = useQuery({ ...boundariesQuery, enabled: false });
  // Drawn with every panel (hidden until printed): the province's paths are projected once, not per render.
  const units = useMemo(() => {
    const box = data?.bounds.get(provinceCode);
    if (!data || !box) return null;
    // From the shared arcs, as the 2D map draws: opening a region does not build the whole country's GeoJSON.
    const trace = arcTracer(data.arcs, screenTransform(cameraForBounds(box, SIZE, { top: 8, bottom: 8, left: 8, right: 8 }), SIZE), 0);
    return data.shapes.regions
      .filter((u) => u.code.startsWith(`${provinceCode}.`))
      .map((u) => {
        const sink = svgPathSink();
        trace(u, sink);
        return { code: u.code, d: sink.d };
      });
  }, [data, provinceCode]);
  if (!units) return null;
  return (
    <svg
      className="locator-map"
      viewBox={`0 0 ${SIZE.width} ${SIZE.height}`}
      width={SIZE.width}
      height={SIZE.height}
      role="img"
      aria-label={label}
      data-testid="locator-map"
    >
      <rect width={SIZE.width} height={SIZE.height} fill="#eef3f7" />
      {units.map((u) => (
        <path key={u.code} d={u.d} fill={u.code === code ? SELECTED_OUTLINE : '#d9d9d9'} stroke="#ffffff" strokeWidth={0.6} />
      ))}
    </svg>
  );
}
