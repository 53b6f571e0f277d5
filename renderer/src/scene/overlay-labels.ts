/**
 * Text labels for the engine overlays: a sprite per label, its text drawn once into a canvas
 * texture. Drawn over the building (no depth test) so a hydrant's pressure stays readable behind a
 * wall; sized in metres so it scales with the view like the markers.
 */
import { CanvasTexture, LinearFilter, type Plane, Sprite, SpriteMaterial } from 'three';

export interface OverlayLabel {
  sprite: Sprite;
  dispose(): void;
}

const FONT_PX = 28;
const PAD_PX = 8;

/**
 * A label at model point (x, y, z) (three: x, z, −y), `height` m tall. `clip`: the view's storey
 * clipping planes, so labels of hidden storeys are hidden with them (null: never clipped).
 */
export function overlayLabel(
  text: string,
  x: number,
  y: number,
  z: number,
  colour: string,
  height: number,
  clip: Plane[] | null,
): OverlayLabel {
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  const font = `600 ${FONT_PX}px system-ui, sans-serif`;
  let width = text.length * FONT_PX * 0.6;
  if (ctx !== null) {
    ctx.font = font;
    width = ctx.measureText(text).width;
  }
  canvas.width = Math.ceil(width + PAD_PX * 2);
  canvas.height = FONT_PX + PAD_PX * 2;
  if (ctx !== null) {
    ctx.fillStyle = 'rgba(16, 20, 24, 0.82)';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.strokeStyle = colour;
    ctx.lineWidth = 3;
    ctx.strokeRect(1.5, 1.5, canvas.width - 3, canvas.height - 3);
    ctx.font = font;
    ctx.fillStyle = '#ffffff';
    ctx.textBaseline = 'middle';
    ctx.fillText(text, PAD_PX, canvas.height / 2 + 1);
  }
  const texture = new CanvasTexture(canvas);
  texture.minFilter = LinearFilter;
  const material = new SpriteMaterial({
    map: texture,
    depthTest: false,
    depthWrite: false,
    transparent: true,
    clippingPlanes: clip,
  });
  const sprite = new Sprite(material);
  sprite.renderOrder = 10;
  sprite.scale.set((height * canvas.width) / canvas.height, height, 1);
  sprite.position.set(x, z, -y);
  return {
    sprite,
    dispose() {
      texture.dispose();
      material.dispose();
    },
  };
}
