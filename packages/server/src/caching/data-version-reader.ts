/**
 * Reads the store's data version (decision 108) for many concurrent requests with few
 * queries, without ever answering a request with a version read before it arrived: at most
 * one read runs; requests arriving while it runs share the next one, which starts when it
 * ends. A write committed before a request arrived is therefore always seen by that
 * request's version (read-your-writes across instances, since the version lives in the
 * database).
 */

/**
 * @example
 * const current = dataVersionReader(() => store.dataVersion());
 * const version = await current(); // '42'
 */
export function dataVersionReader(read: () => Promise<string>): () => Promise<string> {
  let running: Promise<string> | undefined;
  let queued: Promise<string> | undefined;
  const start = (): Promise<string> => {
    const reading = read();
    running = reading;
    const clear = () => {
      if (running === reading) running = undefined;
    };
    reading.then(clear, clear);
    return reading;
  };
  return () => {
    if (queued) return queued;
    if (!running) return start();
    // The running read may have started before this request arrived: wait for the next one.
    const ignore = () => undefined;
    queued = running.then(ignore, ignore).then(() => {
      queued = undefined;
      return start();
    });
    return queued;
  };
}
