export declare const MISSING_ELECTRON_MESSAGE: string;
/** The Electron executable under `rootDir/node_modules/electron`, or `null` when it is not installed. */
export declare function findElectronBinary(rootDir: string): string | null;
