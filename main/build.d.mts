type LogLevel = 'info' | 'warn' | 'error' | 'silent';
export declare const ROOT_DIR: string;
export declare const OUT_DIR: string;
/** out/main/main.js: the file to hand to the Electron binary. */
export declare const MAIN_ENTRY: string;
export declare function buildRenderer(options?: { logLevel?: LogLevel; outDir?: string }): Promise<void>;
export declare function buildDesktop(options?: { logLevel?: LogLevel }): Promise<void>;
export declare function buildAll(options?: { logLevel?: LogLevel }): Promise<void>;
