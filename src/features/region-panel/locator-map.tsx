import { useQuery } from '@tanstack/react-query';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { boundariesQuery } from '@/data/load-boundaries';
import { cameraForBounds, projector } from '@/map/mercator';
import { SELECTED_OUTLINE } from '@/shared/region-paint';

const SIZE = { width: 260, height: 190 };

function pathOf(f: Feature<Polygon | MultiPolygon>, project: (lng: number, lat: number) => [number, number]): string {
  const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  return polygons
    .flatMap((polygon) =>
      polygon.map(
        (ring) =>
          ring
            .map(
              ([lng, lat], i) =>
                `${i ? 'L' : 'M'}${project(lng!, lat!)
                  .map((v) => v.toFixed(1))
                  .join(' ')}`,
            )
            .join('') + 'Z',
      ),
    )
    .join('');
}

/**
 * A small map of the region inside its province, for the printed page: drawn as SVG from the boundary file
 * already loaded for the map (nothing is fetched for it), with the same projection as the map.
 */
export function LocatorMap({ code, provinceCode, label }: { code: string; provinceCode: string; label: string }) {
  const { data } = useQuery({ ...boundariesQuery, enabled: false });
  const box = data?.bounds.get(provinceCode);
  if (!data || !box) return null;
  const camera = cameraForBounds(box, SIZE, { top: 8, bottom: 8, left: 8, right: 8 });
  const project = projector(camera, SIZE);
  const units = data.regions.features.filter((f) => f.properties.prov === provinceCode);
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
      {units.map((f) => (
        <path
          key={f.properties.code}
          d={pathOf(f, project)}
          fill={f.properties.code === code ? SELECTED_OUTLINE : '#d9d9d9'}
          stroke="#ffffff"
          strokeWidth={0.6}
        />
      ))}
    </svg>
  );
}
