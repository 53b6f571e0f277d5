/** The Chromium the e2e tests drive: Debian's package (/usr/bin/chromium), or LIFELINE_CHROMIUM. */
export declare function chromiumPath(): string;
