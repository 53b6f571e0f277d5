/**
 * A comlink `proxy()` the caller can close. Passing `proxy(obj)` to a worker makes comlink open a
 * MessageChannel, expose `obj` on the port it keeps here and send the other port along; that port
 * pair lives until the *worker* releases its end. The app's workers are terminated instead (Cancel,
 * or when their call settles), so without this every run or batch left a port, its listener and
 * the callback (with what it holds) behind on the main thread. `closableProxy(obj).close()` closes
 * the ports exposed for `obj`; call it when the call is over.
 *
 * It works by wrapping comlink's own "proxy" transfer handler once (same name, same canHandle, so
 * the wire format and the worker side are unchanged): values it was not asked to track are
 * serialised by comlink's handler exactly as before.
 */
import { expose, type ProxyMarked, proxy, type TransferHandler, transferHandlers } from 'comlink';

/** The ports exposed for each tracked value (a value may be sent more than once). */
const exposed = new WeakMap<object, MessagePort[]>();

let installed = false;

function install(): void {
  if (installed) return;
  const base = transferHandlers.get('proxy') as TransferHandler<object, MessagePort> | undefined;
  if (base === undefined) throw new Error('comlink has no "proxy" transfer handler');
  installed = true;
  const handler: TransferHandler<object, MessagePort> = {
    canHandle: (v): v is object => base.canHandle(v),
    serialize(obj) {
      const ports = exposed.get(obj);
      if (ports === undefined) return base.serialize(obj);
      // As comlink does, keeping port1 to close later.
      const { port1, port2 } = new MessageChannel();
      expose(obj, port1);
      ports.push(port1);
      return [port2, [port2]];
    },
    deserialize: (port) => base.deserialize(port),
  };
  transferHandlers.set('proxy', handler as TransferHandler<unknown, unknown>);
}

export interface ClosableProxy<T> {
  /** Pass this to the worker as comlink's `proxy(obj)`. */
  readonly value: T & ProxyMarked;
  /** Closes every port `value` was exposed on; later calls from the worker go nowhere. */
  close(): void;
  /** Ports exposed and not yet closed (for tests). */
  open(): number;
}

export function closableProxy<T extends object>(obj: T): ClosableProxy<T> {
  install();
  const value = proxy(obj);
  const ports: MessagePort[] = [];
  exposed.set(value, ports);
  return {
    value,
    close() {
      for (const p of ports.splice(0)) p.close();
    },
    open: () => ports.length,
  };
}
