/** Runs the desktop shell's menu commands (File ▸ Open…, Save, Language…) through the app's own actions. */
import { useEffect, useRef } from 'react';
import type { DesktopCommand, FileApi } from '../file-api.ts';

export function useDesktopCommands(fileApi: FileApi, run: (command: DesktopCommand) => void): void {
  const latest = useRef(run);
  latest.current = run;
  useEffect(() => fileApi.onCommand((command) => latest.current(command)), [fileApi]);
}
