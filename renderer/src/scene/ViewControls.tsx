/**
 * Orbit controls (three.js addon, no extra dependency) that frame the given bounds. The canvas
 * renders on demand: every camera change asks for one new frame.
 */
import { useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { type Box3, PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/addons/controls/OrbitControls.js';

/** Looking from the south-east, somewhat above. */
const VIEW_DIRECTION = new Vector3(1, 0.65, 1.1).normalize();

/**
 * `bounds` frames the camera when the building changes; `focus` (three coordinates) then moves
 * the orbit target there, keeping the user's angle and distance (isolating a storey, a highlight).
 */
export function ViewControls({ bounds, focus }: { bounds: Box3; focus?: Vector3 }) {
  const camera = useThree((s) => s.camera);
  const domElement = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useMemo(() => new OrbitControls(camera, domElement), [camera, domElement]);

  useEffect(() => {
    const onChange = () => invalidate();
    controls.addEventListener('change', onChange);
    return () => {
      controls.removeEventListener('change', onChange);
      controls.dispose();
    };
  }, [controls, invalidate]);

  useLayoutEffect(() => {
    if (bounds.isEmpty()) return;
    const center = bounds.getCenter(new Vector3());
    const radius = Math.max(bounds.getSize(new Vector3()).length() / 2, 1);
    const fov = camera instanceof PerspectiveCamera ? camera.fov : 45;
    const distance = (radius / Math.sin((fov * Math.PI) / 360)) * 1.05;
    camera.position.copy(center).addScaledVector(VIEW_DIRECTION, distance);
    camera.near = Math.max(distance / 1000, 0.05);
    camera.far = distance * 20;
    camera.updateProjectionMatrix();
    controls.target.copy(center);
    controls.maxDistance = distance * 6;
    controls.update();
    invalidate();
  }, [bounds, camera, controls, invalidate]);

  useLayoutEffect(() => {
    if (focus === undefined || bounds.isEmpty()) return;
    const shift = focus.clone().sub(controls.target);
    camera.position.add(shift);
    controls.target.copy(focus);
    controls.update();
    invalidate();
  }, [focus, bounds, camera, controls, invalidate]);

  return null;
}
