/**
 * How long the main thread spent on the last frame: from the frame callback (useFrame, inside the
 * browser's animation-frame task) to the end of that task, which with software GL includes waiting
 * for the GPU process to finish the frame (the canvas is read back for compositing). A message
 * posted from the frame is delivered only after the task ends, so its arrival time closes the
 * measurement. This is what a long-task observer sees, unlike requestAnimationFrame intervals,
 * which snap to the display's refresh (a 20 ms frame and a 33 ms one both give 33 ms at 60 Hz).
 */

export interface FrameTaskMeter {
  /** The last frame's main-thread time (ms); 0 before the first measurement. */
  readonly lastMs: number;
  /** Call at the start of a frame's work (in useFrame). */
  start(): void;
  dispose(): void;
}

export function createFrameTaskMeter(now: () => number = () => performance.now()): FrameTaskMeter {
  const channel = new MessageChannel();
  let started = 0;
  let lastMs = 0;
  channel.port1.onmessage = () => {
    lastMs = now() - started;
  };
  return {
    get lastMs() {
      return lastMs;
    },
    start() {
      started = now();
      channel.port2.postMessage(null);
    },
    dispose() {
      channel.port1.onmessage = null;
      channel.port1.close();
      channel.port2.close();
    },
  };
}
