/** Resolves on the first SIGINT or SIGTERM: how the long-running commands (serve, sandbox) wait to be stopped. */
export function untilStopSignal(signals: NodeJS.EventEmitter): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      signals.off('SIGINT', stop);
      signals.off('SIGTERM', stop);
      resolve();
    };
    signals.on('SIGINT', stop);
    signals.on('SIGTERM', stop);
  });
}
