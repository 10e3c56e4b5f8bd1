/**
 * A CLI's shutdown: on SIGINT or SIGTERM, say so, close (connections included) and exit 0; a
 * second signal means "now", not "again", and exits 130.
 */
export function stopOnSignals(close: () => Promise<void>): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stdout.write(`Received ${signal}, stopping.\n`);
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
