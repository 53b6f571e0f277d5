/** The Chromium the e2e tests drive: Debian's package, or LIFELINE_CHROMIUM. */
export function chromiumPath() {
  return process.env.LIFELINE_CHROMIUM || '/usr/bin/chromium';
}
