/**
 * Dropping a building file anywhere on the window opens it, through the same load path as Open…
 * (the dropped `File` is read as bytes, in the browser build and in Electron alike; main never sees
 * a path from a drop). Only the first file counts; anything not named .json is refused with a
 * notice rather than fed to the loader. Without `preventDefault` on dragover the browser would not
 * allow the drop (and would navigate to the file).
 */
import { useEffect, useRef } from 'react';
import { type PickedFile, pickedFromFile } from '../file-api.ts';

export function useFileDrop(onFile: (file: PickedFile) => void, onNotBuilding: (name: string) => void): void {
  const handlers = useRef({ onFile, onNotBuilding });
  handlers.current = { onFile, onNotBuilding };

  useEffect(() => {
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer !== null) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (file === undefined) return;
      e.preventDefault();
      if (!/\.json$/i.test(file.name)) {
        handlers.current.onNotBuilding(file.name);
        return;
      }
      pickedFromFile(file).then(
        (picked) => handlers.current.onFile(picked),
        () => handlers.current.onNotBuilding(file.name),
      );
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
