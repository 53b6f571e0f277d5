/**
 * How the renderer asks the user for a building file. The browser implementation uses an
 * `<input type="file">`; the desktop build will provide the same interface over the preload bridge
 * (native dialog in main), so the UI does not care which one it has.
 */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileApi {
  /** Resolves to the chosen file, or null if the user cancelled. Rejects if it cannot be read. */
  openBuildingFile(): Promise<PickedFile | null>;
}

export const browserFileApi: FileApi = {
  openBuildingFile() {
    return new Promise<PickedFile | null>((resolve, reject) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = '.json,application/json';
      input.addEventListener('cancel', () => resolve(null), { once: true });
      input.addEventListener(
        'change',
        () => {
          const file = input.files?.[0];
          if (file === undefined) {
            resolve(null);
            return;
          }
          file.arrayBuffer().then(
            (buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }),
            (err: unknown) => reject(err instanceof Error ? err : new Error(String(err))),
          );
        },
        { once: true },
      );
      input.click();
    });
  },
};
