/**
 * The highlighted element of a validation issue, drawn over everything (no depth test) in magenta:
 * a translucent prism for a polygon, a panel for a door segment, a post for a point. Rebuilt only
 * when the highlight changes.
 */
import {
  BoxGeometry,
  type BufferGeometry,
  CylinderGeometry,
  EdgesGeometry,
  Group,
  LineBasicMaterial,
  LineSegments,
  Mesh,
  MeshBasicMaterial,
} from 'three';
import type { HighlightShape } from '../view/element-path.ts';
import { HIGHLIGHT_COLOR } from './colours.ts';
import { prism } from './prism.ts';

/** Drawn after the building so it stays on top. */
const RENDER_ORDER = 10;

function shapeGeometry(shape: HighlightShape): BufferGeometry {
  const height = Math.max(shape.z1 - shape.z0, 0.2);
  if (shape.type === 'polygon') return prism(shape.ring, shape.z0, shape.z0 + height);
  if (shape.type === 'segment') {
    const [ax, ay] = shape.a;
    const [bx, by] = shape.b;
    const g = new BoxGeometry(Math.max(Math.hypot(bx - ax, by - ay), 0.3), height, 0.6);
    g.translate(0, height / 2, 0);
    g.rotateY(Math.atan2(by - ay, bx - ax));
    g.translate((ax + bx) / 2, shape.z0, -(ay + by) / 2);
    return g;
  }
  const g = new CylinderGeometry(0.6, 0.6, height, 16);
  g.translate(shape.at[0], shape.z0 + height / 2, -shape.at[1]);
  return g;
}

export interface HighlightObject {
  group: Group;
  dispose(): void;
}

export function createHighlight(shapes: readonly HighlightShape[]): HighlightObject {
  const group = new Group();
  group.name = 'highlight';
  const fill = new MeshBasicMaterial({
    color: HIGHLIGHT_COLOR,
    transparent: true,
    opacity: 0.55,
    depthTest: false,
    depthWrite: false,
  });
  const line = new LineBasicMaterial({ color: HIGHLIGHT_COLOR, depthTest: false });
  const geometries: BufferGeometry[] = [];
  for (const shape of shapes) {
    const g = shapeGeometry(shape);
    const edges = new EdgesGeometry(g, 30);
    geometries.push(g, edges);
    const mesh = new Mesh(g, fill);
    const outline = new LineSegments(edges, line);
    mesh.renderOrder = RENDER_ORDER;
    outline.renderOrder = RENDER_ORDER + 1;
    group.add(mesh, outline);
  }
  return {
    group,
    dispose() {
      for (const g of geometries) g.dispose();
      fill.dispose();
      line.dispose();
    },
  };
}
